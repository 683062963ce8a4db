import {
  Alert,
  Card,
  DatePicker,
  Empty,
  Flex,
  List,
  Progress,
  Space,
  Statistic,
  Table,
  Tree,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { RecencyDot } from '../activities/ActivityTags';
import { coverageCounts, formatRate, type Recency, recencyOf } from '../activities/model';
import { CoverageQuery, TeamsLastVisitQuery, TenantActivityStatsQuery } from '../graphql/activities';
import { TenantTreeQuery } from '../graphql/tenants';
import { QueryError } from '../layout/QueryError';
import { useViewer } from '../layout/viewer';
import { DATE_FORMAT } from '../lib/dates';
import { formatDate } from '../lib/format';
import { buildUnitTree, type UnitNode } from '../orgUnits/unitTree';
import { type OrgUnitRow, useOrgUnits } from '../orgUnits/useOrgUnits';

const context = { additionalTypenames: ['Activity', 'OrgUnit'] };
const RECENCIES: Recency[] = ['RECENT', 'AMBER', 'OLD', 'NEVER'];
const RECENCY_LABEL = { RECENT: 'recent', AMBER: 'amber', OLD: 'old', NEVER: 'never' } as const;

interface TreeItem {
  key: string;
  title: React.ReactNode;
  children: TreeItem[];
}

export function CoveragePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(29, 'day'), dayjs()]);
  const from = range[0].format(DATE_FORMAT);
  const to = range[1].format(DATE_FORMAT);
  const { units, unionNames, error: unitsError } = useOrgUnits();
  const teams = useMemo(() => units.filter((u) => u.kind === 'TEAM'), [units]);
  const teamIds = useMemo(() => teams.map((u) => u.id).sort(), [teams]);
  const [{ data: last }] = useQuery({
    query: TeamsLastVisitQuery,
    context,
    requestPolicy: 'cache-and-network',
  });
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CoverageQuery,
    variables: { from, to, teamIds },
    pause: units.length === 0,
    context,
    requestPolicy: 'cache-and-network',
  });
  const lastVisit = useMemo(
    () => new Map((last?.orgUnits ?? []).map((u) => [u.id, u.lastVisitedAt ?? null])),
    [last],
  );
  const coverage = data?.coverage;
  const visitsInPeriod = useMemo(
    () => new Map((coverage?.visited ?? []).map((v) => [v.team.id, v])),
    [coverage],
  );
  const counts = coverageCounts(teamIds, new Set(visitsInPeriod.keys()));
  const notVisited = teams.filter((u) => !visitsInPeriod.has(u.id));
  // Team names repeat across workshops (甲班, 乙班): show the unit above too.
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const withParent = (u: OrgUnitRow) => {
    const parent = u.parentId ? byId.get(u.parentId) : undefined;
    return parent ? `${parent.name} / ${u.name}` : u.name;
  };
  const federation = viewer.scopeTenant.kind === 'FEDERATION';

  const treeData = useMemo(() => {
    const teamsBelow = (node: UnitNode<OrgUnitRow>): OrgUnitRow[] =>
      node.unit.kind === 'TEAM' ? [node.unit] : node.children.flatMap(teamsBelow);
    const toItem = (node: UnitNode<OrgUnitRow>): TreeItem => {
      const unit = node.unit;
      const isTeam = unit.kind === 'TEAM';
      const lastAt = lastVisit.get(unit.id) ?? null;
      const recency = recencyOf(lastAt);
      const inPeriod = visitsInPeriod.get(unit.id);
      const below = teamsBelow(node);
      const visitedBelow = below.filter((u) => visitsInPeriod.has(u.id)).length;
      return {
        key: unit.id,
        title: isTeam ? (
          <span data-testid="coverage-team" data-team-id={unit.id} data-recency={recency}>
            <RecencyDot recency={recency} />
            {unit.name}
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {lastAt
                ? t('act.coverage.lastVisit', { date: formatDate(lastAt) })
                : t('act.coverage.neverVisited')}
              {inPeriod ? ` · ${t('act.coverage.visits', { count: inPeriod.visits })}` : ''}
            </Typography.Text>
          </span>
        ) : (
          <span>
            {unit.name}
            {below.length > 0 && (
              <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                {visitedBelow}/{below.length}
              </Typography.Text>
            )}
          </span>
        ),
        children: node.children.map(toItem),
      };
    };
    const roots = buildUnitTree(units);
    const tenantIds = [...new Set(roots.map((r) => r.unit.tenantId))];
    if (tenantIds.length <= 1) return roots.map(toItem);
    return tenantIds.map((tenantId) => ({
      key: `union:${tenantId}`,
      title: <strong>{unionNames.get(tenantId) ?? tenantId}</strong>,
      children: roots.filter((r) => r.unit.tenantId === tenantId).map(toItem),
    }));
  }, [units, unionNames, lastVisit, visitsInPeriod, t]);

  return (
    <Flex vertical gap={16}>
      <Card
        title={`${t('act.coverage.title')} · ${viewer.scopeTenant.name}`}
        extra={
          <DatePicker.RangePicker
            value={range}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
            presets={[
              { label: t('act.coverage.last30'), value: [dayjs().subtract(29, 'day'), dayjs()] },
              { label: t('act.coverage.last90'), value: [dayjs().subtract(89, 'day'), dayjs()] },
              { label: t('act.coverage.thisYear'), value: [dayjs().startOf('year'), dayjs()] },
            ]}
            data-testid="coverage-period"
          />
        }
      >
        {(error || unitsError) && (
          <QueryError
            error={(error ?? unitsError)!}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
          />
        )}
        <Flex gap={32} wrap data-testid="coverage-counts">
          <Statistic
            title={t('act.coverage.visited')}
            value={counts.visited}
            suffix={`/ ${counts.total}`}
            loading={fetching && !coverage}
            data-testid="coverage-visited"
          />
          <Statistic
            title={t('act.coverage.rate')}
            value={formatRate(counts.rate)}
            loading={fetching && !coverage}
            data-testid="coverage-rate"
          />
          <Progress
            type="circle"
            size={80}
            percent={Math.round((counts.rate ?? 0) * 100)}
            status={(counts.rate ?? 0) >= 0.8 ? 'success' : 'normal'}
          />
        </Flex>
        <Space wrap style={{ marginTop: 16 }}>
          <Typography.Text type="secondary">{t('act.coverage.legend')}</Typography.Text>
          {RECENCIES.map((r) => (
            <span key={r}>
              <RecencyDot recency={r} />
              {t(`act.coverage.${RECENCY_LABEL[r]}`)}
            </span>
          ))}
        </Space>
      </Card>

      <Flex gap={16} wrap>
        <Card title={t('act.coverage.tree')} style={{ flex: '2 1 420px' }} data-testid="coverage-tree">
          {treeData.length === 0 ? (
            <Empty />
          ) : (
            <Tree treeData={treeData} defaultExpandAll selectable={false} key={treeData.length} />
          )}
        </Card>
        <Card
          title={`${t('act.coverage.notVisitedTitle')}（${notVisited.length}）`}
          style={{ flex: '1 1 300px' }}
          data-testid="coverage-not-visited"
        >
          {coverage && notVisited.length === 0 ? (
            <Alert type="success" showIcon title={t('act.coverage.allVisited')} />
          ) : (
            <List
              size="small"
              dataSource={notVisited}
              renderItem={(u) => {
                const lastAt = lastVisit.get(u.id) ?? null;
                return (
                  <List.Item data-testid="not-visited-team" data-team-id={u.id}>
                    <span>
                      <RecencyDot recency={recencyOf(lastAt)} />
                      {withParent(u)}
                    </span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {lastAt ? formatDate(lastAt) : t('act.coverage.neverVisited')}
                    </Typography.Text>
                  </List.Item>
                );
              }}
            />
          )}
        </Card>
      </Flex>

      {federation && <UnionCoverage from={from} to={to} units={units} />}
    </Flex>
  );
}

