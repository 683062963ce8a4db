import { Card, Col, DatePicker, Empty, Flex, Row, Skeleton, Statistic, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useQuery } from 'urql';
import { defaultPeriod, fillMonths, formatFen, formatHours, formatRate } from '../cases/caseModel';
import type { CaseStatsQuery as CaseStatsResult } from '../gql/graphql';
import { CaseStatsQuery } from '../graphql/cases';
import { QueryError } from '../layout/QueryError';
import { useViewer } from '../layout/viewer';
import { DATE_FORMAT, fromDay, toDay } from '../lib/dates';

type Stats = CaseStatsResult['tenant']['caseStats'];
type Child = Stats['byChild'][number];

const COLORS = ['#c8102e', '#1677ff', '#52c41a', '#faad14', '#722ed1', '#13c2c2', '#eb2f96', '#8c8c8c'];
const CHART_HEIGHT = 260;

/** The three "firsts" and the counts of a tenant's cases in a period, with charts; a federation also per union. */
export function CaseDashboardPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const [defaultFrom, defaultTo] = useMemo(() => defaultPeriod(), []);
  const from = toDay(params.get('from')) ?? defaultFrom;
  const to = toDay(params.get('to')) ?? defaultTo;
  const setPeriod = (range: [Dayjs | null, Dayjs | null] | null) => {
    const next = new URLSearchParams();
    if (range?.[0] && range[1]) {
      next.set('from', fromDay(range[0]) ?? '');
      next.set('to', fromDay(range[1]) ?? '');
    }
    setParams(next, { replace: true });
  };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CaseStatsQuery,
    variables: { tenantId: viewer.scopeTenant.id, from: fromDay(from) ?? '', to: fromDay(to) ?? '' },
    context: useMemo(() => ({ additionalTypenames: ['Case'] }), []),
    requestPolicy: 'cache-and-network',
  });
  const stats = data?.tenant.caseStats;
  const units = { h: t('caseDashboard.hours'), d: t('caseDashboard.days') };

  return (
    <Flex vertical gap={16}>
      <Card
        title={`${t('caseDashboard.title')} · ${viewer.scopeTenant.name}`}
        extra={
          <Flex gap={8} align="center">
            <Typography.Text type="secondary">{t('caseDashboard.period')}</Typography.Text>
            <DatePicker.RangePicker
              format={DATE_FORMAT}
              value={[from, to]}
              allowClear={false}
              onChange={(range) => setPeriod(range as [Dayjs | null, Dayjs | null] | null)}
              data-testid="dashboard-period"
            />
          </Flex>
        }
      >
        {error && !stats && (
          <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        )}
        {!stats ? (
          fetching && <Skeleton active />
        ) : (
          <Row gutter={[16, 16]} data-testid="dashboard-kpis">
            <Kpi
              id="firstResponse"
              title={t('caseDashboard.kpi.firstResponse')}
              value={formatHours(stats.medianFirstResponseHours, units)}
              raw={stats.medianFirstResponseHours}
            />
            <Kpi
              id="resolution"
              title={t('caseDashboard.kpi.resolution')}
              value={formatHours(stats.medianResolutionHours, units)}
              raw={stats.medianResolutionHours}
            />
            <Kpi
              id="satisfaction"
              title={t('caseDashboard.kpi.satisfaction')}
              value={formatRate(stats.satisfactionRate)}
              raw={stats.satisfactionRate}
              hint={t('caseDashboard.ratedOf', { satisfied: stats.satisfied, rated: stats.rated })}
            />
            <Kpi
              id="received"
              title={t('caseDashboard.kpi.received')}
              value={stats.received}
              raw={stats.received}
            />
            <Kpi id="open" title={t('caseDashboard.kpi.open')} value={stats.open} raw={stats.open} />
            <Kpi id="rated" title={t('caseDashboard.kpi.rated')} value={stats.rated} raw={stats.rated} />
            <Kpi
              id="overdue"
              title={t('caseDashboard.kpi.overdue')}
              value={stats.overdue}
              raw={stats.overdue}
              danger
            />
            <Kpi
              id="overdueNow"
              title={t('caseDashboard.kpi.overdueNow')}
              value={stats.overdueNow}
              raw={stats.overdueNow}
              danger
            />
            {stats.assistance.count > 0 && (
              <Kpi
                id="assistance"
                title={t('caseDashboard.kpi.assistance')}
                value={formatFen(stats.assistance.totalFen)}
                raw={stats.assistance.totalFen}
              />
            )}
          </Row>
        )}
      </Card>
      {stats &&
        (stats.received === 0 && stats.byChild.length === 0 ? (
          <Card>
            <Empty description={t('caseDashboard.empty')} />
          </Card>
        ) : (
          <Charts stats={stats} />
        ))}
    </Flex>
  );
}

