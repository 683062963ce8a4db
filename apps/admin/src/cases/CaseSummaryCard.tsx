import { BarChartOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Statistic } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { CaseStatsQuery } from '../graphql/cases';
import { fromDay } from '../lib/dates';
import { defaultPeriod, formatHours, formatRate } from './caseModel';

/** The home page's case card: the last 12 months at a glance, and the way to the dashboard. */
export function CaseSummaryCard({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const [from, to] = useMemo(() => defaultPeriod().map((d) => fromDay(d) ?? ''), []);
  const [{ data }] = useQuery({
    query: CaseStatsQuery,
    variables: { tenantId, from, to },
    context: useMemo(() => ({ additionalTypenames: ['Case'] }), []),
  });
  const stats = data?.tenant.caseStats;
  const units = { h: t('caseDashboard.hours'), d: t('caseDashboard.days') };
  return (
    <Card
      title={t('caseDashboard.title')}
      data-testid="home-case-card"
      extra={
        <Link to="/cases/dashboard">
          <Button icon={<BarChartOutlined />}>{t('caseDashboard.open')}</Button>
        </Link>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic title={t('caseDashboard.kpi.received')} value={stats?.received ?? '—'} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('caseDashboard.kpi.open')} value={stats?.open ?? '—'} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('caseDashboard.kpi.overdueNow')}
            value={stats?.overdueNow ?? '—'}
            styles={{ content: stats?.overdueNow ? { color: '#cf1322' } : undefined }}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('caseDashboard.kpi.satisfaction')}
            value={formatRate(stats?.satisfactionRate)}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('caseDashboard.kpi.firstResponse')}
            value={formatHours(stats?.medianFirstResponseHours, units)}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('caseDashboard.kpi.resolution')}
            value={formatHours(stats?.medianResolutionHours, units)}
          />
        </Col>
      </Row>
    </Card>
  );
}
