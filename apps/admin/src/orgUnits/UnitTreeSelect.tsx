import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { unitOptions } from './unitTree';
import type { OrgUnitRow } from './useOrgUnits';
import { useOrgUnits } from './useOrgUnits';

interface Props {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** Which units can be chosen (others only group their children). */
  selectable?: (unit: OrgUnitRow, hasChildren: boolean) => boolean;
  /** Units left out with their subtree (e.g. the unit being moved). */
  exclude?: ReadonlySet<string>;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  'data-testid'?: string;
}

/** Picks an active org unit of the scope; typing filters the tree by name. */
export function UnitTreeSelect({
  value,
  onChange,
  selectable,
  exclude,
  placeholder,
  allowClear,
  ...rest
}: Props) {
  const { t } = useTranslation();
  const { units, unionNames, fetching } = useOrgUnits();
  const treeData = useMemo(
    () => unitOptions(units, { selectable, exclude, unionNames }),
    [units, selectable, exclude, unionNames],
  );
  return (
    <TreeSelect
      {...rest}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      treeData={treeData}
      treeDefaultExpandAll
      treeNodeLabelProp="label"
      loading={fetching}
      allowClear={allowClear}
      placeholder={placeholder ?? t('orgUnits.choose')}
      showSearch={{ treeNodeFilterProp: 'title' }}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      classNames={{ popup: { root: 'unit-select-popup' } }}
      notFoundContent={t('orgUnits.empty')}
    />
  );
}
