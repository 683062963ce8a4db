import { createContext, use } from 'react';
import type { MeQuery } from '../gql/graphql';

export type Viewer = MeQuery['me'];

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in officer and scope; only available inside the authenticated layout. */
export function useViewer(): Viewer {
  const viewer = use(ViewerContext);
  if (!viewer) throw new Error('useViewer outside <AppLayout>');
  return viewer;
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.roles.some((role) => role === 'FEDERATION_ADMIN' || role === 'UNION_ADMIN');
}

/** Members, teams and transfers are changed inside an enterprise union (a federation switches first). */
export function actsOnUnion(viewer: Viewer): boolean {
  return viewer.scopeTenant.kind === 'ENTERPRISE_UNION';
}

export function isFederationOfficer(viewer: Viewer): boolean {
  return viewer.roles.some((role) => role === 'FEDERATION_ADMIN' || role === 'FEDERATION_OFFICER');
}
