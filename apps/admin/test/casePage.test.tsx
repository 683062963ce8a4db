import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeGraphqlServer, meResponse } from './fakeServer';
import { renderApp } from './render';

function caseFields(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Case',
    id: 'c1',
    tenantId: 'union-a',
    tenantName: '甲公司工会',
    number: '2026-000007',
    kind: 'GRIEVANCE',
    status: 'RESOLVED',
    priority: 'NORMAL',
    source: 'WALK_IN',
    summary: '夜班热水供应不足',
    confidential: false,
    details: '热水时有时无',
    detailsSealed: false,
    orgUnitId: null,
    orgUnitName: '甲班',
    memberNames: '李四',
    handlingTenantId: 'union-a',
    handlingTenantName: '甲公司工会',
    leadOfficerId: 'o-1',
    leadOfficerName: '张三',
    receivedAt: '2026-03-01T01:00:00Z',
    responseDueAt: '2026-03-03T01:00:00Z',
    resolutionDueAt: '2026-03-20T01:00:00Z',
    firstRespondedAt: '2026-03-01T02:00:00Z',
    resolvedAt: '2026-03-10T02:00:00Z',
    result: '已更换热水机组',
    rejectionReason: null,
    satisfaction: null,
    callbackComment: null,
    callbackAt: null,
    closedAt: null,
    escalatedAt: null,
    dispatchedAt: null,
    reopenCount: 0,
    createdByName: '张三',
    createdAt: '2026-03-01T01:00:00Z',
    updatedAt: '2026-03-10T02:00:00Z',
    version: 4,
    deadlineState: null,
    nextDueAt: null,
    relation: 'HANDLER',
    allowedActions: ['RECORD_CALLBACK', 'COMMENT', 'REOPEN'],
    memberEntries: [{ __typename: 'CaseMember', memberId: 'm1', memberName: '李四' }],
    assistants: [],
    timeline: [
      {
        __typename: 'CaseEvent',
        id: 'e1',
        type: 'CREATED',
        at: '2026-03-01T01:00:00Z',
        actorName: '张三',
        actorTenantName: '甲公司工会',
        fromStatus: null,
        toStatus: 'RECEIVED',
        note: null,
        fromTenantName: null,
        toTenantName: null,
        satisfaction: null,
        amountFen: null,
        leadOfficerName: null,
        assistantNames: [],
        attachments: [],
      },
    ],
    assistance: [],
    ...overrides,
  };
}

describe('case page', () => {
  it('offers only the steps the server allows', async () => {
    fakeGraphqlServer({
      me: () => meResponse({ role: 'UNION_OFFICER' }),
      caseDetail: () => ({ data: { case: caseFields() } }),
    });
    renderApp({ path: '/cases/c1', token: 'jwt' });
    const actions = await screen.findByTestId('case-actions');
    const labels = within(actions)
      .getAllByRole('button')
      .map((b) => b.textContent?.replace(/\s/g, ''));
    expect(labels).toEqual(['回访', '备注', '重新办理']);
    expect(screen.getByTestId('case-status').textContent).toBe('已办结');
    expect(screen.getByTestId('case-result').textContent).toBe('已更换热水机组');
  });

  it('sends the version read, and on CONFLICT says so and reloads the case', async () => {
    let reads = 0;
    const { requests } = fakeGraphqlServer({
      me: () => meResponse({ role: 'UNION_OFFICER' }),
      caseDetail: () => {
        reads++;
        return { data: { case: caseFields({ version: reads === 1 ? 4 : 5 }) } };
      },
      recordCallback: () => ({
        errors: [{ message: '该记录已被他人修改', extensions: { code: 'CONFLICT' } }],
      }),
    });
    renderApp({ path: '/cases/c1', token: 'jwt' });
    fireEvent.click(await screen.findByTestId('case-action-RECORD_CALLBACK'));
    const modal = await screen.findByTestId('case-step-RECORD_CALLBACK-form');
    // The rating is required.
    fireEvent.click(screen.getByTestId('case-step-RECORD_CALLBACK-ok'));
    expect(await within(modal).findByText('请选择满意度')).toBeTruthy();
    fireEvent.click(within(modal).getByText('基本满意'));
    fireEvent.click(screen.getByTestId('case-step-RECORD_CALLBACK-ok'));
    await waitFor(() =>
      expect(requests.find((r) => r.operationName === 'RecordCallback')?.variables).toEqual({
        input: { id: 'c1', version: 4, satisfaction: 'BASICALLY_SATISFIED' },
      }),
    );
    expect(
      (await screen.findAllByText('该案件已被他人修改，已重新加载，请确认后再操作')).length,
    ).toBeGreaterThan(0);
    await waitFor(() => expect(reads).toBeGreaterThan(1));
  });
});
