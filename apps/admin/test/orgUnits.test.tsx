import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OrgUnitTree } from '../src/orgUnits/OrgUnitTree';
import { fakeGraphqlServer, meResponse } from './fakeServer';
import { conflictError, orgUnitsResponse, units } from './memberFixtures';
import { renderApp, renderWithProviders } from './render';

const detail = (id: string, overrides: Record<string, unknown> = {}) => {
  const unit = units.find((u) => u.id === id)!;
  return {
    data: {
      orgUnit: {
        ...unit,
        closedAt: null,
        createdAt: '2020-01-01T00:00:00Z',
        version: 2,
        parent: unit.parentId ? { __typename: 'OrgUnit', id: unit.parentId, name: '一号矿井' } : null,
        history: [
          {
            __typename: 'OrgUnitEvent',
            id: 'e-1',
            change: 'CREATED',
            before: null,
            after: unit.name,
            actorName: '王德明',
            at: '2020-01-01T02:00:00Z',
          },
          {
            __typename: 'OrgUnitEvent',
            id: 'e-2',
            change: 'MOVED',
            before: 'u-b2',
            after: 'u-b',
            actorName: '王德明',
            at: '2021-01-01T02:00:00Z',
          },
        ],
        ...overrides,
      },
    },
  };
};

describe('org unit tree', () => {
  it('nests units, orders siblings by pinyin and shows kinds and member counts', () => {
    renderWithProviders(<OrgUnitTree units={units} counts={new Map([['u-w', 12]])} />);
    const tree = screen.getByTestId('org-unit-tree');
    const names = [...tree.querySelectorAll('[data-testid^="unit-node-"]')].map(
      (n) => n.firstChild?.textContent,
    );
    // Pinyin order: 选煤厂 (xuan) before 一号矿井 (yi), 甲班 (jia) before 乙班 (yi).
    expect(names).toEqual(['选煤厂', '一号矿井', '综采一队', '甲班', '乙班']);
    expect(screen.getByTestId('unit-node-u-w').textContent).toContain('车间');
    expect(screen.getByTestId('unit-node-u-w').textContent).toContain('12');
    expect(screen.getByTestId('unit-node-u-t1').textContent).toContain('班组');
  });
});

describe('org units page', () => {
  it('adds a child of the selected unit with the next kind', async () => {
    const { requests } = fakeGraphqlServer({
      me: () => meResponse({ role: 'UNION_ADMIN' }),
      orgUnits: orgUnitsResponse,
      orgUnitCounts: () => ({ data: { orgUnits: units.map((u) => ({ ...u, activeMemberCount: 3 })) } }),
      orgUnitDetail: ({ variables }) => detail(String(variables.id)),
      createOrgUnit: () => ({
        errors: [
          {
            message: '输入有误',
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.name', message: '名称已存在' }] },
          },
        ],
      }),
    });
    renderApp({ path: '/org-units', token: 'jwt' });
    fireEvent.click(await screen.findByText('综采一队'));
    expect((await screen.findByTestId('unit-detail-name')).textContent).toContain('综采一队');
    // The move in the history names the parents, not their ids.
    const history = screen.getByTestId('unit-history');
    expect(history.textContent).toContain('选煤厂');
    expect(history.textContent).toContain('调整上级');

    fireEvent.click(screen.getByTestId('unit-add-child'));
    await userEvent.type(await screen.findByTestId('unit-name'), '丙班');
    fireEvent.click(screen.getByTestId('create-unit-modal-ok'));
    expect(await screen.findByText('名称已存在')).toBeTruthy();
    expect(requests.find((r) => r.operationName === 'CreateOrgUnit')?.variables).toEqual({
      input: { parentId: 'u-w', kind: 'TEAM', name: '丙班' },
    });
  });

  it('renames with the version read and offers a reload on a conflict', async () => {
    const { requests } = fakeGraphqlServer({
      me: () => meResponse({ role: 'UNION_ADMIN' }),
      orgUnits: orgUnitsResponse,
      orgUnitCounts: () => ({ errors: [{ message: 'internal' }] }),
      orgUnitDetail: ({ variables }) => detail(String(variables.id)),
      updateOrgUnit: conflictError,
    });
    renderApp({ path: '/org-units', token: 'jwt', language: 'en' });
    fireEvent.click(await screen.findByText('甲班'));
    await screen.findByTestId('unit-detail-name');
    // Without member figures the tree and the detail still work.
    expect(screen.getByTestId('unit-detail-count').textContent).toBe('—');
    fireEvent.click(screen.getByTestId('unit-rename-open'));
    const name = await screen.findByTestId('unit-rename');
    await userEvent.clear(name);
    await userEvent.type(name, '甲班（新）');
    fireEvent.click(screen.getByTestId('update-unit-modal-ok'));
    const alert = await screen.findByTestId('form-error');
    expect(alert.textContent).toContain('Someone else changed this record');
    expect(within(alert).getByTestId('form-reload')).toBeTruthy();
    expect(requests.find((r) => r.operationName === 'UpdateOrgUnit')?.variables).toEqual({
      input: { id: 'u-t1', version: 2, name: '甲班（新）' },
    });
  });

  it('shows a federation the hint and no editing', async () => {
    fakeGraphqlServer({
      me: () => meResponse({ role: 'FEDERATION_ADMIN' }),
      orgUnits: orgUnitsResponse,
      orgUnitCounts: orgUnitsResponse,
      orgUnitDetail: ({ variables }) => detail(String(variables.id)),
    });
    renderApp({ path: '/org-units', token: 'jwt' });
    expect(await screen.findByTestId('union-scope-hint')).toBeTruthy();
    fireEvent.click(await screen.findByText('甲班'));
    await screen.findByTestId('unit-detail-name');
    await waitFor(() => expect(screen.queryByTestId('unit-rename-open')).toBeNull());
    expect(screen.queryByTestId('unit-add-top')).toBeNull();
  });
});
