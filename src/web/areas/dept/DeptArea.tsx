import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../pages/NotFoundPage.js';
import { CasePage } from './case/CasePage.js';
import { InboxPage } from './inbox/InboxPage.js';

/** The department reviewer's area (部门审批) (lazy-loaded): the task inbox and the case page. */
export default function DeptArea() {
  return (
    <Routes>
      <Route index element={<InboxPage />} />
      <Route path="cases/:id" element={<CasePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
