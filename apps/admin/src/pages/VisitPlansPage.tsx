import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Progress,
  Select,
  Space,
  Statistic,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PlanTeamsSelect } from '../activities/PlanTeamsSelect';
import {
  createPlanInput,
  PERIOD_KINDS,
  type PlanFormValues,
  periodLabel,
  periodStart,
  planFormValues,
  progressRows,
  updatePlanInput,
} from '../activities/plans';
import { useActivityErrors } from '../activities/useActivityErrors';
import type { VisitPlanFieldsFragment } from '../gql/graphql';
import {
  CreateVisitPlanMutation,
  UpdateVisitPlanMutation,
  VisitPlanProgressQuery,
  VisitPlansQuery,
} from '../graphql/activities';
import { FormModal } from '../layout/FormModal';
import { QueryError } from '../layout/QueryError';
import { UnionScopeHint } from '../layout/UnionScopeHint';
import { actsOnUnion, useViewer } from '../layout/viewer';
import { type OrgUnitRow, useOrgUnits } from '../orgUnits/useOrgUnits';

const context = { additionalTypenames: ['VisitPlan'] };
const progressContext = { additionalTypenames: ['VisitPlan', 'Activity'] };

export function VisitPlansPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const canEdit = actsOnUnion(viewer);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<VisitPlanFieldsFragment | 'new' | null>(null);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: VisitPlansQuery,
    variables: { includeInactive },
    context,
  });
  const plans = data?.visitPlans ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // The chosen plan's progress, or the first active plan's.
  const shown = plans.find((p) => p.id === chosenId) ?? plans.find((p) => p.active) ?? plans[0];

  return (
    <Flex vertical gap={16}>
      <UnionScopeHint />
      <Card
        title={`${t('act.plans.title')} · ${viewer.scopeTenant.name}`}
        extra={
          <Space wrap>
            <Space>
              <Switch
                checked={includeInactive}
                onChange={setIncludeInactive}
                size="small"
                data-testid="visit-plans-inactive"
              />
              {t('act.plans.includeInactive')}
            </Space>
            <Link to="/activities/settings">{t('act.kinds.title')}</Link>
            {canEdit && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing('new')}
                data-testid="visit-plan-new"
              >
                {t('act.plans.new')}
              </Button>
            )}
          </Space>
        }
      >
        {error && <QueryError error={error} onRetry={reload} />}
        <Table
          rowKey="id"
          size="small"
          loading={fetching}
          pagination={false}
          dataSource={plans}
          data-testid="visit-plans-table"
          locale={{ emptyText: <Empty description={t('act.plans.empty')} /> }}
          scroll={{ x: 'max-content' }}
          rowClassName={(p) => (p.id === shown?.id ? 'ant-table-row-selected' : '')}
          onRow={(p) => ({ 'data-testid': 'visit-plan-row', 'data-plan-id': p.id }) as object}
          columns={[
            {
              title: t('act.plans.name'),
              dataIndex: 'name',
              render: (name: string, p) => (
                <Typography.Link onClick={() => setChosenId(p.id)} data-testid="visit-plan-show">
                  {name}
                </Typography.Link>
              ),
            },
            {
              title: t('act.plans.periodKind'),
              dataIndex: 'periodKind',
              render: (k: VisitPlanFieldsFragment['periodKind']) => t(`act.plans.period.${k}`),
            },
            { title: t('act.plans.targetPerTeam'), dataIndex: 'targetPerTeam', align: 'right' },
            {
              title: t('act.plans.teams'),
              key: 'teams',
              align: 'right',
              render: (_: unknown, p) => p.teamIds.length,
            },
            {
              title: t('act.plans.dates'),
              key: 'dates',
              render: (_: unknown, p) => `${p.startsOn} ~ ${p.endsOn ?? t('act.plans.openEnded')}`,
            },
            {
              title: '',
              dataIndex: 'active',
              render: (active: boolean) =>
                active ? (
                  <Tag color="green">{t('act.plans.active')}</Tag>
                ) : (
                  <Tag>{t('act.plans.inactive')}</Tag>
                ),
            },
            ...(canEdit
              ? [
                  {
                    title: '',
                    key: 'edit',
                    render: (_: unknown, p: VisitPlanFieldsFragment) => (
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        onClick={() => setEditing(p)}
                        data-testid="visit-plan-edit"
                      >
                        {t('act.detail.edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {shown && <PlanProgressCard key={shown.id} plan={shown} />}
      {editing && (
        <PlanFormModal
          plan={editing === 'new' ? undefined : editing}
          onReload={reload}
          onClose={(savedId) => {
            setEditing(null);
            if (savedId) {
              setChosenId(savedId);
              reload();
            }
          }}
        />
      )}
    </Flex>
  );
}

/** Visits per team in the current (or a chosen) month or quarter, teams behind first. */
function PlanProgressCard({ plan }: { plan: VisitPlanFieldsFragment }) {
  const { t } = useTranslation();
  const [day, setDay] = useState<Dayjs | null>(null);
  const { units } = useOrgUnits();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: VisitPlanProgressQuery,
    variables: { planId: plan.id, on: day ? periodStart(plan.periodKind, day) : null },
    context: progressContext,
    requestPolicy: 'cache-and-network',
  });
  const progress = data?.visitPlanProgress;
  // Team names repeat across workshops (甲班, 乙班): show the unit above too.
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const withParent = (id: string) => {
    const u: OrgUnitRow | undefined = byId.get(id);
    if (!u) return undefined;
    const parent = u.parentId ? byId.get(u.parentId) : undefined;
    return parent ? `${parent.name} / ${u.name}` : u.name;
  };
  const rows = progressRows(progress?.teams ?? [], withParent);
  const rate = progress?.teamsTotal ? progress.teamsMet / progress.teamsTotal : 0;

  return (
    <Card
      data-testid="plan-progress"
      data-plan-id={plan.id}
      title={
        <Space wrap>
          {t('act.plans.progressOf', { name: plan.name })}
          {progress && (
            <Tag data-testid="plan-progress-period">
              {periodLabel(plan.periodKind, progress.from)} · {progress.from} ~ {progress.to}
            </Tag>
          )}
        </Space>
      }
      extra={
        <DatePicker
          picker={plan.periodKind === 'QUARTER' ? 'quarter' : 'month'}
          value={day}
          onChange={(v) => setDay(v)}
          placeholder={t('act.plans.currentPeriod')}
          data-testid="plan-progress-picker"
        />
      }
    >
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <Flex gap={32} wrap align="center" style={{ marginBottom: 16 }}>
        <Statistic
          title={t('act.plans.teamsMet')}
          value={progress?.teamsMet ?? 0}
          suffix={`/ ${progress?.teamsTotal ?? 0}`}
          loading={fetching && !progress}
          data-testid="plan-teams-met"
          data-value={progress ? `${progress.teamsMet}/${progress.teamsTotal}` : undefined}
        />
        <Progress
          type="circle"
          size={80}
          percent={Math.round(rate * 100)}
          status={progress && progress.teamsMet === progress.teamsTotal ? 'success' : 'normal'}
        />
        <Typography.Text type="secondary">
          {t('act.plans.targetLine', {
            count: plan.targetPerTeam,
            period: t(`act.plans.per.${plan.periodKind}`),
          })}
        </Typography.Text>
      </Flex>
      <Table
        rowKey="teamId"
        size="small"
        loading={fetching && !progress}
        pagination={false}
        dataSource={rows}
        data-testid="plan-progress-table"
        locale={{ emptyText: t('act.plans.noTeams') }}
        scroll={{ x: 'max-content' }}
        onRow={(r) =>
          ({
            'data-testid': 'plan-progress-team',
            'data-team-id': r.teamId,
            'data-met': String(r.met),
          }) as object
        }
        columns={[
          { title: t('act.field.team'), dataIndex: 'name' },
          {
            title: t('act.plans.visits'),
            key: 'visits',
            render: (_: unknown, r) => (
              <Space>
                <Progress
                  percent={Math.min(100, Math.round((r.visits / Math.max(1, r.target)) * 100))}
                  size="small"
                  showInfo={false}
                  style={{ width: 120 }}
                  status={r.met ? 'success' : 'active'}
                />
                <span data-testid="plan-team-visits">
                  {t('act.plans.visitsOf', { visits: r.visits, target: r.target })}
                </span>
              </Space>
            ),
          },
          {
            title: '',
            dataIndex: 'met',
            render: (met: boolean) =>
              met ? (
                <Tag color="green" data-testid="plan-team-met">
                  {t('act.plans.met')}
                </Tag>
              ) : (
                <Tag color="red" data-testid="plan-team-met">
                  {t('act.plans.notMet')}
                </Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}

function PlanFormModal({
  plan,
  onClose,
  onReload,
}: {
  plan?: VisitPlanFieldsFragment;
  onClose: (savedId: string | null) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PlanFormValues>();
  const { formError, conflict, showError, clearError } = useActivityErrors(
    form,
    onReload,
    t('act.plans.conflict'),
  );
  const [{ fetching: creating }, create] = useMutation(CreateVisitPlanMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateVisitPlanMutation);
  const onFinish = async (values: PlanFormValues) => {
    clearError();
    if (plan) {
      const result = await update({ input: updatePlanInput(plan, values) });
      if (result.error) return showError(result.error);
      onClose(plan.id);
    } else {
      const result = await create({ input: createPlanInput(values) });
      if (result.error || !result.data) return result.error && showError(result.error);
      onClose(result.data.createVisitPlan.id);
    }
  };
  return (
    <FormModal<PlanFormValues>
      title={plan ? t('act.plans.editTitle') : t('act.plans.createTitle')}
      form={form}
      onFinish={onFinish}
      onCancel={() => onClose(null)}
      loading={creating || updating}
      error={formError}
      conflict={conflict}
      onReload={onReload}
      initialValues={planFormValues(plan)}
      testId="visit-plan-form"
    >
      <Form.Item
        name="name"
        label={t('act.plans.name')}
        rules={[{ required: true, whitespace: true, message: t('act.form.required') }]}
      >
        <Input maxLength={80} data-testid="plan-name" />
      </Form.Item>
      <Space align="start" wrap>
        <Form.Item name="periodKind" label={t('act.plans.periodKind')} rules={[{ required: true }]}>
          <Select
            style={{ width: 160 }}
            data-testid="plan-period-kind"
            options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`act.plans.period.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="targetPerTeam"
          label={t('act.plans.targetPerTeam')}
          rules={[{ required: true, message: t('act.form.required') }]}
        >
          <InputNumber min={1} max={100} precision={0} style={{ width: 160 }} data-testid="plan-target" />
        </Form.Item>
      </Space>
      <Form.Item
        name="teamIds"
        label={t('act.plans.teams')}
        extra={t('act.plans.teamsHint')}
        rules={[{ required: true, type: 'array', min: 1, message: t('act.plans.needTeam') }]}
      >
        <PlanTeamsSelect data-testid="plan-teams" />
      </Form.Item>
      <Space align="start" wrap>
        <Form.Item
          name="startsOn"
          label={t('act.plans.startsOn')}
          rules={[{ required: true, message: t('act.form.required') }]}
        >
          <DatePicker data-testid="plan-starts-on" />
        </Form.Item>
        <Form.Item name="endsOn" label={t('act.plans.endsOn')} extra={t('act.plans.endsOnHint')}>
          <DatePicker data-testid="plan-ends-on" />
        </Form.Item>
      </Space>
      {plan && (
        <Form.Item name="active" label={t('act.plans.activeLabel')} valuePropName="checked">
          <Switch data-testid="plan-active" />
        </Form.Item>
      )}
    </FormModal>
  );
}
