import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../pages/NotFoundPage.js';
import { CasePage } from './case/CasePage.js';
import { CasesPage } from './cases/CasesPage.js';
import { DonePage } from './done/DonePage.js';
import { InboxPage } from './inbox/InboxPage.js';
import { OverviewPage } from './overview/OverviewPage.js';

/** The department reviewer's area (部门审批) (lazy-loaded): the task inbox, 已办, the case list, the head's overview and the case page. */
export default function DeptArea() {
  return (
    <Routes>
      <Route index element={<InboxPage />} />
      <Route path="done" element={<DonePage />} />
      <Route path="cases" element={<CasesPage />} />
      <Route path="overview" element={<OverviewPage />} />
      <Route path="cases/:id" element={<CasePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
