import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeGraphqlServer, meResponse } from './fakeServer';
import { chooseOption, orgUnitsResponse, transferRow, transfersResponse } from './memberFixtures';
import { renderApp } from './render';

type Vars = { direction?: string | null; status?: string[] };

function transfersBy(rows: Record<string, unknown>[]) {
  return ({ variables }: { variables: Record<string, unknown> }) => {
    const { direction, status } = variables as Vars;
    return transfersResponse(
      rows.filter(
        (r) => (!direction || r.direction === direction) && (!status || status.includes(String(r.status))),
      ),
    );
  };
}

const rows = [
  transferRow('t1'),
  transferRow('t2', { status: 'ACCEPTED', decidedAt: '2026-03-05T02:00:00Z', decidedByName: '张三' }),
  transferRow('t3', { direction: 'OUTGOING', fromTenantName: '甲公司工会', toTenantName: '丙公司工会' }),
];

describe('transfers', () => {
  it('lists pending incoming transfers first and accepts one into a team', async () => {
    const { requests } = fakeGraphqlServer({
      me: () => meResponse({ role: 'UNION_ADMIN' }),
      orgUnits: orgUnitsResponse,
      transfers: transfersBy(rows),
      acceptTransfer: () => ({
        data: {
          acceptTransfer: {
            __typename: 'Transfer',
            id: 't1',
            status: 'ACCEPTED',
            decidedAt: '2026-03-06T00:00:00Z',
            decidedByName: '张三',
            decisionNote: null,
            version: 2,
          },
        },
      }),
    });
    renderApp({ path: '/transfers', token: 'jwt' });
    const pending = await screen.findByTestId('inbox-pending');
    expect(await within(pending).findByText('转入会员t1')).toBeTruthy();
    expect(within(pending).queryByText('转入会员t2')).toBeNull();
    expect(within(await screen.findByTestId('inbox-decided')).getByText('转入会员t2')).toBeTruthy();
    expect(screen.getByText('待处理（1）')).toBeTruthy();

    fireEvent.click(within(pending).getByTestId('transfer-accept'));
    const modal = await screen.findByTestId('accept-transfer-modal-form');
    // Only teams (or units without children) can receive the member.
    fireEvent.click(screen.getByTestId('accept-transfer-modal-ok'));
    expect(await within(modal).findByText('请选择接收班组')).toBeTruthy();
    await chooseOption(within(modal).getByTestId('accept-transfer-unit'), '甲班');
    fireEvent.click(screen.getByTestId('accept-transfer-modal-ok'));
    await waitFor(() =>
      expect(requests.find((r) => r.operationName === 'AcceptTransfer')?.variables).toEqual({
        input: { id: 't1', version: 1, orgUnitId: 'u-t1' },
      }),
    );
  });

  it('rejects with a reason', async () => {
    const { requests } = fakeGraphqlServer({
      me: () => meResponse({ role: 'UNION_OFFICER' }),
      orgUnits: orgUnitsResponse,
      transfers: transfersBy(rows),
      rejectTransfer: () => ({
        errors: [
          {
            message: '该接转已处理完毕',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ field: 'input.id', message: '该接转已处理完毕' }],
            },
          },
        ],
      }),
    });
    renderApp({ path: '/transfers', token: 'jwt', language: 'en' });
    const pending = await screen.findByTestId('inbox-pending');
    fireEvent.click(await within(pending).findByTestId('transfer-reject'));
    await screen.findByTestId('reject-transfer-modal-form');
    fireEvent.click(screen.getByTestId('reject-transfer-modal-ok'));
    expect(await screen.findByText('Please give a reason')).toBeTruthy();
    await userEvent.type(screen.getByTestId('reject-reason'), '查无此人');
    fireEvent.click(screen.getByTestId('reject-transfer-modal-ok'));
    // A field the form does not have goes to the alert above it.
    expect((await screen.findByTestId('form-error')).textContent).toContain('该接转已处理完毕');
    expect(requests.find((r) => r.operationName === 'RejectTransfer')?.variables).toEqual({
      input: { id: 't1', version: 1, note: '查无此人' },
    });
  });

  it('withdraws an outgoing transfer', async () => {
    const { requests } = fakeGraphqlServer({
      me: () => meResponse({ role: 'UNION_ADMIN' }),
      transfers: transfersBy(rows),
      cancelTransfer: () => ({
        data: {
          cancelTransfer: {
            __typename: 'Transfer',
            id: 't3',
            status: 'CANCELLED',
            decidedAt: '2026-03-06T00:00:00Z',
            decidedByName: '张三',
            decisionNote: null,
            version: 2,
          },
        },
      }),
    });
    renderApp({ path: '/transfers?tab=outbox', token: 'jwt' });
    const pending = await screen.findByTestId('outbox-pending');
    expect(await within(pending).findByText('丙公司工会')).toBeTruthy();
    expect(within(pending).queryByTestId('transfer-accept')).toBeNull();
    fireEvent.click(within(pending).getByTestId('transfer-cancel'));
    fireEvent.click(await screen.findByTestId('transfer-cancel-confirm'));
    await waitFor(() =>
      expect(requests.find((r) => r.operationName === 'CancelTransfer')?.variables).toEqual({
        input: { id: 't3', version: 1 },
      }),
    );
  });

  it('shows a federation every transfer in its subtree with a nudge', async () => {
    const { requests } = fakeGraphqlServer({
      me: () => meResponse({ role: 'FEDERATION_OFFICER' }),
      transfers: transfersBy(rows.map((r) => ({ ...r, direction: null }))),
      nudgeTransfer: () => ({
        data: {
          nudgeTransfer: {
            __typename: 'Transfer',
            id: 't1',
            nudgedAt: '2026-03-06T00:00:00Z',
            nudgeCount: 1,
            version: 1,
          },
        },
      }),
    });
    renderApp({ path: '/transfers', token: 'jwt' });
    const pending = await screen.findByTestId('federation-transfers-pending');
    expect(await within(pending).findByText('转入会员t3')).toBeTruthy();
    expect(within(pending).queryByTestId('transfer-accept')).toBeNull();
    expect(within(pending).queryByTestId('transfer-cancel')).toBeNull();
    fireEvent.click(within(pending).getAllByTestId('transfer-nudge')[0]);
    await waitFor(() =>
      expect(requests.find((r) => r.operationName === 'NudgeTransfer')?.variables).toEqual({ id: 't1' }),
    );
    expect(requests.find((r) => r.operationName === 'Transfers')?.variables.direction).toBeNull();
  });
});
