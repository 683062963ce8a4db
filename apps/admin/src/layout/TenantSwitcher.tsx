import { RollbackOutlined } from '@ant-design/icons';
import { App, Button, Space, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../auth/session';
import { SwitchTenantMutation } from '../graphql/auth';
import { TenantTreeQuery } from '../graphql/tenants';
import { errorMessage } from '../lib/graphqlErrors';
import { buildTenantTree, type TenantNode, withTenants } from '../tenants/tree';
import type { Viewer } from './viewer';

interface SwitchOption {
  value: string;
  title: string;
  children: SwitchOption[];
}

type Tenant = { id: string; name: string; parentId?: string | null };

function toOptions(nodes: TenantNode<Tenant>[]): SwitchOption[] {
  return nodes.map(({ tenant, children }) => ({
    value: tenant.id,
    title: tenant.name,
    children: toOptions(children),
  }));
}

export function TenantSwitcher({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { signIn } = useSession();
  const [{ data, fetching: loadingTree }] = useQuery({ query: TenantTreeQuery });
  const [{ fetching: switching }, switchTenant] = useMutation(SwitchTenantMutation);
  const { homeTenant, scopeTenant } = viewer;

  const options = useMemo(() => {
    // Home and scope are always choices, even if the scope's tree no longer contains them.
    const tenants = withTenants(data?.tenantTree ?? [], [homeTenant, scopeTenant]);
    return toOptions(buildTenantTree(tenants));
  }, [data, homeTenant, scopeTenant]);

  const switchTo = async (tenantId: string) => {
    if (tenantId === scopeTenant.id) return;
    const result = await switchTenant({ tenantId: tenantId === homeTenant.id ? null : tenantId });
    if (result.data) {
      message.success(t('switcher.switched', { name: result.data.switchTenant.scopeTenant.name }));
      signIn(result.data.switchTenant.token);
    } else if (result.error) {
      message.error(errorMessage(result.error, t));
    }
  };

  return (
    <Space>
      <TreeSelect
        data-testid="tenant-switcher"
        aria-label={t('switcher.placeholder')}
        placeholder={t('switcher.placeholder')}
        value={scopeTenant.id}
        treeData={options}
        treeDefaultExpandAll
        showSearch={{ treeNodeFilterProp: 'title' }}
        loading={loadingTree || switching}
        disabled={switching}
        onChange={switchTo}
        style={{ width: 260 }}
        popupMatchSelectWidth={false}
        classNames={{ popup: { root: 'tenant-switcher-popup' } }}
      />
      {scopeTenant.id !== homeTenant.id && (
        <Button
          icon={<RollbackOutlined />}
          loading={switching}
          onClick={() => switchTo(homeTenant.id)}
          data-testid="switch-home"
        >
          {t('switcher.backHome')}
        </Button>
      )}
    </Space>
  );
}
