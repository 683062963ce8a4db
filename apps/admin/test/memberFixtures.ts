import { fireEvent, waitFor, within } from '@testing-library/react';
import type { OrgUnitsQuery } from '../src/gql/graphql';

type UnitRow = OrgUnitsQuery['orgUnits'][number];

/** A union's units: branch → workshop → teams, deliberately not in pinyin order. */
export const units: UnitRow[] = (
  [
    {
      id: 'u-b',
      tenantId: 't-a',
      parentId: null,
      kind: 'BRANCH',
      name: '一号矿井',
      leaderName: '王强',
      status: 'ACTIVE',
    },
    {
      id: 'u-w',
      tenantId: 't-a',
      parentId: 'u-b',
      kind: 'WORKSHOP',
      name: '综采一队',
      leaderName: null,
      status: 'ACTIVE',
    },
    {
      id: 'u-t2',
      tenantId: 't-a',
      parentId: 'u-w',
      kind: 'TEAM',
      name: '乙班',
      leaderName: null,
      status: 'ACTIVE',
    },
    {
      id: 'u-t1',
      tenantId: 't-a',
      parentId: 'u-w',
      kind: 'TEAM',
      name: '甲班',
      leaderName: null,
      status: 'ACTIVE',
    },
    {
      id: 'u-b2',
      tenantId: 't-a',
      parentId: null,
      kind: 'BRANCH',
      name: '选煤厂',
      leaderName: null,
      status: 'ACTIVE',
    },
  ] satisfies Omit<UnitRow, '__typename'>[]
).map((u) => ({ __typename: 'OrgUnit' as const, ...u }));

export const orgUnitsResponse = () => ({ data: { orgUnits: units } });

export function memberRow(n: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Member',
    id: `m-${n}`,
    name: `会员${n}`,
    gender: n % 2 ? 'MALE' : 'FEMALE',
    nationalId: `3301**********${String(1000 + n)}`,
    phone: `138****${String(5000 + n)}`,
    employeeNo: `KY${10000 + n}`,
    jobType: '采掘',
    shiftPattern: '三班倒',
    joinedOn: '2020-03-01',
    status: 'ACTIVE',
    ageBand: 'AGE_30_39',
    womanWorker: n % 2 === 0,
    migrantWorker: false,
    modelWorker: false,
    hardshipStatus: 'NONE',
    tags: [],
    orgUnit: {
      __typename: 'OrgUnit',
      id: 'u-t1',
      name: '甲班',
      parent: { __typename: 'OrgUnit', id: 'u-w', name: '综采一队' },
    },
    ...overrides,
  };
}

export function membersResponse(
  rows: ReturnType<typeof memberRow>[],
  totalCount = rows.length,
  hasNextPage = false,
) {
  return {
    data: {
      members: {
        __typename: 'MemberConnection',
        totalCount,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null },
        edges: rows.map((node) => ({ __typename: 'MemberEdge', node })),
      },
    },
  };
}

export const segmentsResponse = () => ({
  data: {
    tenant: {
      __typename: 'Tenant',
      id: 't-a',
      memberStats: {
        __typename: 'MemberStats',
        byJobType: [{ __typename: 'SegmentCount', value: '采掘', count: 3 }],
        byShiftPattern: [{ __typename: 'SegmentCount', value: '三班倒', count: 3 }],
      },
    },
  },
});

export function memberDetail(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Member',
    id: 'm-1',
    tenantId: 't-a',
    name: '王芳',
    gender: 'FEMALE',
    birthDate: '1990-05-06',
    nationalId: '1101**********1234',
    phone: '138****5678',
    employeeNo: 'KY10001',
    jobTitle: null,
    jobType: '采掘',
    shiftPattern: '三班倒',
    orgUnitId: 'u-t1',
    joinedOn: '2015-03-01',
    status: 'ACTIVE',
    migrantWorker: false,
    modelWorker: false,
    hardshipStatus: 'NONE',
    tags: [],
    ageBand: 'AGE_30_39',
    womanWorker: true,
    version: 3,
    updatedAt: '2026-01-01T00:00:00Z',
    orgUnit: {
      __typename: 'OrgUnit',
      id: 'u-t1',
      name: '甲班',
      parent: { __typename: 'OrgUnit', id: 'u-w', name: '综采一队' },
    },
    history: [
      {
        __typename: 'MembershipPeriod',
        id: 'p-1',
        unionId: 't-b',
        unionName: '乙公司工会',
        orgUnitId: null,
        orgUnitName: '丙班',
        status: 'ACTIVE',
        startedOn: '2015-03-01',
        endedOn: '2024-06-30',
        reason: 'JOINED',
        note: null,
      },
      {
        __typename: 'MembershipPeriod',
        id: 'p-2',
        unionId: 't-a',
        unionName: '甲公司工会',
        orgUnitId: 'u-t1',
        orgUnitName: '甲班',
        status: 'ACTIVE',
        startedOn: '2024-06-30',
        endedOn: null,
        reason: 'TRANSFERRED_IN',
        note: '欢迎加入',
      },
    ],
    ...overrides,
  };
}

export function transferRow(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    __typename: 'Transfer',
    id,
    fromTenantName: '乙公司工会',
    toTenantName: '甲公司工会',
    memberId: `m-${id}`,
    memberName: `转入会员${id}`,
    memberNationalId: '1101**********0001',
    status: 'PENDING',
    reason: '家庭搬迁',
    requestedAt: '2026-03-01T02:00:00Z',
    requestedByName: '李四',
    decidedAt: null,
    decidedByName: null,
    decisionNote: null,
    nudgedAt: null,
    nudgeCount: 0,
    version: 1,
    direction: 'INCOMING',
    ...overrides,
  };
}

export function transfersResponse(rows: Record<string, unknown>[]) {
  return {
    data: {
      transfers: {
        __typename: 'TransferConnection',
        totalCount: rows.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: rows.map((node) => ({ __typename: 'TransferEdge', node })),
      },
    },
  };
}

export function badInput(fields: { field: string; message: string }[]) {
  return { errors: [{ message: '输入有误', extensions: { code: 'BAD_USER_INPUT', fields } }] };
}

export const conflictError = () => ({
  errors: [{ message: '该记录已被他人修改，请刷新后重试', extensions: { code: 'CONFLICT' } }],
});

/** Opens an antd Select or TreeSelect (happy-dom has no layout, so mouse down on its content). */
export async function openSelect(select: HTMLElement): Promise<HTMLElement> {
  fireEvent.mouseDown(
    select.querySelector('.ant-select-content') ?? select.querySelector('.ant-select-selector') ?? select,
  );
  return waitFor(() => {
    const popups = [...document.querySelectorAll<HTMLElement>('.ant-select-dropdown')].filter(
      (p) => !p.className.includes('-hidden'),
    );
    const popup = popups.at(-1);
    if (!popup) throw new Error('select popup not open');
    return popup;
  });
}

/** Picks the option with this text in an open Select / TreeSelect popup. */
export async function chooseOption(select: HTMLElement, text: string) {
  const popup = await openSelect(select);
  // Select also renders option values in a hidden accessibility list: click the visible option.
  const matches = await within(popup).findAllByText(text);
  fireEvent.click(
    matches.find((m) => m.closest('.ant-select-item-option, .ant-select-tree-treenode')) ?? matches[0],
  );
}
