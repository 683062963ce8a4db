import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeGraphqlServer, fixtures, meResponse } from './fakeServer';
import { renderApp } from './render';

const tree = [fixtures.federation, fixtures.unionA, fixtures.unionB];

describe('app layout', () => {
  it('hides the tenant switcher when the officer cannot switch', async () => {
    fakeGraphqlServer({ me: () => meResponse({ canSwitchTenant: false }) });
    renderApp({ token: 'jwt' });
    expect((await screen.findByTestId('scope-tenant-name')).textContent).toBe('某某市总工会');
    expect(screen.queryByTestId('tenant-switcher')).toBeNull();
  });

  it('switches tenant, replaces the token and refetches under it', async () => {
    let token = 'jwt-home';
    const server = fakeGraphqlServer({
      me: ({ headers }) =>
        meResponse({ scope: headers.get('authorization') === 'Bearer jwt-a' ? 'unionA' : 'federation' }),
      tenantTree: () => ({ data: { tenantTree: tree } }),
      switchTenant: ({ variables }) => {
        token = variables.tenantId === 't-a' ? 'jwt-a' : 'jwt-home';
        const scope = variables.tenantId === 't-a' ? fixtures.unionA : fixtures.federation;
        return {
          data: {
            switchTenant: {
              token,
              expiresAt: '2030-01-01T00:00:00Z',
              scopeTenant: { id: scope.id, name: scope.name },
            },
          },
        };
      },
    });
    renderApp({ token });

    const switcher = await screen.findByTestId('tenant-switcher');
    fireEvent.mouseDown(switcher.querySelector('.ant-select-content') ?? switcher);
    const popup = await waitFor(() => {
      const el = document.querySelector<HTMLElement>('.tenant-switcher-popup');
      if (!el) throw new Error('popup not open');
      return el;
    });
    fireEvent.click(await within(popup).findByText('甲公司工会'));

    await waitFor(() => expect(screen.getByTestId('scope-tenant-name').textContent).toBe('甲公司工会'));
    expect(localStorage.getItem('frontline.token')).toBe('jwt-a');
    expect(server.requests.find((r) => r.operationName === 'SwitchTenant')?.variables).toEqual({
      tenantId: 't-a',
    });

    fireEvent.click(screen.getByTestId('switch-home'));
    await waitFor(() => expect(screen.getByTestId('scope-tenant-name').textContent).toBe('某某市总工会'));
    expect(server.requests.filter((r) => r.operationName === 'SwitchTenant').at(-1)?.variables).toEqual({
      tenantId: null,
    });
  });

  it('logs out', async () => {
    fakeGraphqlServer({ me: () => meResponse({ canSwitchTenant: false }) });
    renderApp({ token: 'jwt' });
    fireEvent.click(await screen.findByTestId('logout'));
    expect(await screen.findByTestId('login-submit')).toBeTruthy();
    expect(localStorage.getItem('frontline.token')).toBeNull();
  });
});
