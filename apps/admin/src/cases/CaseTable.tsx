import { Flex, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CasesQuery } from '../gql/graphql';
import { formatDateMinutes } from '../lib/format';
import { CasePriorityTag, CaseStatusTag, DeadlineTag } from './CaseTags';

export type CaseRow = CasesQuery['cases']['edges'][number]['node'];

interface Props {
  cases: CaseRow[];
  loading: boolean;
  /** A federation's inbox spans unions: show whose case each is. */
  showUnion: boolean;
}

export function CaseTable({ cases, loading, showUnion }: Props) {
  const { t } = useTranslation();
  const dash = (v: string | null | undefined) => v || '—';
  const columns: TableColumnsType<CaseRow> = [
    {
      title: t('cases.column.number'),
      dataIndex: 'number',
      fixed: 'left',
      render: (number: string, c) => (
        <Link to={`/cases/${c.id}`} data-testid={`case-link-${c.id}`}>
          {number}
        </Link>
      ),
    },
    { title: t('cases.column.kind'), dataIndex: 'kind', render: (k: CaseRow['kind']) => t(`caseKind.${k}`) },
    {
      title: t('cases.column.summary'),
      dataIndex: 'summary',
      render: (s: string) => (
        <Typography.Text ellipsis={{ tooltip: s }} style={{ maxWidth: 260 }}>
          {s}
        </Typography.Text>
      ),
    },
    { title: t('cases.column.members'), dataIndex: 'memberNames', render: dash },
    ...(showUnion
      ? [{ title: t('cases.column.union'), dataIndex: 'tenantName', key: 'tenantName' } as const]
      : []),
    { title: t('cases.column.team'), dataIndex: 'orgUnitName', render: dash },
    {
      title: t('cases.column.status'),
      dataIndex: 'status',
      render: (s: CaseRow['status']) => <CaseStatusTag status={s} />,
    },
    {
      title: t('cases.column.priority'),
      dataIndex: 'priority',
      render: (p: CaseRow['priority']) => <CasePriorityTag priority={p} />,
    },
    { title: t('cases.column.handler'), dataIndex: 'handlingTenantName' },
    { title: t('cases.column.lead'), dataIndex: 'leadOfficerName', render: dash },
    {
      title: t('cases.column.nextDue'),
      key: 'nextDue',
      render: (_: unknown, c) =>
        c.nextDueAt ? (
          <Flex gap={4} align="center" wrap={false}>
            <span>{formatDateMinutes(c.nextDueAt)}</span>
            <DeadlineTag state={c.deadlineState} dueAt={c.nextDueAt} />
          </Flex>
        ) : (
          '—'
        ),
    },
    {
      title: t('cases.column.receivedAt'),
      dataIndex: 'receivedAt',
      render: (v: string) => formatDateMinutes(v),
    },
  ];
  return (
    <Table<CaseRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={cases}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="case-table"
      rowClassName={(c) => (c.deadlineState === 'OVERDUE' ? 'case-row-overdue' : '')}
    />
  );
}