/** For a federation: each child's figures, with teams counted from the members subgraph's units. */
function UnionCoverage({ from, to, units }: { from: string; to: string; units: OrgUnitRow[] }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [{ data, fetching, error }] = useQuery({
    query: TenantActivityStatsQuery,
    variables: { id: viewer.scopeTenant.id, from, to },
  });
  const [{ data: tree }] = useQuery({ query: TenantTreeQuery });
  const paths = useMemo(() => new Map((tree?.tenantTree ?? []).map((x) => [x.id, x.path])), [tree]);
  const teamsOf = (childId: string) => {
    const prefix = paths.get(childId);
    if (!prefix) return 0;
    return units.filter((u) => u.kind === 'TEAM' && (paths.get(u.tenantId) ?? '').startsWith(prefix)).length;
  };
  const rows = (data?.tenant.children ?? []).map((c) => {
    const total = teamsOf(c.id);
    return { ...c, teamsTotal: total, rate: total ? c.activityStats.teamsCovered / total : null };
  });
  return (
    <Card title={t('act.coverage.byUnion')} data-testid="coverage-unions">
      {error && <QueryError error={error} />}
      <Table
        rowKey="id"
        size="small"
        loading={fetching}
        pagination={false}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('act.coverage.union'), dataIndex: 'name' },
          {
            title: t('act.coverage.teamsCovered'),
            key: 'covered',
            align: 'right',
            render: (_: unknown, r) => `${r.activityStats.teamsCovered} / ${r.teamsTotal || '—'}`,
          },
          {
            title: t('act.coverage.rate'),
            key: 'rate',
            render: (_: unknown, r) =>
              r.rate === null ? (
                '—'
              ) : (
                <Progress percent={Math.round(r.rate * 100)} size="small" style={{ width: 160 }} />
              ),
          },
          {
            title: t('act.coverage.activitiesDone'),
            key: 'done',
            align: 'right',
            render: (_: unknown, r) => r.activityStats.activitiesDone,
          },
          {
            title: t('act.coverage.membersReached'),
            key: 'reached',
            align: 'right',
            render: (_: unknown, r) => r.activityStats.membersReached,
          },
        ]}
      />
    </Card>
  );
}
