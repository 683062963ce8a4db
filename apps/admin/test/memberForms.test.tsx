import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { fakeGraphqlServer, meResponse } from './fakeServer';
import { badInput, conflictError, memberDetail, orgUnitsResponse, segmentsResponse } from './memberFixtures';
import { renderApp } from './render';

const VALID_ID = '11010519491231002X';

function server(
  handlers: Parameters<typeof fakeGraphqlServer>[0] = {},
  role = meResponse({ role: 'UNION_ADMIN' }),
) {
  return fakeGraphqlServer({
    me: () => role,
    orgUnits: orgUnitsResponse,
    memberSegments: segmentsResponse,
    ...handlers,
  });
}

const submitCreate = () => fireEvent.click(screen.getByTestId('create-member-submit'));

describe('create member form', () => {
  it('checks the basics on the client, in Chinese', async () => {
    const { requests } = server();
    renderApp({ path: '/members/new', token: 'jwt' });
    await userEvent.type(await screen.findByTestId('member-nationalId'), '12345');
    await userEvent.type(screen.getByTestId('member-phone'), '1234');
    submitCreate();
    expect(await screen.findByText('请输入姓名')).toBeTruthy();
    expect(screen.getByText('身份证号码应为 18 位，前 17 位为数字，最后一位为数字或 X')).toBeTruthy();
    expect(screen.getByText('请输入有效的 11 位手机号码')).toBeTruthy();
    expect(requests.some((r) => r.operationName === 'CreateMember')).toBe(false);
  });

  it('checks the basics on the client, in English', async () => {
    server();
    renderApp({ path: '/members/new', token: 'jwt', language: 'en' });
    await userEvent.type(await screen.findByTestId('member-nationalId'), '1101051949123100');
    submitCreate();
    expect(await screen.findByText('Please enter the name')).toBeTruthy();
    expect(screen.getByText('An ID number has 18 characters: 17 digits, then a digit or X')).toBeTruthy();
  });

  it('reads gender and birth date from the ID number and shows server errors under the fields', async () => {
    const { requests } = server({
      createMember: () =>
        badInput([
          { field: 'input.nationalId', message: '身份证号码无效（请检查位数、出生日期和校验位）' },
          { field: 'input.employeeNo', message: '本工会已有该工号的会员' },
        ]),
    });
    renderApp({ path: '/members/new', token: 'jwt' });
    await userEvent.type(await screen.findByTestId('member-name'), '王芳');
    await userEvent.type(screen.getByTestId('member-nationalId'), VALID_ID);
    await userEvent.type(screen.getByTestId('member-phone'), '138 0013 8000');
    await userEvent.type(screen.getByTestId('member-employeeNo'), 'KY001');
    submitCreate();

    expect(await screen.findByText('身份证号码无效（请检查位数、出生日期和校验位）')).toBeTruthy();
    expect(screen.getByText('本工会已有该工号的会员')).toBeTruthy();
    expect(screen.queryByTestId('form-error')).toBeNull();
    expect(requests.find((r) => r.operationName === 'CreateMember')?.variables).toEqual({
      input: {
        name: '王芳',
        joinedOn: dayjs().format('YYYY-MM-DD'),
        gender: 'FEMALE',
        birthDate: '1949-12-31',
        nationalId: VALID_ID,
        phone: '138 0013 8000',
        employeeNo: 'KY001',
        migrantWorker: false,
        modelWorker: false,
        hardshipStatus: 'NONE',
        tags: [],
      },
    });
  });

  it('opens the new member once created', async () => {
    server({
      createMember: () => ({ data: { createMember: { __typename: 'Member', id: 'm-1', name: '王芳' } } }),
      memberDetail: () => ({ data: { member: memberDetail() } }),
    });
    renderApp({ path: '/members/new', token: 'jwt', language: 'en' });
    await userEvent.type(await screen.findByTestId('member-name'), '王芳');
    submitCreate();
    expect((await screen.findByTestId('member-detail-name')).textContent).toBe('王芳');
  });

  it('shows a federation the hint to switch instead of the form', async () => {
    server({}, meResponse({ role: 'FEDERATION_OFFICER' }));
    renderApp({ path: '/members/new', token: 'jwt', language: 'en' });
    expect((await screen.findByTestId('union-scope-hint')).textContent).toContain('enterprise union');
    expect(screen.queryByTestId('create-member-form')).toBeNull();
  });
});

