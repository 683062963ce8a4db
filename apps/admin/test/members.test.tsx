import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeGraphqlServer, meResponse } from './fakeServer';
import {
  chooseOption,
  memberRow,
  membersResponse,
  orgUnitsResponse,
  segmentsResponse,
} from './memberFixtures';
import { renderApp } from './render';

function server(role: Parameters<typeof meResponse>[0] = { role: 'UNION_ADMIN' }, overrides = {}) {
  return fakeGraphqlServer({
    me: () => meResponse(role),
    orgUnits: orgUnitsResponse,
    memberSegments: segmentsResponse,
    members: ({ variables }) =>
      variables.after === 'cursor-1'
        ? membersResponse([memberRow(21)], 21)
        : membersResponse([memberRow(1), memberRow(2)], 21, true),
    revealPersonalData: () => ({ data: { revealPersonalData: '110101199005061234' } }),
    ...overrides,
  });
}

const lastMembersRequest = (requests: ReturnType<typeof server>['requests']) =>
  requests.filter((r) => r.operationName === 'Members').at(-1);

describe('members list', () => {
  it('shows masked personal data, the total, and pages with cursors', async () => {
    const { requests } = server();
    renderApp({ path: '/members', token: 'jwt' });
    const table = await screen.findByTestId('member-table');
    expect(await within(table).findByText('会员1')).toBeTruthy();
    expect(within(table).getByText('3301**********1001')).toBeTruthy();
    expect(within(table).getByText('138****5002')).toBeTruthy();
    expect(within(table).getAllByText('综采一队 / 甲班').length).toBe(2);
    expect(screen.getByTestId('members-pager-total').textContent).toBe('共 21 条');
    expect(lastMembersRequest(requests)?.variables).toEqual({
      first: 20,
      after: null,
      filter: null,
      orderBy: 'NAME',
      direction: 'ASC',
    });

    fireEvent.click(screen.getByTestId('members-pager-next'));
    expect(await within(table).findByText('会员21')).toBeTruthy();
    expect(lastMembersRequest(requests)?.variables.after).toBe('cursor-1');
  });

  it('sends the filters, and starts again at page 1 when they change', async () => {
    const { requests } = server();
    renderApp({ path: '/members', token: 'jwt' });
    await screen.findByText('会员1');
    fireEvent.click(screen.getByTestId('members-pager-next'));
    await screen.findByText('会员21');

    const search = screen.getByTestId('member-filter-search').querySelector('input') as HTMLInputElement;
    await userEvent.type(search, 'wang{Enter}');
    await waitFor(() =>
      expect(lastMembersRequest(requests)?.variables).toMatchObject({
        after: null,
        filter: { search: 'wang' },
      }),
    );
    await chooseOption(screen.getByTestId('member-filter-status'), '暂停');
    await waitFor(() =>
      expect(lastMembersRequest(requests)?.variables.filter).toEqual({
        search: 'wang',
        status: ['SUSPENDED'],
      }),
    );

    // Back to no filter: the first page is served from urql's cache, so look at the bar itself.
    fireEvent.click(screen.getByTestId('member-filter-reset'));
    await waitFor(() => expect(search.value).toBe(''));
    expect(screen.getByTestId('member-filter-status').textContent).not.toContain('暂停');
  });

  it('sorts by join date on the server', async () => {
    const { requests } = server();
    renderApp({ path: '/members', token: 'jwt', language: 'en' });
    await screen.findByText('会员1');
    const header = () => within(screen.getByTestId('member-table')).getAllByText('Joined on')[0];
    fireEvent.click(header());
    await waitFor(() =>
      expect(lastMembersRequest(requests)?.variables).toMatchObject({
        orderBy: 'JOINED_ON',
        direction: 'ASC',
      }),
    );
    fireEvent.click(header());
    await waitFor(() =>
      expect(lastMembersRequest(requests)?.variables).toMatchObject({
        orderBy: 'JOINED_ON',
        direction: 'DESC',
      }),
    );
  });

  it('reads filters from the URL', async () => {
    const { requests } = server();
    renderApp({ path: '/members?search=li&status=ACTIVE&modelWorker=1&size=50', token: 'jwt' });
    await screen.findByText('会员1');
    expect(lastMembersRequest(requests)?.variables).toMatchObject({
      first: 50,
      filter: { search: 'li', status: ['ACTIVE'], modelWorker: true },
    });
  });

  it('lets an admin reveal an ID number after stating a purpose', async () => {
    const { requests } = server();
    renderApp({ path: '/members', token: 'jwt' });
    await screen.findByText('会员1');
    fireEvent.click(screen.getByTestId('reveal-NATIONAL_ID-m-1'));
    const purpose = await screen.findByTestId('reveal-purpose');
    await userEvent.type(purpose, '核对');
    fireEvent.click(screen.getByTestId('reveal-confirm'));
    expect(await screen.findByText('查看原因至少 4 个字')).toBeTruthy();

    await userEvent.type(purpose, '会员身份');
    fireEvent.click(screen.getByTestId('reveal-confirm'));
    expect((await screen.findByTestId('reveal-NATIONAL_ID-m-1-value')).textContent).toBe(
      '110101199005061234',
    );
    expect(requests.find((r) => r.operationName === 'RevealPersonalData')?.variables).toEqual({
      input: { memberId: 'm-1', field: 'NATIONAL_ID', purpose: '核对会员身份' },
    });
  });

  it('offers no reveal to officers and no "new member" to a federation', async () => {
    server({ role: 'FEDERATION_OFFICER' });
    renderApp({ path: '/members', token: 'jwt', language: 'en' });
    await screen.findByText('会员1');
    expect(screen.queryByTestId('reveal-NATIONAL_ID-m-1')).toBeNull();
    expect(screen.queryByTestId('new-member')).toBeNull();
  });
});
