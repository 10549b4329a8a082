import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/AppLayout.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { RouteErrorPage } from './pages/RouteErrorPage.js';
import { RequireArea } from './session/RequireArea.js';

// One chunk per area: a citizen never downloads the clerk's or the administrator's screens.
const HomePage = lazy(() => import('./areas/public/HomePage.js'));
const ItemsPage = lazy(() => import('./areas/public/ItemsPage.js'));
const ItemPage = lazy(() => import('./areas/public/ItemPage.js'));
const LifeEventPage = lazy(() => import('./areas/public/home/LifeEventPage.js'));
const VerifyPage = lazy(() => import('./areas/public/verify/VerifyPage.js'));
const LookupPage = lazy(() => import('./areas/public/LookupPage.js'));
const LoginPage = lazy(() => import('./areas/auth/LoginPage.js'));
const NotificationsPage = lazy(() => import('./areas/notifications/NotificationsPage.js'));
const RegisterPage = lazy(() => import('./areas/auth/RegisterPage.js'));
const ForgotPasswordPage = lazy(() => import('./areas/auth/ResetPasswordPage.js').then((m) => ({ default: m.ForgotPasswordPage })));
const ClaimAccountPage = lazy(() => import('./areas/auth/ResetPasswordPage.js').then((m) => ({ default: m.ClaimAccountPage })));
const ProfilePage = lazy(() => import('./areas/account/ProfilePage.js'));
const ApplicantArea = lazy(() => import('./areas/applicant/ApplicantArea.js'));
const WindowArea = lazy(() => import('./areas/window/WindowArea.js'));
const DeptArea = lazy(() => import('./areas/dept/DeptArea.js'));
const SupervisionArea = lazy(() => import('./areas/supervision/SupervisionArea.js'));
const AdminArea = lazy(() => import('./areas/admin/AdminArea.js'));

export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        // Pathless: a page's error (e.g. its chunk failed to load) shows inside the layout, keeping the navigation.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'items', element: <ItemsPage /> },
          { path: 'items/:code', element: <ItemPage /> },
          { path: 'verify', element: <VerifyPage /> },
          { path: 'life-events/:code', element: <LifeEventPage /> },
          { path: 'verify/:number', element: <VerifyPage /> },
          { path: 'lookup', element: <LookupPage /> },
          { path: 'login', element: <LoginPage /> },
          { path: 'register', element: <RegisterPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'claim', element: <ClaimAccountPage /> },
          // Any signed-in user (个人中心); the page itself sends visitors to sign in.
          { path: 'account', element: <ProfilePage /> },
          // Any signed-in user; the page itself sends visitors to sign in.
          { path: 'notifications', element: <NotificationsPage /> },
          // Each area checks the session before its chunk loads; `/*` lets an area route its own pages.
          { path: 'my/*', element: <RequireArea area="applicant"><ApplicantArea /></RequireArea> },
          { path: 'window/*', element: <RequireArea area="window"><WindowArea /></RequireArea> },
          { path: 'dept/*', element: <RequireArea area="department"><DeptArea /></RequireArea> },
          { path: 'supervision/*', element: <RequireArea area="supervision"><SupervisionArea /></RequireArea> },
          { path: 'admin/*', element: <RequireArea area="admin"><AdminArea /></RequireArea> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
