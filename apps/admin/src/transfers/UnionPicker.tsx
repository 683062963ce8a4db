import { Select, Typography } from 'antd';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { TenantDirectoryQuery } from '../graphql/transfers';

interface Props {
  value?: string;
  onChange?: (value: string) => void;
  /** Unions that cannot be chosen (the sending union itself). */
  excludeIds?: readonly string[];
  id?: string;
  'data-testid'?: string;
}

/** Searches enterprise unions anywhere in the installation by name (the transfer's receiving side). */
export function UnionPicker({ value, onChange, excludeIds = [], ...rest }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const [{ data, fetching }] = useQuery({
    query: TenantDirectoryQuery,
    variables: { search: deferred || null },
  });
  const options = useMemo(
    () =>
      (data?.tenantDirectory ?? [])
        .filter((u) => u.kind === 'ENTERPRISE_UNION' && !excludeIds.includes(u.id))
        .map((u) => ({ value: u.id, label: u.name, parentName: u.parentName })),
    [data, excludeIds],
  );
  return (
    <Select
      {...rest}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={options}
      loading={fetching}
      placeholder={t('transferForm.unionPlaceholder')}
      notFoundContent={fetching ? null : t('transferForm.noUnion')}
      optionRender={(option) => (
        <span data-testid={`union-option-${option.value}`}>
          {option.label}
          {option.data.parentName && (
            <Typography.Text type="secondary"> · {option.data.parentName}</Typography.Text>
          )}
        </span>
      )}
      classNames={{ popup: { root: 'union-picker-popup' } }}
    />
  );
}
