import { Flex, Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TransfersQuery } from '../gql/graphql';
import { formatDate, formatDateMinutes } from '../lib/format';
import { TransferStatusTag } from './TransferStatusTag';

export type TransferRow = TransfersQuery['transfers']['edges'][number]['node'];

interface Props {
  transfers: TransferRow[];
  loading: boolean;
  actions?: (transfer: TransferRow) => ReactNode;
  testId: string;
}

/** Where the member is now in the caller's scope, the name links to the member's page. */
function memberInScope(t: TransferRow): boolean {
  if (t.direction === null || t.direction === undefined) return true;
  return t.direction === 'INCOMING' ? t.status === 'ACCEPTED' : t.status !== 'ACCEPTED';
}

export function TransferTable({ transfers, loading, actions, testId }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<TransferRow> = [
    {
      title: t('transfers.member'),
      key: 'member',
      render: (_: unknown, tr) => (
        <Flex vertical>
          {memberInScope(tr) ? <Link to={`/members/${tr.memberId}`}>{tr.memberName}</Link> : tr.memberName}
          {tr.memberNationalId && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {tr.memberNationalId}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('transfers.from'), dataIndex: 'fromTenantName' },
    { title: t('transfers.to'), dataIndex: 'toTenantName' },
    { title: t('transfers.reason'), dataIndex: 'reason', render: (v: string | null) => v || '—' },
    {
      title: t('transfers.requested'),
      key: 'requested',
      render: (_: unknown, tr) => (
        <Flex vertical>
          <span>{formatDate(tr.requestedAt)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {tr.requestedByName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('transfers.status'),
      key: 'status',
      render: (_: unknown, tr) => (
        <Flex vertical gap={2}>
          <span>
            <TransferStatusTag status={tr.status} />
          </span>
          {tr.decidedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('transfers.decided', { at: formatDate(tr.decidedAt), by: tr.decidedByName ?? '' })}
            </Typography.Text>
          )}
          {tr.decisionNote && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {tr.decisionNote}
            </Typography.Text>
          )}
          {tr.nudgeCount > 0 && tr.nudgedAt && (
            <Typography.Text type="warning" style={{ fontSize: 12 }}>
              {t('transfers.nudged', { count: tr.nudgeCount, at: formatDateMinutes(tr.nudgedAt) })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];
  if (actions)
    columns.push({ title: t('transfers.actions'), key: 'actions', render: (_: unknown, tr) => actions(tr) });

  return (
    <Table<TransferRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={transfers}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid={testId}
      onRow={(tr) => ({ 'data-testid': `transfer-row-${tr.id}` }) as object}
    />
  );
}
