import { Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { TenantKind } from '../gql/graphql';
import { TenantTreeQuery } from '../graphql/tenants';

interface Props {
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** Tenants that cannot be chosen (e.g. the scope itself). */
  excludeIds?: readonly string[];
  kinds?: readonly TenantKind[];
  placeholder?: string;
  allowClear?: boolean;
  popupClassName?: string;
  id?: string;
  'data-testid'?: string;
}

/** Picks a tenant of the caller's scope (the tenant tree of the tenants subgraph), indented by depth. */
export function TenantPicker({
  value,
  onChange,
  excludeIds = [],
  kinds,
  placeholder,
  allowClear,
  popupClassName = 'tenant-picker-popup',
  ...rest
}: Props) {
  const { t } = useTranslation();
  const [{ data, fetching }] = useQuery({ query: TenantTreeQuery });
  const options = useMemo(() => {
    const tree = data?.tenantTree ?? [];
    const top = Math.min(...tree.map((x) => x.depth));
    return tree
      .filter((x) => !excludeIds.includes(x.id) && (!kinds || kinds.includes(x.kind)))
      .map((x) => ({ value: x.id, label: x.name, depth: x.depth - top }));
  }, [data, excludeIds, kinds]);
  return (
    <Select
      {...rest}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      allowClear={allowClear}
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
      loading={fetching}
      placeholder={placeholder}
      notFoundContent={fetching ? null : t('tenants.empty')}
      style={{ width: '100%' }}
      optionRender={(option) => (
        <span style={{ paddingLeft: (option.data.depth ?? 0) * 12 }}>{option.label}</span>
      )}
      classNames={{ popup: { root: popupClassName } }}
    />
  );
}
