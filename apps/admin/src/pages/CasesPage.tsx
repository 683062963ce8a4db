import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Tabs } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { CaseFilters } from '../cases/CaseFilters';
import { CaseTable } from '../cases/CaseTable';
import {
  CASE_ORDERS,
  CASE_TABS,
  type CaseListState,
  type CaseTab,
  caseListFromParams,
  caseListToParams,
  PAGE_SIZES,
  toCaseFilter,
} from '../cases/caseModel';
import { CasesQuery } from '../graphql/cases';
import { CursorPager } from '../layout/CursorPager';
import { QueryError } from '../layout/QueryError';
import { useViewer } from '../layout/viewer';
import { useCursorPages } from '../lib/useCursorPages';

// An empty page has no Case in it: name the type so a new case refetches the list.
const context = { additionalTypenames: ['Case'] };

export function CasesPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const federation = viewer.scopeTenant.kind === 'FEDERATION';
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => caseListFromParams(params), [params]);
  const update = (next: Partial<CaseListState>) =>
    setParams(caseListToParams({ ...state, ...next }), { replace: true });

  const filter = useMemo(() => toCaseFilter(state), [state]);
  const pages = useCursorPages(caseListToParams(state).toString());
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CasesQuery,
    variables: { first: state.pageSize, after: pages.after, filter, orderBy: state.order },
    context,
  });
  const connection = data?.cases;
  // A union hands nothing down; a federation's own inbox is what was escalated to it.
  const tabs = CASE_TABS.filter((tab) => federation || tab !== 'DISPATCHED_FROM_HERE');
  const tabLabel = (tab: CaseTab) =>
    tab === 'HANDLED_HERE' && federation ? t('cases.tabs.HANDLED_HERE_FEDERATION') : t(`cases.tabs.${tab}`);

  return (
    <Card
      title={`${t('cases.title')} · ${viewer.scopeTenant.name}`}
      extra={
        <Space>
          <Link to="/cases/dashboard">
            <Button icon={<BarChartOutlined />} data-testid="case-dashboard-link">
              {t('nav.caseDashboard')}
            </Button>
          </Link>
          <Link to="/cases/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="new-case">
              {t('cases.new')}
            </Button>
          </Link>
        </Space>
      }
    >
      <Tabs
        activeKey={state.tab}
        onChange={(tab) => update({ tab: tab as CaseTab })}
        tabBarExtraContent={
          <Select
            value={state.order}
            onChange={(order) => update({ order })}
            aria-label={t('cases.order.label')}
            options={CASE_ORDERS.map((o) => ({ value: o, label: t(`cases.order.${o}`) }))}
            style={{ width: 160 }}
            data-testid="case-order"
          />
        }
        items={tabs.map((tab) => ({
          key: tab,
          label: <span data-testid={`case-tab-${tab}`}>{tabLabel(tab)}</span>,
        }))}
      />
      <CaseFilters value={state.filters} onChange={(filters) => update({ filters })} showUnion={federation} />
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <CaseTable
        cases={connection?.edges.map((e) => e.node) ?? []}
        loading={fetching}
        showUnion={federation}
      />
      <CursorPager
        testId="cases-pager"
        totalCount={connection?.totalCount}
        page={pages.page}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        loading={fetching}
        onPrevious={pages.previous}
        onNext={() => pages.next(connection?.pageInfo.endCursor ?? null)}
        pageSize={state.pageSize}
        pageSizes={PAGE_SIZES}
        onPageSizeChange={(pageSize) => update({ pageSize })}
      />
    </Card>
  );
}
