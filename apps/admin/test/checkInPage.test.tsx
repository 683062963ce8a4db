import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './render';

const EVENT = {
  ok: true,
  open: true,
  activity: {
    title: '安全生产培训',
    startsAt: '2026-11-28T01:00:00.000Z',
    endsAt: null,
    place: '二号会议室',
  },
  expiresAt: '2026-11-28T04:00:00.000Z',
};

/** The gateway's check-in routes: GET tells the event, POSTs answer in turn from `answers`. */
function stubCheckin(answers: { status: number; body: unknown }[]) {
  const calls: { url: string; method: string; body?: unknown; language?: string }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      const method = init?.method ?? 'GET';
      const headers = new Headers(init?.headers);
      calls.push({
        url,
        method,
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
        language: headers.get('accept-language') ?? undefined,
      });
      const answer =
        method === 'POST' ? (answers.shift() ?? { status: 500, body: {} }) : { status: 200, body: EVENT };
      return new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return calls;
}

describe('public check-in page', () => {
  it('needs no login, shows the event, checks in, then says a second try is a duplicate', async () => {
    const calls = stubCheckin([
      { status: 200, body: { ok: true, name: '张三', activityTitle: '安全生产培训' } },
      {
        status: 409,
        body: {
          ok: false,
          error: { code: 'DUPLICATE', messageKey: 'checkin.duplicate', message: '张三已签到' },
        },
      },
    ]);
    renderApp({ path: '/checkin/abc.def' });
    expect((await screen.findByTestId('checkin-activity-title')).textContent).toContain('安全生产培训');
    expect(screen.queryByTestId('login-submit')).toBeNull();
    expect(calls[0]).toMatchObject({
      url: 'http://gateway.test/checkin/abc.def',
      method: 'GET',
      language: 'zh-CN',
    });

    const user = userEvent.setup();
    await user.type(screen.getByTestId('checkin-employee-no'), ' KY001 ');
    await user.type(screen.getByTestId('checkin-name'), '张三');
    await user.click(screen.getByTestId('checkin-submit'));
    expect((await screen.findByTestId('checkin-success')).textContent).toContain('张三');
    expect(calls[1]).toMatchObject({ method: 'POST', body: { employeeNo: 'KY001', name: '张三' } });

    await user.click(screen.getByRole('button', { name: '为他人签到' }));
    await user.type(screen.getByTestId('checkin-employee-no'), 'KY001');
    await user.type(screen.getByTestId('checkin-name'), '张三');
    await user.click(screen.getByTestId('checkin-submit'));
    const error = await screen.findByTestId('checkin-error');
    expect(error.getAttribute('data-outcome')).toBe('DUPLICATE');
    expect(error.textContent).toContain('张三已签到');
  });

  it('shows the refusal of an invalid code instead of the form', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({ ok: false, error: { code: 'INVALIDCODE', message: 'Invalid check-in code' } }),
            { status: 400, headers: { 'content-type': 'application/json' } },
          ),
      ),
    );
    renderApp({ path: '/checkin/bogus', language: 'en' });
    expect((await screen.findByTestId('checkin-refused')).textContent).toContain('Invalid check-in code');
    await waitFor(() => expect(screen.queryByTestId('checkin-form')).toBeNull());
  });
});
