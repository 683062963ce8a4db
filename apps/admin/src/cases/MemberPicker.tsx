import { Select, Typography } from 'antd';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CaseMemberQuery, CaseMemberSearchQuery } from '../graphql/cases';

export interface MemberOption {
  id: string;
  name: string;
  employeeNo?: string | null;
  unitName?: string | null;
  unitId?: string | null;
}

interface BaseProps {
  /** Members known beforehand (e.g. the one a case is opened for), so their names show at once. */
  known?: MemberOption[];
  placeholder?: string;
  allowClear?: boolean;
  /** Told the chosen members with what the search found about them (name, employee no., unit). */
  onPicked?: (members: MemberOption[]) => void;
  id?: string;
  'data-testid'?: string;
}

type Props =
  | (BaseProps & { multiple: true; value?: string[]; onChange?: (value: string[]) => void })
  | (BaseProps & { multiple?: false; value?: string; onChange?: (value: string | undefined) => void });

/** Finds members of the scope by name, pinyin or employee number (the members subgraph's search). */
export function MemberPicker(props: Props) {
  const { t } = useTranslation();
  const { known = [], placeholder, allowClear, multiple, id, onPicked } = props;
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const [{ data, fetching }] = useQuery({
    query: CaseMemberSearchQuery,
    variables: { search: deferred || null },
  });
  // Names of members chosen earlier stay known when a new search no longer lists them.
  const [seen, setSeen] = useState<Map<string, MemberOption>>(() => new Map(known.map((m) => [m.id, m])));
  useEffect(() => {
    const found = data?.members.edges.map((e) => e.node) ?? [];
    if (found.length === 0) return;
    setSeen((prev) => {
      const next = new Map(prev);
      for (const m of found)
        next.set(m.id, {
          id: m.id,
          name: m.name,
          employeeNo: m.employeeNo,
          unitName: m.orgUnit?.name,
          unitId: m.orgUnit?.id,
        });
      return next;
    });
  }, [data]);

  // A single value from the URL (a filter) may be a member not searched for yet: ask for it.
  const single = !multiple ? props.value : undefined;
  const [{ data: one }] = useQuery({
    query: CaseMemberQuery,
    variables: { id: single ?? '' },
    pause: !single || seen.has(single),
  });
  useEffect(() => {
    const m = one?.member;
    if (m) setSeen((prev) => new Map(prev).set(m.id, { id: m.id, name: m.name, employeeNo: m.employeeNo }));
  }, [one]);

  const options = useMemo(() => {
    const listed = data?.members.edges.map((e) => e.node.id) ?? [];
    const chosen = multiple ? (props.value ?? []) : props.value ? [props.value] : [];
    const ids = [...new Set([...chosen, ...listed])];
    return ids.map((memberId) => {
      const m = seen.get(memberId);
      return {
        value: memberId,
        label: m?.name ?? memberId,
        employeeNo: m?.employeeNo,
        unitName: m?.unitName,
      };
    });
  }, [data, seen, multiple, props.value]);

  return (
    <Select
      id={id}
      data-testid={props['data-testid']}
      mode={multiple ? 'multiple' : undefined}
      value={props.value as never}
      onChange={(value: string | string[] | undefined) => {
        (props.onChange as ((v: typeof value) => void) | undefined)?.(value);
        const ids = Array.isArray(value) ? value : value ? [value] : [];
        onPicked?.(ids.map((memberId) => seen.get(memberId) ?? { id: memberId, name: memberId }));
      }}
      allowClear={allowClear}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onBlur={() => setSearch('')}
      options={options}
      loading={fetching}
      placeholder={placeholder ?? t('cases.memberSearch')}
      notFoundContent={fetching ? null : t('cases.noMember')}
      style={{ width: '100%' }}
      optionRender={(option) => (
        <span data-testid={`member-option-${option.value}`}>
          {option.data.label}
          {(option.data.employeeNo || option.data.unitName) && (
            <Typography.Text type="secondary">
              {' '}
              · {[option.data.employeeNo, option.data.unitName].filter(Boolean).join(' · ')}
            </Typography.Text>
          )}
        </span>
      )}
      classNames={{ popup: { root: 'member-picker-popup' } }}
    />
  );
}
