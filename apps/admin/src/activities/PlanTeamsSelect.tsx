import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildUnitTree, type UnitNode } from '../orgUnits/unitTree';
import { type OrgUnitRow, useOrgUnits } from '../orgUnits/useOrgUnits';

interface Props {
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
  'data-testid'?: string;
}

interface Node {
  value: string;
  title: React.ReactNode;
  name: string;
  disableCheckbox?: boolean;
  children: Node[];
}

/**
 * The teams a visit plan covers, ticked in the unit tree: ticking a branch or workshop ticks every
 * team below it; only teams are kept (units without a team below cannot be ticked).
 */
export function PlanTeamsSelect({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const { units, fetching } = useOrgUnits();
  const teamIds = useMemo(() => new Set(units.filter((u) => u.kind === 'TEAM').map((u) => u.id)), [units]);
  const treeData = useMemo(() => {
    const hasTeam = (n: UnitNode<OrgUnitRow>): boolean => n.unit.kind === 'TEAM' || n.children.some(hasTeam);
    const toNode = (n: UnitNode<OrgUnitRow>): Node => ({
      value: n.unit.id,
      name: n.unit.name,
      title: <span data-unit-id={n.unit.id}>{n.unit.name}</span>,
      disableCheckbox: !hasTeam(n),
      children: n.children.map(toNode),
    });
    return buildUnitTree(units).map(toNode);
  }, [units]);
  return (
    <TreeSelect
      {...rest}
      treeCheckable
      showCheckedStrategy={TreeSelect.SHOW_CHILD}
      value={value ?? []}
      onChange={(ids: string[]) => onChange?.(ids.filter((id) => teamIds.has(id)))}
      treeData={treeData}
      treeDefaultExpandAll
      loading={fetching}
      placeholder={t('act.plans.pickTeams')}
      showSearch={{ treeNodeFilterProp: 'name' }}
      maxTagCount={8}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      classNames={{ popup: { root: 'unit-select-popup' } }}
      notFoundContent={t('orgUnits.empty')}
    />
  );
}
