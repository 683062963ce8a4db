import { Badge, Empty, Tag, Tree, type TreeDataNode, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildUnitTree, pinyinCollator, type UnitNode } from './unitTree';
import type { OrgUnitRow } from './useOrgUnits';

interface Props {
  units: readonly OrgUnitRow[];
  unionNames?: ReadonlyMap<string, string>;
  /** Active members per unit; units without a figure show none. */
  counts?: ReadonlyMap<string, number>;
  selectedId?: string;
  onSelect?: (id: string) => void;
}

const KIND_COLORS = { BRANCH: 'red', WORKSHOP: 'orange', TEAM: 'blue' } as const;

function MemberCount({ count }: { count: number | undefined }) {
  const { t } = useTranslation();
  if (count === undefined) return null;
  return (
    <Badge
      count={count}
      showZero
      overflowCount={99999}
      color={count > 0 ? '#52c41a' : '#d9d9d9'}
      title={t('orgUnits.activeMembers', { count })}
    />
  );
}

/** Branch → workshop → team, with each unit's active members (itself and below). */
export function OrgUnitTree({ units, unionNames, counts, selectedId, onSelect }: Props) {
  const { t } = useTranslation();

  const treeData = useMemo(() => {
    const toData = (nodes: UnitNode<OrgUnitRow>[]): TreeDataNode[] =>
      nodes.map(({ unit, children }) => ({
        key: unit.id,
        title: (
          <span data-testid={`unit-node-${unit.id}`}>
            <Typography.Text
              delete={unit.status === 'CLOSED'}
              type={unit.status === 'CLOSED' ? 'secondary' : undefined}
            >
              {unit.name}
            </Typography.Text>{' '}
            <Tag color={KIND_COLORS[unit.kind]}>{t(`unitKind.${unit.kind}`)}</Tag>
            <MemberCount count={counts?.get(unit.id)} />
            {unit.status === 'CLOSED' && <Tag style={{ marginLeft: 8 }}>{t('unitStatus.CLOSED')}</Tag>}
          </span>
        ),
        children: toData(children),
      }));
    const roots = buildUnitTree(units);
    const tenantIds = [...new Set(roots.map((r) => r.unit.tenantId))];
    if (tenantIds.length <= 1) return toData(roots);
    // A federation sees the trees of its unions, one group per union.
    return tenantIds
      .map((tenantId) => ({
        key: `union:${tenantId}`,
        selectable: false,
        title: <Typography.Text strong>{unionNames?.get(tenantId) ?? tenantId}</Typography.Text>,
        name: unionNames?.get(tenantId) ?? tenantId,
        children: toData(roots.filter((r) => r.unit.tenantId === tenantId)),
      }))
      .sort((a, b) => pinyinCollator.compare(a.name, b.name))
      .map(({ name: _name, ...node }) => node);
  }, [units, unionNames, counts, t]);

  if (units.length === 0) return <Empty description={t('orgUnits.empty')} />;

  return (
    <Tree
      blockNode
      showLine
      defaultExpandAll
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => {
        if (keys.length > 0) onSelect?.(String(keys[0]));
      }}
      treeData={treeData}
      data-testid="org-unit-tree"
    />
  );
}
