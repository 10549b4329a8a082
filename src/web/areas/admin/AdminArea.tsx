import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { NotFoundPage } from '../../pages/NotFoundPage.js';
import { AdminLayout } from './AdminLayout.js';
import { ClientsPage } from './clients/ClientsPage.js';
import { DepartmentsPage } from './departments/DepartmentsPage.js';
import { ItemEditorPage } from './items/ItemEditorPage.js';
import { ItemsAdminPage } from './items/ItemsAdminPage.js';
import { NewItemPage } from './items/NewItemPage.js';
import { SynonymsPage } from './synonyms/SynonymsPage.js';
import { UnitsPage } from './units/UnitsPage.js';
import { UserDetailPage } from './users/UserDetailPage.js';
import { UsersPage } from './users/UsersPage.js';

// Pages with editors of their own load on demand, keeping the area's first chunk small.
const ProcessDefinitionsPage = lazy(() => import('./processes/ProcessDefinitionsPage.js').then((m) => ({ default: m.ProcessDefinitionsPage })));
const ProcessDefinitionPage = lazy(() => import('./processes/ProcessDefinitionPage.js').then((m) => ({ default: m.ProcessDefinitionPage })));
const CalendarPage = lazy(() => import('./calendar/CalendarPage.js').then((m) => ({ default: m.CalendarPage })));

/** The administrator's area (系统管理) (lazy-loaded): a side menu and one page per subject. */
export default function AdminArea() {
  return (
    <AdminLayout>
      {/* Inside the layout, so the menu stays while a page's chunk loads. */}
      <Suspense fallback={<Skeleton active paragraph={{ rows: 10 }} />}>
        <Routes>
          <Route index element={<Navigate to="users" replace />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="users/:id" element={<UserDetailPage />} />
          <Route path="units" element={<UnitsPage />} />
          <Route path="clients" element={<ClientsPage />} />
          <Route path="items" element={<ItemsAdminPage />} />
          <Route path="items/new" element={<NewItemPage />} />
          <Route path="items/:code" element={<ItemEditorPage />} />
          <Route path="departments" element={<DepartmentsPage />} />
          <Route path="search-synonyms" element={<SynonymsPage />} />
          <Route path="process-definitions" element={<ProcessDefinitionsPage />} />
          <Route path="process-definitions/:key" element={<ProcessDefinitionPage />} />
          <Route path="calendar" element={<CalendarPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </AdminLayout>
  );
}