function Kpi({
  id,
  title,
  value,
  raw,
  hint,
  danger,
}: {
  id: string;
  title: string;
  value: string | number;
  raw: number | null | undefined;
  hint?: string;
  danger?: boolean;
}) {
  return (
    <Col xs={12} md={8} xl={6}>
      <Card size="small" data-testid={`kpi-${id}`} data-value={raw ?? ''}>
        <Statistic
          title={title}
          value={value}
          styles={{ content: danger && Number(raw) > 0 ? { color: '#cf1322' } : undefined }}
        />
        {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
      </Card>
    </Col>
  );
}

function Charts({ stats }: { stats: Stats }) {
  const { t } = useTranslation();
  const months = fillMonths(
    stats.from,
    stats.to,
    stats.byMonth.map((m) => ({
      month: m.month,
      received: m.received,
      open: m.open,
      firstResponse: m.medianFirstResponseHours ?? null,
      resolution: m.medianResolutionHours ?? null,
      satisfaction:
        m.satisfactionRate === null || m.satisfactionRate === undefined
          ? null
          : Math.round(m.satisfactionRate * 1000) / 10,
    })),
    (month) => ({ month, received: 0, open: 0, firstResponse: null, resolution: null, satisfaction: null }),
  );
  const counts = (rows: { value: string; count: number }[], prefix: 'caseKind' | 'caseStatus') =>
    rows.map((r) => ({
      name: t(`${prefix}.${r.value}` as 'caseKind.NEED', { defaultValue: r.value }),
      count: r.count,
    }));
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={t('caseDashboard.chart.receivedByMonth')} size="small">
          <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
            <BarChart data={months}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              <Bar dataKey="received" name={t('caseDashboard.series.received')} fill={COLORS[0]} />
              <Bar dataKey="open" name={t('caseDashboard.series.open')} fill={COLORS[1]} />
            </BarChart>
          </ResponsiveContainer>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('caseDashboard.chart.timesByMonth')} size="small">
          <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
            <LineChart data={months}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" />
              <YAxis />
              <Tooltip />
              <Legend />
              <Line
                dataKey="firstResponse"
                name={t('caseDashboard.series.firstResponse')}
                stroke={COLORS[1]}
                connectNulls
              />
              <Line
                dataKey="resolution"
                name={t('caseDashboard.series.resolution')}
                stroke={COLORS[0]}
                connectNulls
              />
            </LineChart>
          </ResponsiveContainer>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('caseDashboard.chart.satisfactionByMonth')} size="small">
          <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
            <LineChart data={months}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" />
              <YAxis domain={[0, 100]} unit="%" />
              <Tooltip />
              <Line
                dataKey="satisfaction"
                name={t('caseDashboard.series.satisfaction')}
                stroke={COLORS[2]}
                unit="%"
                connectNulls
              />
            </LineChart>
          </ResponsiveContainer>
        </Card>
      </Col>
      <Col xs={24} md={12} xl={6}>
        <Card title={t('caseDashboard.chart.byKind')} size="small">
          <CountBars data={counts(stats.byKind, 'caseKind')} color={COLORS[4]} />
        </Card>
      </Col>
      <Col xs={24} md={12} xl={6}>
        <Card title={t('caseDashboard.chart.byStatus')} size="small">
          <CountBars data={counts(stats.byStatus, 'caseStatus')} color={COLORS[5]} />
        </Card>
      </Col>
      {stats.byChild.length > 0 && (
        <Col span={24}>
          <Card title={t('caseDashboard.chart.byChild')} size="small">
            <ChildTable rows={stats.byChild} />
          </Card>
        </Col>
      )}
    </Row>
  );
}

function CountBars({ data, color }: { data: { name: string; count: number }[]; color: string }) {
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
      <BarChart data={data} layout="vertical" margin={{ left: 16 }}>
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={80} />
        <Tooltip />
        <Bar dataKey="count" fill={color} />
      </BarChart>
    </ResponsiveContainer>
  );
}

function ChildTable({ rows }: { rows: Child[] }) {
  const { t } = useTranslation();
  const units = { h: t('caseDashboard.hours'), d: t('caseDashboard.days') };
  return (
    <Flex vertical gap={16}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <BarChart
          data={rows.map((r) => ({
            name: r.tenant.name,
            received: r.received,
            open: r.open,
            overdue: r.overdue,
          }))}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar dataKey="received" name={t('caseDashboard.child.received')} fill={COLORS[0]} />
          <Bar dataKey="open" name={t('caseDashboard.child.open')} fill={COLORS[1]} />
          <Bar dataKey="overdue" name={t('caseDashboard.child.overdue')} fill={COLORS[3]} />
        </BarChart>
      </ResponsiveContainer>
      <Table<Child>
        rowKey={(r) => r.tenant.id}
        size="small"
        pagination={false}
        dataSource={rows}
        data-testid="dashboard-children"
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('caseDashboard.child.tenant'), key: 'tenant', render: (_: unknown, r) => r.tenant.name },
          { title: t('caseDashboard.child.received'), dataIndex: 'received', align: 'right' },
          { title: t('caseDashboard.child.open'), dataIndex: 'open', align: 'right' },
          { title: t('caseDashboard.child.overdue'), dataIndex: 'overdue', align: 'right' },
          {
            title: t('caseDashboard.child.firstResponse'),
            dataIndex: 'medianFirstResponseHours',
            align: 'right',
            render: (h: number | null) => formatHours(h, units),
          },
          {
            title: t('caseDashboard.child.resolution'),
            dataIndex: 'medianResolutionHours',
            align: 'right',
            render: (h: number | null) => formatHours(h, units),
          },
          { title: t('caseDashboard.child.rated'), dataIndex: 'rated', align: 'right' },
          {
            title: t('caseDashboard.child.satisfaction'),
            dataIndex: 'satisfactionRate',
            align: 'right',
            render: (r: number | null) => formatRate(r),
          },
          { title: t('caseDashboard.child.assistanceCount'), dataIndex: 'assistanceCount', align: 'right' },
          {
            title: t('caseDashboard.child.assistanceFen'),
            dataIndex: 'assistanceFen',
            align: 'right',
            render: (fen: number) => formatFen(fen),
          },
        ]}
      />
    </Flex>
  );
}
