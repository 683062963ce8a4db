import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeGraphqlServer, meResponse } from './fakeServer';
import { badInput, chooseOption, conflictError, orgUnitsResponse } from './memberFixtures';
import { renderApp } from './render';

function activityFields(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Activity',
    id: 'a1',
    tenantId: 't-a',
    kind: 'OTHER',
    customKindId: 'k-old',
    customKind: '旧类型',
    title: '读书分享会',
    startsAt: '2026-11-20T06:00:00Z',
    endsAt: null,
    place: null,
    status: 'DONE',
    notes: null,
    headcount: null,
    campaignId: null,
    createdByName: '张三',
    createdAt: '2026-11-20T06:00:00Z',
    updatedAt: '2026-11-20T06:00:00Z',
    version: 5,
    attendeeCount: 1,
    photos: [],
    teamVisits: [],
    officers: [{ __typename: 'ActivityOfficer', officerId: 'o-1', name: '张三' }],
    campaign: null,
    checkIn: { __typename: 'CheckInState', open: false, expiresAt: null, rosterSize: 0 },
    heardItems: [],
    ...overrides,
  };
}

const attendees = (rows: { memberId: string; memberName: string }[]) => ({
  data: {
    activity: {
      __typename: 'Activity',
      id: 'a1',
      attendeeCount: rows.length,
      attendees: {
        __typename: 'AttendanceConnection',
        totalCount: rows.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: rows.map((r, i) => ({
          __typename: 'AttendanceEdge',
          node: {
            __typename: 'Attendance',
            id: `at-${i}`,
            teamId: null,
            source: 'MANUAL',
            createdAt: '2026-11-20T06:00:00Z',
            ...r,
          },
        })),
      },
    },
  },
});

const memberSearch = () => ({
  data: {
    members: {
      __typename: 'MemberConnection',
      edges: [
        {
          __typename: 'MemberEdge',
          node: {
            __typename: 'Member',
            id: 'm-7',
            name: '王五',
            employeeNo: 'KY10007',
            orgUnit: { __typename: 'OrgUnit', id: 'u-t1', name: '甲班' },
          },
        },
      ],
    },
  },
});

const kinds = () => ({
  data: {
    activityKinds: [
      {
        __typename: 'ActivityKindDef',
        id: 'k1',
        name: '读书会',
        archived: false,
        createdAt: '2026-01-01T00:00:00Z',
        version: 1,
      },
    ],
  },
});

const base = {
  me: () => meResponse({ role: 'UNION_OFFICER' }),
  activityDetail: () => ({ data: { activity: activityFields() } }),
  activityAttendees: () => attendees([{ memberId: 'm-1', memberName: '李四' }]),
  caseMemberSearch: memberSearch,
  activityKinds: kinds,
  campaignChoices: () => ({ data: { campaigns: { __typename: 'CampaignConnection', edges: [] } } }),
  orgUnits: orgUnitsResponse,
};

describe('activity page attendees', () => {
  it('adds one member found by name or employee number, with name and team kept', async () => {
    const { requests } = fakeGraphqlServer({
      ...base,
      addAttendees: () => ({
        data: {
          addAttendees: {
            __typename: 'AttendanceChange',
            changed: 1,
            skipped: 0,
            activity: { __typename: 'Activity', id: 'a1', attendeeCount: 2, version: 5 },
          },
        },
      }),
    });
    renderApp({ path: '/activities/a1', token: 'jwt' });
    fireEvent.click(await screen.findByTestId('add-member-attendee'));
    const modal = await screen.findByTestId('add-member-modal');
    const ok = within(modal).getByTestId('add-member-ok') as HTMLButtonElement;
    expect(ok.disabled).toBe(true);
    await chooseOption(within(modal).getByTestId('add-member-picker'), '王五');
    await waitFor(() => expect(ok.disabled).toBe(false));
    fireEvent.click(ok);
    await waitFor(() =>
      expect(requests.find((r) => r.operationName === 'AddAttendees')?.variables).toEqual({
        input: {
          activityId: 'a1',
          source: 'MANUAL',
          members: [{ memberId: 'm-7', name: '王五', teamId: 'u-t1' }],
        },
      }),
    );
    await waitFor(() => expect(screen.queryByTestId('add-member-modal')).toBeNull());
  });

  it('removes an attendee after confirming', async () => {
    const { requests } = fakeGraphqlServer({
      ...base,
      removeAttendees: () => ({
        data: {
          removeAttendees: {
            __typename: 'AttendanceChange',
            changed: 1,
            activity: { __typename: 'Activity', id: 'a1', attendeeCount: 0 },
          },
        },
      }),
    });
    renderApp({ path: '/activities/a1', token: 'jwt' });
    fireEvent.click(await screen.findByTestId('attendee-remove'));
    fireEvent.click(await screen.findByTestId('attendee-remove-ok'));
    await waitFor(() =>
      expect(requests.find((r) => r.operationName === 'RemoveAttendees')?.variables).toEqual({
        input: { activityId: 'a1', memberIds: ['m-1'] },
      }),
    );
  });
});

