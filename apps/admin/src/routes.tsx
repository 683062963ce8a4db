import { Navigate, Route, Routes } from 'react-router';
import { RequireAuth } from './auth/RequireAuth';
import { AppLayout } from './layout/AppLayout';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { MemberImportPage } from './pages/MemberImportPage';
import { MemberPage } from './pages/MemberPage';
import { MembersPage } from './pages/MembersPage';
import { NewMemberPage } from './pages/NewMemberPage';
import { OfficersPage } from './pages/OfficersPage';
import { OrgUnitsPage } from './pages/OrgUnitsPage';
import { TenantsPage } from './pages/TenantsPage';
import { TransfersPage } from './pages/TransfersPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
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
        <Route path="tenants" element={<TenantsPage />} />
        <Route path="officers" element={<OfficersPage />} />
      </Route>
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
