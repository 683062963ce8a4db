import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TenantTree } from '../src/tenants/TenantTree';
import { fakeGraphqlServer, fixtures, meResponse } from './fakeServer';
import { renderApp, renderWithProviders } from './render';

const tree = [fixtures.federation, fixtures.unionA, fixtures.unionB];

describe('tenant tree', () => {
  it('renders the tenants nested under their parent with kind labels', () => {
    renderWithProviders(<TenantTree tenants={tree} />);
    const federation = screen.getByTestId('tenant-node-t-city');
    expect(federation.textContent).toContain('某某市总工会');
    expect(federation.textContent).toContain('工会联合会');
    expect(screen.getByTestId('tenant-node-t-a').textContent).toContain('企业工会');
    expect(screen.getByText('乙公司工会')).toBeTruthy();
  });

  it('renders in English', () => {
    renderWithProviders(<TenantTree tenants={tree} />, { language: 'en' });
    expect(screen.getByTestId('tenant-node-t-a').textContent).toContain('Enterprise union');
  });
});

describe('tenants page', () => {
  it('maps createTenant field errors onto the form fields', async () => {
    const server = fakeGraphqlServer({
      me: () => meResponse(),
      tenantTree: () => ({ data: { tenantTree: tree } }),
      tenantDetail: () => ({
        data: {
          tenant: { ...fixtures.federation, createdAt: '2026-01-01T00:00:00Z', parent: null, children: [] },
        },
      }),
      createTenant: () => ({
        errors: [
          {
            message: '输入有误',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [
                { field: 'input.name', message: '名称已存在' },
                { field: 'input.firstAdmin.email', message: '该邮箱已被使用' },
              ],
            },
          },
        ],
      }),
    });
    renderApp({ path: '/tenants', token: 'jwt' });

    await userEvent.type(await screen.findByTestId('create-tenant-name'), '丙公司工会');
    await userEvent.type(screen.getByTestId('create-tenant-admin-email'), 'admin@c.example');
    await userEvent.type(screen.getByLabelText('管理员姓名'), '李四');
    await userEvent.type(screen.getByLabelText('初始密码'), 'secret-123');
    fireEvent.click(screen.getByTestId('create-tenant-submit'));

    expect(await screen.findByText('名称已存在')).toBeTruthy();
    expect(screen.getByText('该邮箱已被使用')).toBeTruthy();
    const sent = server.requests.find((r) => r.operationName === 'CreateTenant');
    expect(sent?.variables).toEqual({
      input: {
        parentId: 't-city',
        name: '丙公司工会',
        kind: 'ENTERPRISE_UNION',
        firstAdmin: { email: 'admin@c.example', displayName: '李四', password: 'secret-123' },
      },
    });
  });
});
