import { PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Button, Card, Segmented, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ActivityCalendar } from '../activities/ActivityCalendar';
import { ActivityFilters } from '../activities/ActivityFilters';
import { ActivityFormModal } from '../activities/ActivityFormModal';
import { ActivityKindLabel, ActivityStatusTag } from '../activities/ActivityTags';
import { type ActivityListState, listFromParams, listToParams, toActivityFilter } from '../activities/model';
import type { ActivityRowFragment } from '../gql/graphql';
import { ActivitiesQuery } from '../graphql/activities';
import { CursorPager } from '../layout/CursorPager';
import { QueryError } from '../layout/QueryError';
import { actsOnUnion, useViewer } from '../layout/viewer';
import { formatDateMinutes } from '../lib/format';
import { useCursorPages } from '../lib/useCursorPages';

const context = { additionalTypenames: ['Activity'] };
const PAGE_SIZE = 20;

export function ActivitiesPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => listFromParams(params), [params]);
  const update = (next: Partial<ActivityListState>) =>
    setParams(listToParams({ ...state, ...next }), { replace: true });
  const [creating, setCreating] = useState(false);

  const filter = useMemo(() => toActivityFilter(state), [state]);
  const calendar = state.view === 'calendar';
  const pages = useCursorPages(listToParams(state).toString());
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ActivitiesQuery,
    variables: { first: calendar ? 100 : PAGE_SIZE, after: calendar ? null : pages.after, filter },
    context,
  });
  const connection = data?.activities;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  return (
    <Card
      title={`${t('act.list.title')} · ${viewer.scopeTenant.name}`}
      extra={
        actsOnUnion(viewer) && (
          <Space wrap>
            <Link to="/activities/new-visit">
              <Button icon={<ThunderboltOutlined />} data-testid="quick-visit">
                {t('act.list.newVisit')}
              </Button>
            </Link>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="new-activity"
            >
              {t('act.list.new')}
            </Button>
          </Space>
        )
      }
    >
      <Segmented
        value={state.view}
        onChange={(view) => update({ view: view as ActivityListState['view'] })}
        options={[
          { value: 'table', label: t('act.list.table') },
          {
            value: 'calendar',
            label: <span data-testid="activity-view-calendar">{t('act.list.calendar')}</span>,
          },
        ]}
        style={{ marginBottom: 16 }}
      />
      <ActivityFilters value={state} onChange={update} />
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {calendar ? (
        <ActivityCalendar
          activities={rows}
          month={state.month ?? dayjs().format('YYYY-MM')}
          onMonthChange={(month) => update({ month })}
        />
      ) : (
        <>
          <ActivityTable rows={rows} loading={fetching} />
          <CursorPager
            testId="activities-pager"
            totalCount={connection?.totalCount}
            page={pages.page}
            hasNextPage={connection?.pageInfo.hasNextPage ?? false}
            loading={fetching}
            onPrevious={pages.previous}
            onNext={() => pages.next(connection?.pageInfo.endCursor ?? null)}
          />
        </>
      )}
      {creating && (
        <ActivityFormModal
          onCancel={() => setCreating(false)}
          onDone={(id) => navigate(`/activities/${id}`)}
        />
      )}
    </Card>
  );
}

function ActivityTable({ rows, loading }: { rows: ActivityRowFragment[]; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<ActivityRowFragment>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="activity-table"
      locale={{ emptyText: t('act.list.empty') }}
      columns={[
        {
          title: t('act.field.startsAt'),
          dataIndex: 'startsAt',
          render: (v: string) => formatDateMinutes(v),
        },
        {
          title: t('act.field.title'),
          dataIndex: 'title',
          render: (title: string, a) => (
            <Link to={`/activities/${a.id}`} data-testid="activity-link">
              {title}
            </Link>
          ),
        },
        {
          title: t('act.field.kind'),
          dataIndex: 'kind',
          render: (_: unknown, a) => <ActivityKindLabel kind={a.kind} customKind={a.customKind} />,
        },
        {
          title: t('act.field.status'),
          dataIndex: 'status',
          render: (_: unknown, a) => <ActivityStatusTag status={a.status} />,
        },
        {
          title: t('act.field.teams'),
          dataIndex: 'teamVisits',
          render: (_: unknown, a) => a.teamVisits.map((v) => v.teamName).join('、') || '—',
        },
        {
          title: t('act.field.officers'),
          dataIndex: 'officers',
          render: (_: unknown, a) => a.officers.map((o) => o.name).join('、'),
        },
        { title: t('act.field.place'), dataIndex: 'place', render: (v: string | null) => v ?? '' },
        {
          title: t('act.field.attendees'),
          dataIndex: 'attendeeCount',
          align: 'right',
          render: (n: number, a) => (
            <Typography.Text>
              {n}
              {a.headcount ? ` + ${a.headcount}` : ''}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
