import { TreeSelect } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type UnitOption, unitOptions } from '../orgUnits/unitTree';
import { useOrgUnits } from '../orgUnits/useOrgUnits';

export interface TeamChoice {
  id: string;
  name: string;
}

interface Props {
  value?: TeamChoice[];
  onChange?: (value: TeamChoice[]) => void;
  placeholder?: string;
  id?: string;
  'data-testid'?: string;
}

/** Picks one or more units (teams, or any unit above them) of the scope; typing filters by name. */
export function TeamSelect({ value, onChange, placeholder, ...rest }: Props) {
  const { t } = useTranslation();
  const { units, unionNames, fetching } = useOrgUnits();
  const treeData = useMemo(() => withUnitIds(unitOptions(units, { unionNames })), [units, unionNames]);
  const names = useMemo(() => new Map(units.map((u) => [u.id, u.name])), [units]);
  return (
    <TreeSelect
      {...rest}
      multiple
      value={(value ?? []).map((v) => v.id)}
      onChange={(ids: string[]) =>
        onChange?.(
          ids.map((id) => ({ id, name: names.get(id) ?? value?.find((v) => v.id === id)?.name ?? id })),
        )
      }
      treeData={treeData}
      treeDefaultExpandAll
      treeNodeLabelProp="label"
      loading={fetching}
      placeholder={placeholder ?? t('act.quick.pickTeam')}
      showSearch={{ treeNodeFilterProp: 'name' }}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      classNames={{ popup: { root: 'unit-select-popup' } }}
      notFoundContent={t('orgUnits.empty')}
    />
  );
}

/** Names such as 甲班 repeat across workshops: each node carries its unit id (`data-unit-id`). */
interface TeamNode extends Omit<UnitOption, 'title' | 'children'> {
  name: string;
  title: ReactNode;
  children: TeamNode[];
}

function withUnitIds(options: UnitOption[]): TeamNode[] {
  return options.map((o) => ({
    ...o,
    name: o.title,
    title: <span data-unit-id={o.value}>{o.title}</span>,
    children: withUnitIds(o.children),
  }));
}
