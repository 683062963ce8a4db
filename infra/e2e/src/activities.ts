import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { loginToken } from './api';
import { type DemoLogin, stackInfo } from './stack';

/** A GraphQL call for set-up and checks (not under test); throws on errors. */
export async function gql<T>(
  request: APIRequestContext,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await request.post(stackInfo().gatewayUrl, {
    data: { query, variables },
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export interface TeamMember {
  id: string;
  name: string;
  employeeNo: string | null;
}

export interface Team {
  id: string;
  name: string;
  lastVisitedAt: string | null;
  members: TeamMember[];
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * A team of the officer's union not visited in the last 30 days (never, or long ago), with at least
 * `minMembers` active members who have an employee number. Teams in `exclude` are skipped.
 */
export async function quietTeam(
  request: APIRequestContext,
  officer: DemoLogin,
  minMembers = 2,
  exclude: ReadonlySet<string> = new Set(),
): Promise<Team> {
  const token = await loginToken(request, officer);
  const { orgUnits } = await gql<{
    orgUnits: { id: string; name: string; kind: string; lastVisitedAt: string | null }[];
  }>(request, token, '{ orgUnits { id name kind lastVisitedAt } }');
  const candidates = orgUnits
    .filter(
      (u) =>
        u.kind === 'TEAM' &&
        !exclude.has(u.id) &&
        (!u.lastVisitedAt || Date.now() - Date.parse(u.lastVisitedAt) > 31 * DAY),
    )
    // Never visited first, then the longest ago.
    .sort((a, b) => (a.lastVisitedAt ?? '').localeCompare(b.lastVisitedAt ?? ''));
  for (const unit of candidates) {
    const members = await teamMembers(request, token, unit.id);
    if (members.filter((m) => m.employeeNo).length >= minMembers) return { ...unit, members };
  }
  throw new Error(`no team of ${officer.tenantName} unvisited for 30 days with ${minMembers} members`);
}

export async function teamMembers(request: APIRequestContext, token: string, orgUnitId: string) {
  const { members } = await gql<{ members: { edges: { node: TeamMember }[] } }>(
    request,
    token,
    'query ($id: ID!) { members(first: 100, filter: { orgUnitId: $id, status: [ACTIVE] }) { edges { node { id name employeeNo } } } }',
    { id: orgUnitId },
  );
  return members.edges.map((e) => e.node);
}

/** Creates an activity through the API (set-up), e.g. a done visit or a planned event. */
export async function createActivity(
  request: APIRequestContext,
  officer: DemoLogin,
  input: { kind: string; title: string; status: string; teams: { id: string; name: string }[] },
): Promise<{ id: string }> {
  const token = await loginToken(request, officer);
  const { createActivity } = await gql<{ createActivity: { id: string } }>(
    request,
    token,
    'mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }',
    { input: { ...input, startsAt: new Date().toISOString() } },
  );
  return createActivity;
}

/**
 * Picks a team in the activities' team picker (several may be chosen): names such as 甲班 repeat,
 * so the node is found by its unit id after typing the name.
 */
export async function pickTeam(page: Page, select: Locator, team: { id: string; name: string }) {
  await select.click();
  await page.keyboard.type(team.name);
  await page.locator(`.unit-select-popup:visible [data-unit-id="${team.id}"]`).click();
  await page.keyboard.press('Escape');
}
