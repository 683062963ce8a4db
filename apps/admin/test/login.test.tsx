import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeGraphqlServer, meResponse } from './fakeServer';
import { renderApp } from './render';

const submit = () => fireEvent.click(screen.getByTestId('login-submit'));

describe('login page', () => {
  it('shows field-level validation in Chinese by default', async () => {
    renderApp({ path: '/login' });
    submit();
    expect(await screen.findByText('请输入邮箱')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
  });

  it('shows field-level validation in English', async () => {
    renderApp({ path: '/login', language: 'en' });
    await userEvent.type(screen.getByTestId('login-email'), 'not-an-email');
    submit();
    expect(await screen.findByText('This is not a valid email address')).toBeTruthy();
    expect(screen.getByText('Please enter a password')).toBeTruthy();
  });

  it('re-translates visible validation errors when the language changes', async () => {
    renderApp({ path: '/login' });
    submit();
    await screen.findByText('请输入邮箱');
    fireEvent.click(screen.getByText('English'));
    expect(await screen.findByText('Please enter an email address')).toBeTruthy();
    expect(localStorage.getItem('frontline.language')).toBe('en');
  });

  it('shows the server error message and sends the language', async () => {
    const server = fakeGraphqlServer({
      login: () => ({ errors: [{ message: '邮箱或密码错误', extensions: { code: 'UNAUTHENTICATED' } }] }),
    });
    renderApp({ path: '/login' });
    await userEvent.type(screen.getByTestId('login-email'), 'zhang@example.org');
    await userEvent.type(screen.getByTestId('login-password'), 'wrong');
    submit();
    expect((await screen.findByTestId('login-error')).textContent).toContain('邮箱或密码错误');
    expect(server.requests[0].headers.get('accept-language')).toBe('zh-CN');
    expect(server.requests[0].headers.get('authorization')).toBeNull();
  });

  it('puts BAD_USER_INPUT field errors under the field', async () => {
    fakeGraphqlServer({
      login: () => ({
        errors: [
          {
            message: 'Invalid input',
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'email', message: 'Unknown domain' }] },
          },
        ],
      }),
    });
    renderApp({ path: '/login', language: 'en' });
    await userEvent.type(screen.getByTestId('login-email'), 'zhang@example.org');
    await userEvent.type(screen.getByTestId('login-password'), 'secret');
    submit();
    expect(await screen.findByText('Unknown domain')).toBeTruthy();
    expect(screen.queryByTestId('login-error')).toBeNull();
  });

  it('stores the token and shows the signed-in officer', async () => {
    const server = fakeGraphqlServer({
      login: () => ({ data: { login: { token: 'jwt-1', expiresAt: '2030-01-01T00:00:00Z' } } }),
      me: () => meResponse(),
      tenantTree: () => ({ data: { tenantTree: [] } }),
    });
    renderApp({ path: '/login' });
    await userEvent.type(screen.getByTestId('login-email'), 'zhang@example.org');
    await userEvent.type(screen.getByTestId('login-password'), 'secret');
    submit();
    expect((await screen.findByTestId('current-officer')).textContent).toContain('张三');
    expect(screen.getByTestId('current-officer').textContent).toContain('联合会管理员');
    expect(localStorage.getItem('frontline.token')).toBe('jwt-1');
    const me = server.requests.find((r) => r.operationName === 'Me');
    expect(me?.headers.get('authorization')).toBe('Bearer jwt-1');
  });

  it('drops the token and returns to login on UNAUTHENTICATED', async () => {
    fakeGraphqlServer({
      me: () => ({ errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] }),
    });
    renderApp({ path: '/', token: 'stale' });
    expect(await screen.findByTestId('login-submit')).toBeTruthy();
    await waitFor(() => expect(localStorage.getItem('frontline.token')).toBeNull());
  });
});
