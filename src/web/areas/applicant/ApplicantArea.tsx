import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../pages/NotFoundPage.js';
import { ApplicationPage } from './ApplicationPage.js';
import { MyCasePage } from './MyCasePage.js';
import { MyHomePage } from './MyHomePage.js';
import { ReceiptPage } from './ReceiptPage.js';
import { StartApplicationPage } from './StartApplicationPage.js';

/** The applicant's area (我的办事, citizens and enterprises) (lazy-loaded): cases, drafts, applying, one case and its receipt. */
export default function ApplicantArea() {
  return (
    <Routes>
      <Route index element={<MyHomePage />} />
      <Route path="apply/:code" element={<StartApplicationPage />} />
      <Route path="applications/:id" element={<ApplicationPage />} />
      <Route path="cases/:id" element={<MyCasePage />} />
      <Route path="cases/:id/receipt" element={<ReceiptPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