describe('activity form with the union’s own kinds', () => {
  it('shows an archived own kind of the activity, and leaves the unchanged kind out of the update', async () => {
    const { requests } = fakeGraphqlServer({
      ...base,
      updateActivity: () => ({ data: { updateActivity: activityFields({ version: 6 }) } }),
    });
    renderApp({ path: '/activities/a1', token: 'jwt' });
    fireEvent.click(await screen.findByTestId('activity-edit'));
    const modal = await screen.findByTestId('activity-form');
    const kindSelect = within(modal).getByTestId('activity-custom-kind');
    expect(kindSelect.textContent).toContain('旧类型');
    fireEvent.click(screen.getByTestId('activity-form-ok'));
    await waitFor(() => expect(requests.some((r) => r.operationName === 'UpdateActivity')).toBe(true));
    const input = requests.find((r) => r.operationName === 'UpdateActivity')?.variables.input as object;
    expect(input).toMatchObject({ id: 'a1', version: 5, title: '读书分享会' });
    expect(input).not.toHaveProperty('kind');
    expect(input).not.toHaveProperty('customKindId');
  });

  it('offers the active own kinds and sends the chosen one', async () => {
    const { requests } = fakeGraphqlServer({
      ...base,
      updateActivity: () => ({ data: { updateActivity: activityFields({ version: 6 }) } }),
    });
    renderApp({ path: '/activities/a1', token: 'jwt' });
    fireEvent.click(await screen.findByTestId('activity-edit'));
    const modal = await screen.findByTestId('activity-form');
    await chooseOption(within(modal).getByTestId('activity-custom-kind'), '读书会');
    fireEvent.click(screen.getByTestId('activity-form-ok'));
    await waitFor(() =>
      expect(requests.find((r) => r.operationName === 'UpdateActivity')?.variables.input).toMatchObject({
        kind: 'OTHER',
        customKindId: 'k1',
      }),
    );
  });
});

describe('activity settings: own kinds', () => {
  it('adds a kind (a taken name shows under the field) and archives one with its version', async () => {
    let creates = 0;
    const { requests } = fakeGraphqlServer({
      ...base,
      createActivityKind: () => {
        creates++;
        return badInput([{ field: 'input.name', message: '已有同名类型' }]);
      },
      updateActivityKind: conflictError,
    });
    renderApp({ path: '/activities/settings', token: 'jwt' });
    const row = await screen.findByTestId('activity-kind-row');
    expect(row.textContent).toContain('读书会');
    fireEvent.click(screen.getByTestId('activity-kind-new'));
    await screen.findByTestId('activity-kind-form');
    fireEvent.change(screen.getByTestId('activity-kind-name'), { target: { value: ' 读书会 ' } });
    fireEvent.click(screen.getByTestId('activity-kind-form-ok'));
    expect((await screen.findByText('已有同名类型')).closest('#name_help')).toBeTruthy();
    expect(requests.find((r) => r.operationName === 'CreateActivityKind')?.variables).toEqual({
      input: { name: '读书会' },
    });
    expect(creates).toBe(1);
    fireEvent.click(screen.getByText('取 消'));
    fireEvent.click(within(row).getByTestId('activity-kind-archive'));
    await waitFor(() =>
      expect(requests.find((r) => r.operationName === 'UpdateActivityKind')?.variables).toEqual({
        input: { id: 'k1', version: 1, archived: true },
      }),
    );
    expect(await screen.findByText('该类型已被他人修改，已重新加载，请再试一次。')).toBeTruthy();
  });
});
