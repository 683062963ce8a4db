import { Col, Progress, Row, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityStatsFieldsFragment } from '../gql/graphql';
import { formatRate } from './model';

/** The headline figures of a period. */
export function ActivityKpis({ stats, compact }: { stats?: ActivityStatsFieldsFragment; compact?: boolean }) {
  const { t } = useTranslation();
  const kpis: [string, string, number | string | undefined][] = [
    ['activities', t('act.dash.activities'), stats?.activitiesTotal],
    ['done', t('act.dash.done'), stats?.activitiesDone],
    ['membersReached', t('act.dash.membersReached'), stats?.membersReached],
    ['teamsCovered', t('act.dash.teamsCovered'), stats?.teamsCovered],
    ['heardItems', t('act.dash.heardItems'), stats?.heardItems],
    ['caseShare', t('act.dash.caseShare'), stats ? formatRate(stats.caseShare) : undefined],
  ];
  if (!compact) {
    kpis.splice(3, 0, ['headcount', t('act.dash.headcount'), stats?.headcount]);
    kpis.push(['unionsActive', t('act.dash.unionsActive'), stats?.unionsActive]);
  }
  return (
    <Row gutter={[16, 16]} data-testid="activity-kpis">
      {kpis.map(([key, title, value]) => (
        <Col xs={12} md={compact ? 4 : 6} key={key}>
          <Statistic
            title={title}
            value={value ?? '—'}
            data-testid={`act-kpi-${key}`}
            data-value={typeof value === 'number' ? value : undefined}
          />
        </Col>
      ))}
    </Row>
  );
}

export function KindTable({ stats }: { stats?: ActivityStatsFieldsFragment }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...(stats?.byKind ?? []).map((k) => k.total));
  return (
    <Table
      rowKey="kind"
      size="small"
      pagination={false}
      dataSource={stats?.byKind ?? []}
      columns={[
        {
          title: t('act.field.kind'),
          dataIndex: 'kind',
          render: (k: string) => t(`act.kind.${k as 'EVENT'}`),
        },
        {
          title: t('act.dash.count'),
          dataIndex: 'total',
          render: (n: number) => <Progress percent={(n / max) * 100} format={() => n} size="small" />,
        },
        { title: t('act.dash.done'), dataIndex: 'done', align: 'right' },
      ]}
    />
  );
}

export function HeardTable({ stats }: { stats?: ActivityStatsFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Table
      rowKey="kind"
      size="small"
      pagination={false}
      dataSource={stats?.heardByKind ?? []}
      columns={[
        {
          title: t('act.field.kind'),
          dataIndex: 'kind',
          render: (k: string) => t(`act.heardKind.${k as 'NEED'}`),
        },
        { title: t('act.dash.count'), dataIndex: 'count', align: 'right' },
        { title: t('act.dash.turned'), dataIndex: 'turnedIntoCases', align: 'right' },
        { title: t('act.dash.resolved'), dataIndex: 'resolvedOnSpot', align: 'right' },
      ]}
    />
  );
}
