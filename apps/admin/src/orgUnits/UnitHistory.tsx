import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnitDetailQuery } from '../gql/graphql';
import { formatDateMinutes } from '../lib/format';

type UnitEvent = OrgUnitDetailQuery['orgUnit']['history'][number];

interface Props {
  history: UnitEvent[];
  /** Unit names by id: a move records parent ids. */
  unitNames: ReadonlyMap<string, string>;
}

/** Created, renamed, moved, closed, reopened: newest first. */
export function UnitHistory({ history, unitNames }: Props) {
  const { t } = useTranslation();
  const describe = (event: UnitEvent, value: string | null | undefined) => {
    if (event.change === 'MOVED') return value ? (unitNames.get(value) ?? value) : t('orgUnits.topLevel');
    if (event.change === 'CLOSED' || event.change === 'REOPENED')
      return value === 'ACTIVE' || value === 'CLOSED' ? t(`unitStatus.${value}`) : (value ?? '—');
    return value ?? '—';
  };
  const columns: TableColumnsType<UnitEvent> = [
    { title: t('unitHistory.at'), dataIndex: 'at', render: (at: string) => formatDateMinutes(at) },
    {
      title: t('unitHistory.change'),
      dataIndex: 'change',
      render: (change: UnitEvent['change']) => t(`unitChange.${change}`),
    },
    { title: t('unitHistory.before'), key: 'before', render: (_: unknown, e) => describe(e, e.before) },
    { title: t('unitHistory.after'), key: 'after', render: (_: unknown, e) => describe(e, e.after) },
    { title: t('unitHistory.actor'), dataIndex: 'actorName' },
  ];
  return (
    <Table<UnitEvent>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...history].reverse()}
      pagination={false}
      data-testid="unit-history"
    />
  );
}
