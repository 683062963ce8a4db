import type { APIRequestContext } from '@playwright/test';
import { type DemoLogin, stackInfo } from './stack';

interface TreeTenant {
  id: string;
  name: string;
  kind: 'FEDERATION' | 'ENTERPRISE_UNION';
  parentId: string | null;
}

async function graphql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await request.post(stackInfo().gatewayUrl, {
    data: { query, variables },
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Signs in through the API and returns the access token. */
export async function loginToken(request: APIRequestContext, officer: DemoLogin): Promise<string> {
  const { login } = await graphql<{ login: { token: string } }>(
    request,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email: officer.email, password: officer.password },
  );
  return login.token;
}

/** Creates a member through the API, in the officer's union (test set-up, not under test). */
export async function createMember(
  request: APIRequestContext,
  officer: DemoLogin,
  input: { name: string; nationalId: string; joinedOn: string },
): Promise<{ id: string; name: string }> {
  const token = await loginToken(request, officer);
  const { createMember } = await graphql<{ createMember: { id: string; name: string } }>(
    request,
    'mutation ($input: CreateMemberInput!) { createMember(input: $input) { id name } }',
    { input },
    token,
  );
  return createMember;
}

/** Asks the API (not the UI) which enterprise unions the officer may switch into. */
export async function enterpriseUnionsOf(
  request: APIRequestContext,
  officer: DemoLogin,
): Promise<TreeTenant[]> {
  const { login } = await graphql<{ login: { token: string; scopeTenant: { id: string } } }>(
    request,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token scopeTenant { id } } }',
    { email: officer.email, password: officer.password },
  );
  const { tenantTree } = await graphql<{ tenantTree: TreeTenant[] }>(
    request,
    '{ tenantTree { id name kind parentId } }',
    {},
    login.token,
  );
  const unions = tenantTree.filter((t) => t.kind === 'ENTERPRISE_UNION');
  // Direct children of the home federation first.
  return [...unions.filter((t) => t.parentId === login.scopeTenant.id), ...unions];
}