describe('member page', () => {
  it('shows the membership timeline across unions', async () => {
    server({ memberDetail: () => ({ data: { member: memberDetail() } }) });
    renderApp({ path: '/members/m-1', token: 'jwt' });
    const timeline = await screen.findByTestId('member-timeline');
    expect(
      within(timeline)
        .getAllByTestId('period-union')
        .map((e) => e.textContent),
    ).toEqual(['乙公司工会', '甲公司工会']);
    expect(timeline.textContent).toContain('2015-03-01 至 2024-06-30');
    expect(timeline.textContent).toContain('2024-06-30 至 今');
    expect(timeline.textContent).toContain('接转转入');
    expect(screen.getByTestId('member-detail-orgUnit').textContent).toBe('综采一队 / 甲班');
  });

  it('sends only what changed with the version read, and offers a reload on a conflict', async () => {
    let version = 3;
    const { requests } = server({
      memberDetail: () => ({ data: { member: memberDetail({ version }) } }),
      updateMember: ({ variables }) => {
        const input = variables.input as { version: number };
        if (input.version !== version) return conflictError();
        return { data: { updateMember: { ...memberDetail({ version: version + 1, jobType: '机电' }) } } };
      },
    });
    renderApp({ path: '/members/m-1', token: 'jwt' });
    fireEvent.click(await screen.findByTestId('member-edit'));
    const form = await screen.findByTestId('edit-member-form');
    const jobType = within(form).getByLabelText('工种');
    await userEvent.clear(jobType);
    await userEvent.type(jobType, '机电');

    version = 4; // someone else saved in the meantime
    fireEvent.click(screen.getByTestId('edit-member-submit'));
    expect((await screen.findByTestId('form-error')).textContent).toContain('该记录已被他人修改');
    expect(requests.find((r) => r.operationName === 'UpdateMember')?.variables).toEqual({
      input: { id: 'm-1', version: 3, jobType: '机电' },
    });

    fireEvent.click(screen.getByTestId('form-reload'));
    await waitFor(() => expect(screen.queryByTestId('form-error')).toBeNull());
    await userEvent.clear(within(form).getByLabelText('工种'));
    await userEvent.type(within(form).getByLabelText('工种'), '机电');
    fireEvent.click(screen.getByTestId('edit-member-submit'));
    await waitFor(() =>
      expect(requests.filter((r) => r.operationName === 'UpdateMember').at(-1)?.variables).toEqual({
        input: { id: 'm-1', version: 4, jobType: '机电' },
      }),
    );
    expect(await screen.findByText('已保存：王芳')).toBeTruthy();
  });

  it('changes the status with an effective date', async () => {
    const { requests } = server({
      memberDetail: () => ({ data: { member: memberDetail() } }),
      changeMemberStatus: () => ({
        data: { changeMemberStatus: { __typename: 'Member', id: 'm-1', status: 'RETIRED', version: 4 } },
      }),
    });
    renderApp({ path: '/members/m-1', token: 'jwt', language: 'en' });
    fireEvent.click(await screen.findByTestId('member-change-status'));
    await screen.findByTestId('change-status-modal-form');
    fireEvent.click(screen.getByTestId('change-status-modal-ok'));
    await waitFor(() =>
      expect(requests.find((r) => r.operationName === 'ChangeMemberStatus')?.variables).toEqual({
        input: { id: 'm-1', version: 3, status: 'SUSPENDED', effectiveOn: dayjs().format('YYYY-MM-DD') },
      }),
    );
  });

  it('offers a federation no changes to a member', async () => {
    server(
      { memberDetail: () => ({ data: { member: memberDetail() } }) },
      meResponse({ role: 'FEDERATION_ADMIN' }),
    );
    renderApp({ path: '/members/m-1', token: 'jwt' });
    expect(await screen.findByTestId('union-scope-hint')).toBeTruthy();
    expect(screen.queryByTestId('member-edit')).toBeNull();
    expect(screen.getByTestId('reveal-NATIONAL_ID-m-1')).toBeTruthy();
  });
});
