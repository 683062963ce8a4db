import { Card, DatePicker, Flex, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ActivityKpis, HeardTable, KindTable } from '../activities/ActivityStatsView';
import { formatRate } from '../activities/model';
import { TenantActivityStatsQuery } from '../graphql/activities';
import { QueryError } from '../layout/QueryError';
import { useViewer } from '../layout/viewer';
import { DATE_FORMAT } from '../lib/dates';

const context = { additionalTypenames: ['Activity', 'HeardItem'] };

export function ActivityDashboardPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(1, 'year').add(1, 'day'), dayjs()]);
  const [{ data, error }, refetch] = useQuery({
    query: TenantActivityStatsQuery,
    variables: {
      id: viewer.scopeTenant.id,
      from: range[0].format(DATE_FORMAT),
      to: range[1].format(DATE_FORMAT),
    },
    context,
  });
  const stats = data?.tenant.activityStats;
  const children = data?.tenant.children ?? [];
  return (
    <Flex vertical gap={16}>
      <Card
        title={`${t('act.dash.title')} · ${viewer.scopeTenant.name}`}
        extra={
          <DatePicker.RangePicker
            allowClear={false}
            value={range}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
            presets={[
              { label: t('act.coverage.last30'), value: [dayjs().subtract(29, 'day'), dayjs()] },
              { label: t('act.coverage.last90'), value: [dayjs().subtract(89, 'day'), dayjs()] },
              { label: t('act.coverage.thisYear'), value: [dayjs().startOf('year'), dayjs()] },
            ]}
          />
        }
      >
        {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
        <ActivityKpis stats={stats} />
      </Card>
      <Flex gap={16} wrap>
        <Card title={t('act.dash.byKind')} style={{ flex: '1 1 420px' }}>
          <KindTable stats={stats} />
        </Card>
        <Card title={t('act.dash.heardByKind')} style={{ flex: '1 1 420px' }}>
          <HeardTable stats={stats} />
        </Card>
      </Flex>
      {children.length > 0 && (
        <Card title={t('act.coverage.byUnion')}>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={children}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('act.coverage.union'), dataIndex: 'name' },
              {
                title: t('act.dash.activities'),
                key: 'a',
                align: 'right',
                render: (_: unknown, c) => c.activityStats.activitiesTotal,
              },
              {
                title: t('act.dash.done'),
                key: 'd',
                align: 'right',
                render: (_: unknown, c) => c.activityStats.activitiesDone,
              },
              {
                title: t('act.dash.membersReached'),
                key: 'm',
                align: 'right',
                render: (_: unknown, c) => c.activityStats.membersReached,
              },
              {
                title: t('act.dash.teamsCovered'),
                key: 't',
                align: 'right',
                render: (_: unknown, c) => c.activityStats.teamsCovered,
              },
              {
                title: t('act.dash.heardItems'),
                key: 'h',
                align: 'right',
                render: (_: unknown, c) => c.activityStats.heardItems,
              },
              {
                title: t('act.dash.caseShare'),
                key: 'c',
                align: 'right',
                render: (_: unknown, c) => formatRate(c.activityStats.caseShare),
              },
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}
