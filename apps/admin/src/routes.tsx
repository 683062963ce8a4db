import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { CompactLayout } from './activities/CompactLayout';
import { RequireAuth } from './auth/RequireAuth';
import { AppLayout } from './layout/AppLayout';
import { ActivitiesPage } from './pages/ActivitiesPage';
import { ActivityNewVisitPage } from './pages/ActivityNewVisitPage';
import { ActivityPage } from './pages/ActivityPage';
import { ActivitySettingsPage } from './pages/ActivitySettingsPage';
import { CampaignsPage } from './pages/CampaignsPage';
import { CasePage } from './pages/CasePage';
import { CaseSettingsPage } from './pages/CaseSettingsPage';
import { CasesPage } from './pages/CasesPage';
import { CheckInPage } from './pages/CheckInPage';
import { CoveragePage } from './pages/CoveragePage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { MemberImportPage } from './pages/MemberImportPage';
import { MemberPage } from './pages/MemberPage';
import { MembersPage } from './pages/MembersPage';
import { NewCasePage } from './pages/NewCasePage';
import { NewMemberPage } from './pages/NewMemberPage';
import { OfficersPage } from './pages/OfficersPage';
import { OrgUnitsPage } from './pages/OrgUnitsPage';
import { TenantsPage } from './pages/TenantsPage';
import { TransfersPage } from './pages/TransfersPage';
import { VisitPlansPage } from './pages/VisitPlansPage';
import { VisitTasksPage } from './pages/VisitTasksPage';

// The dashboard brings the chart library: load it only when opened.
const CaseDashboardPage = lazy(() =>
  import('./pages/CaseDashboardPage').then((m) => ({ default: m.CaseDashboardPage })),
);
const ActivityDashboardPage = lazy(() =>
  import('./pages/ActivityDashboardPage').then((m) => ({ default: m.ActivityDashboardPage })),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {/* Public: the page a check-in QR code opens (no login). */}
      <Route path="/checkin/:code" element={<CheckInPage />} />
      {/* Recording a visit is done on a phone: a slim frame without the side menu. */}
      <Route
        path="/activities/new-visit"
        element={
          <RequireAuth>
            <CompactLayout>
              <ActivityNewVisitPage />
            </CompactLayout>
          </RequireAuth>
        }
      />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="members" element={<MembersPage />} />
        <Route path="members/new" element={<NewMemberPage />} />
        <Route path="members/import" element={<MemberImportPage />} />
        <Route path="members/:id" element={<MemberPage />} />
        <Route path="org-units" element={<OrgUnitsPage />} />
        <Route path="transfers" element={<TransfersPage />} />
        <Route path="cases" element={<CasesPage />} />
        <Route path="cases/new" element={<NewCasePage />} />
        <Route
          path="cases/dashboard"
          element={
            <Suspense fallback={<Spin size="large" />}>
              <CaseDashboardPage />
            </Suspense>
          }
        />
        <Route path="cases/settings" element={<CaseSettingsPage />} />
        <Route path="cases/:id" element={<CasePage />} />
        <Route path="activities" element={<ActivitiesPage />} />
        <Route
          path="activities/dashboard"
          element={
            <Suspense fallback={<Spin size="large" />}>
              <ActivityDashboardPage />
            </Suspense>
          }
        />
        <Route path="activities/settings" element={<ActivitySettingsPage />} />
        <Route path="activities/:id" element={<ActivityPage />} />
        <Route path="coverage" element={<CoveragePage />} />
        <Route path="visit-tasks" element={<VisitTasksPage />} />
        <Route path="visit-plans" element={<VisitPlansPage />} />
        <Route path="campaigns" element={<CampaignsPage />} />
        <Route path="tenants" element={<TenantsPage />} />
        <Route path="officers" element={<OfficersPage />} />
      </Route>
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
