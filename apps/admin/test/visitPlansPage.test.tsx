import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeGraphqlServer, meResponse } from './fakeServer';
import { badInput, chooseOption, conflictError, openSelect, orgUnitsResponse } from './memberFixtures';
import { renderApp } from './render';

const plan = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'VisitPlan',
  id: 'p1',
  name: '班组月度走访',
  periodKind: 'MONTH',
  targetPerTeam: 2,
  teamIds: ['u-t1', 'u-t2'],
  startsOn: '2026-01-01',
  endsOn: null,
  active: true,
  updatedAt: '2026-01-01T00:00:00Z',
  version: 3,
  ...overrides,
});

const progress = () => ({
  data: {
    visitPlanProgress: {
      __typename: 'VisitPlanProgress',
      from: '2026-11-01',
      to: '2026-11-30',
      teamsMet: 1,
      teamsTotal: 2,
      teams: [
        // Met first on purpose: the page puts teams behind first.
        {
          __typename: 'TeamPlanProgress',
          visits: 2,
          target: 2,
          met: true,
          team: { __typename: 'OrgUnit', id: 'u-t1', name: '甲班' },
        },
        {
          __typename: 'TeamPlanProgress',
          visits: 0,
          target: 2,
          met: false,
          team: { __typename: 'OrgUnit', id: 'u-t2', name: '乙班' },
        },
      ],
    },
  },
});

describe('visit plans page', () => {
  it("lists the union's plans and shows the first one's progress, teams behind first", async () => {
    const { requests } = fakeGraphqlServer({
      me: () => meResponse({ role: 'UNION_OFFICER' }),
      orgUnits: orgUnitsResponse,
      visitPlans: () => ({ data: { visitPlans: [plan()] } }),
      visitPlanProgress: progress,
    });
    renderApp({ path: '/visit-plans', token: 'jwt' });
    const rows = await screen.findAllByTestId('visit-plan-row');
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain('班组月度走访');
    expect(rows[0].textContent).toContain('每月');
    await waitFor(() => expect(screen.getAllByTestId('plan-progress-team')).toHaveLength(2));
    const teams = screen.getAllByTestId('plan-progress-team');
    expect(teams.map((r) => r.getAttribute('data-team-id'))).toEqual(['u-t2', 'u-t1']);
    // Named with the unit above (team names repeat across workshops).
    expect(teams[0].textContent).toContain('综采一队 / 乙班');
    expect(within(teams[0]).getByTestId('plan-team-met').textContent).toBe('未达标');
    expect(within(teams[0]).getByTestId('plan-team-visits').textContent).toBe('0 / 2');
    expect(within(teams[1]).getByTestId('plan-team-met').textContent).toBe('已达标');
    expect(screen.getByTestId('plan-teams-met').getAttribute('data-value')).toBe('1/2');
    expect(screen.getByTestId('plan-progress-period').textContent).toContain('2026-11-01 ~ 2026-11-30');
    // The current period: no day sent.
    expect(requests.find((r) => r.operationName === 'VisitPlanProgress')?.variables).toEqual({
      planId: 'p1',
      on: null,
    });
  });

  it('creates a plan from the form, ticking a workshop for its teams; field errors go under the fields', async () => {
    let creates = 0;
    const { requests } = fakeGraphqlServer({
      me: () => meResponse({ role: 'UNION_OFFICER' }),
      orgUnits: orgUnitsResponse,
      visitPlans: () => ({ data: { visitPlans: [] } }),
      createVisitPlan: () => {
        creates++;
        return creates === 1
          ? badInput([{ field: 'input.name', message: '名称太长' }])
          : { data: { createVisitPlan: plan({ id: 'p2', name: '季度走访' }) } };
      },
      visitPlanProgress: progress,
    });
    renderApp({ path: '/visit-plans', token: 'jwt' });
    fireEvent.click(await screen.findByTestId('visit-plan-new'));
    const modal = await screen.findByTestId('visit-plan-form');
    fireEvent.change(within(modal).getByTestId('plan-name'), { target: { value: ' 季度走访 ' } });
    await chooseOption(within(modal).getByTestId('plan-period-kind'), '每季度');
    const popup = await openSelect(within(modal).getByTestId('plan-teams'));
    // Ticking the workshop ticks its two teams.
    const workshop = await waitFor(() => {
      const node = popup.querySelector('[data-unit-id="u-w"]')?.closest('.ant-select-tree-treenode');
      if (!node) throw new Error('no workshop node');
      return node;
    });
    fireEvent.click(workshop.querySelector('.ant-select-tree-checkbox')!);
    fireEvent.click(screen.getByTestId('visit-plan-form-ok'));
    await waitFor(() => expect(creates).toBe(1));
    const sent = requests.find((r) => r.operationName === 'CreateVisitPlan')?.variables.input as Record<
      string,
      unknown
    >;
    expect(sent).toMatchObject({ name: '季度走访', periodKind: 'QUARTER', targetPerTeam: 1 });
    expect([...(sent.teamIds as string[])].sort()).toEqual(['u-t1', 'u-t2']);
    expect(sent.startsOn).toMatch(/^\d{4}-\d{2}-01$/);
    expect(sent).not.toHaveProperty('endsOn');
    expect((await screen.findByText('名称太长')).closest('#name_help')).toBeTruthy();
    fireEvent.click(screen.getByTestId('visit-plan-form-ok'));
    await waitFor(() => expect(screen.queryByTestId('visit-plan-form')).toBeNull());
  });

  it('edits with the version read; on CONFLICT says so and reloads the plans', async () => {
    let reads = 0;
    const { requests } = fakeGraphqlServer({
      me: () => meResponse({ role: 'UNION_OFFICER' }),
      orgUnits: orgUnitsResponse,
      visitPlans: () => {
        reads++;
        return { data: { visitPlans: [plan({ version: reads === 1 ? 3 : 4 })] } };
      },
      visitPlanProgress: progress,
      updateVisitPlan: conflictError,
    });
    renderApp({ path: '/visit-plans', token: 'jwt' });
    fireEvent.click(await screen.findByTestId('visit-plan-edit'));
    await screen.findByTestId('visit-plan-form');
    fireEvent.click(screen.getByTestId('plan-active'));
    fireEvent.click(screen.getByTestId('visit-plan-form-ok'));
    await waitFor(() =>
      expect(requests.find((r) => r.operationName === 'UpdateVisitPlan')?.variables.input).toMatchObject({
        id: 'p1',
        version: 3,
        active: false,
        endsOn: null,
        teamIds: ['u-t1', 'u-t2'],
      }),
    );
    expect(
      (await screen.findAllByText('该计划已被他人修改，已重新加载，请再试一次。')).length,
    ).toBeGreaterThan(0);
    await waitFor(() => expect(reads).toBeGreaterThan(1));
  });
});
