import { Empty, Tag, Tree, type TreeDataNode } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TenantKind } from '../gql/graphql';
import { buildTenantTree, type TenantNode } from './tree';

export interface TreeTenant {
  id: string;
  name: string;
  kind: TenantKind;
  parentId?: string | null;
}

interface Props {
  tenants: readonly TreeTenant[];
  selectedId?: string;
  onSelect?: (id: string) => void;
}

export function TenantTree({ tenants, selectedId, onSelect }: Props) {
  const { t } = useTranslation();

  const treeData = useMemo(() => {
    const toData = (nodes: TenantNode<TreeTenant>[]): TreeDataNode[] =>
      nodes.map(({ tenant, children }) => ({
        key: tenant.id,
        title: (
          <span data-testid={`tenant-node-${tenant.id}`}>
            {tenant.name}{' '}
            <Tag color={tenant.kind === 'FEDERATION' ? 'red' : 'blue'}>{t(`kind.${tenant.kind}`)}</Tag>
          </span>
        ),
        children: toData(children),
      }));
    return toData(buildTenantTree(tenants));
  }, [tenants, t]);

  if (tenants.length === 0) return <Empty description={t('tenants.empty')} />;

  return (
    <Tree
      blockNode
      showLine
      // Federations are the inner nodes; opening them all shows the whole scope at once.
      defaultExpandedKeys={tenants.filter((x) => x.kind === 'FEDERATION').map((x) => x.id)}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => {
        if (keys.length > 0) onSelect?.(String(keys[0]));
      }}
      treeData={treeData}
    />
  );
}
