import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../pages/NotFoundPage.js';
import { CollectionPage } from './CollectionPage.js';
import { IntakePage } from './IntakePage.js';
import { QueuePage } from './QueuePage.js';
import { WalkInApplicationPage } from './WalkInApplicationPage.js';
import { WalkInPage } from './WalkInPage.js';

/** The window clerk's area (综合窗口) (lazy-loaded): intake queue, walk-in filing, intake review. */
export default function WindowArea() {
  return (
    <Routes>
      <Route index element={<QueuePage />} />
      <Route path="walk-in" element={<WalkInPage />} />
      <Route path="collection" element={<CollectionPage />} />
      <Route path="applications/:id" element={<WalkInApplicationPage />} />
      <Route path="cases/:id" element={<IntakePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
