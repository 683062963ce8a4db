import { vi } from 'vitest';

export interface GraphqlRequest {
  operationName: string;
  variables: Record<string, unknown>;
  headers: Headers;
}

type Handler = (request: GraphqlRequest) => unknown;

/**
 * Stubs `fetch` with a GraphQL endpoint answering by operation name (camelCased: `me` answers
 * `query Me`), so tests exercise the real urql client (headers, error handling) without a server.
 */
export function fakeGraphqlServer(handlers: Record<string, Handler>) {
  const requests: GraphqlRequest[] = [];
  const fetchMock = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body ?? '{}'));
    const request: GraphqlRequest = {
      operationName: body.operationName,
      variables: body.variables ?? {},
      headers: new Headers(init?.headers),
    };
    requests.push(request);
    const name = request.operationName;
    const handler = handlers[name.charAt(0).toLowerCase() + name.slice(1)];
    const payload = handler
      ? handler(request)
      : { errors: [{ message: `no handler for ${request.operationName}` }] };
    return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
}

export const fixtures = {
  federation: {
    id: 't-city',
    name: '某某市总工会',
    kind: 'FEDERATION',
    parentId: 't-prov',
    path: 'prov.city',
    depth: 1,
  },
  unionA: {
    id: 't-a',
    name: '甲公司工会',
    kind: 'ENTERPRISE_UNION',
    parentId: 't-city',
    path: 'prov.city.a',
    depth: 2,
  },
  unionB: {
    id: 't-b',
    name: '乙公司工会',
    kind: 'ENTERPRISE_UNION',
    parentId: 't-city',
    path: 'prov.city.b',
    depth: 2,
  },
} as const;

export function meResponse(
  overrides: {
    scope?: 'federation' | 'unionA';
    canSwitchTenant?: boolean;
    /** A union officer signs in at the union itself. */
    role?: 'FEDERATION_ADMIN' | 'FEDERATION_OFFICER' | 'UNION_ADMIN' | 'UNION_OFFICER';
  } = {},
) {
  const role = overrides.role ?? 'FEDERATION_ADMIN';
  const home = role.startsWith('UNION') ? fixtures.unionA : fixtures.federation;
  const scope = fixtures[overrides.scope ?? (role.startsWith('UNION') ? 'unionA' : 'federation')];
  return {
    data: {
      me: {
        officer: { id: 'o-1', displayName: '张三', email: 'zhang@example.org', role },
        homeTenant: { id: home.id, name: home.name, kind: home.kind },
        scopeTenant: { id: scope.id, name: scope.name, kind: scope.kind },
        roles: [role],
        canSwitchTenant: overrides.canSwitchTenant ?? !role.startsWith('UNION'),
      },
    },
  };
}
