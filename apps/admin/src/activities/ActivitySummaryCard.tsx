import { BarChartOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { TenantActivityStatsQuery } from '../graphql/activities';
import { DATE_FORMAT } from '../lib/dates';
import { ActivityKpis } from './ActivityStatsView';

/** The home page's activity card: this month at a glance, and the way to the dashboard. */
export function ActivitySummaryCard({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const [from, to] = useMemo(
    () => [dayjs().startOf('month').format(DATE_FORMAT), dayjs().format(DATE_FORMAT)],
    [],
  );
  const [{ data }] = useQuery({
    query: TenantActivityStatsQuery,
    variables: { id: tenantId, from, to },
    context: useMemo(() => ({ additionalTypenames: ['Activity'] }), []),
  });
  return (
    <Card
      title={t('act.dash.home')}
      data-testid="home-activity-card"
      extra={
        <Link to="/activities/dashboard">
          <Button icon={<BarChartOutlined />}>{t('act.nav.dashboard')}</Button>
        </Link>
      }
    >
      <ActivityKpis stats={data?.tenant.activityStats} compact />
    </Card>
  );
}
