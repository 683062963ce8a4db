import { CheckOutlined, ThunderboltOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  InputNumber,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useActivityErrors } from '../activities/useActivityErrors';
import type { VisitTaskFieldsFragment, VisitTaskStatus } from '../gql/graphql';
import {
  CompleteVisitTaskMutation,
  GenerateVisitTasksMutation,
  HardshipMembersQuery,
  UpdateVisitTaskMutation,
  VisitsForTaskQuery,
  VisitTasksQuery,
} from '../graphql/activities';
import { CursorPager } from '../layout/CursorPager';
import { FormError } from '../layout/FormError';
import { QueryError } from '../layout/QueryError';
import { UnionScopeHint } from '../layout/UnionScopeHint';
import { actsOnUnion, useViewer } from '../layout/viewer';
import { formatDateMinutes } from '../lib/format';
import { errorMessage } from '../lib/graphqlErrors';
import { useCursorPages } from '../lib/useCursorPages';

const context = { additionalTypenames: ['VisitTask'] };
type Tab = 'OPEN' | 'DONE';

export function VisitTasksPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { message } = App.useApp();
  const [mine, setMine] = useState(false);
  const [tab, setTab] = useState<Tab>('OPEN');
  const [completing, setCompleting] = useState<VisitTaskFieldsFragment | null>(null);
  const [generating, setGenerating] = useState(false);
  const pages = useCursorPages(`${mine}-${tab}`);
  const statuses: VisitTaskStatus[] = tab === 'OPEN' ? ['OPEN'] : ['DONE', 'CANCELLED'];
  const [{ data, fetching, error }, refetch] = useQuery({
    query: VisitTasksQuery,
    variables: { first: 20, after: pages.after, filter: { mine, statuses } },
    context,
  });
  const [, update] = useMutation(UpdateVisitTaskMutation);
  const connection = data?.visitTasks;
  const union = actsOnUnion(viewer);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <Card
      title={`${t('act.tasks.title')} · ${viewer.scopeTenant.name}`}
      extra={
        union && (
          <Button
            icon={<UsergroupAddOutlined />}
            onClick={() => setGenerating(true)}
            data-testid="tasks-generate"
          >
            {t('act.tasks.generate')}
          </Button>
        )
      }
    >
      <UnionScopeHint />
      <Space wrap style={{ marginBottom: 12 }}>
        <Radio.Group
          optionType="button"
          value={mine ? 'mine' : 'all'}
          onChange={(e) => setMine(e.target.value === 'mine')}
          options={[
            { value: 'mine', label: t('act.tasks.mine') },
            { value: 'all', label: t('act.tasks.all') },
          ]}
          data-testid="tasks-scope"
        />
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as Tab)}
        items={[
          { key: 'OPEN', label: t('act.status.PLANNED') },
          { key: 'DONE', label: t('act.tasks.done') },
        ]}
      />
      {error && <QueryError error={error} onRetry={reload} />}
      <Table<VisitTaskFieldsFragment>
        rowKey="id"
        size="small"
        loading={fetching}
        pagination={false}
        data-testid="visit-tasks"
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        locale={{ emptyText: t('act.tasks.empty') }}
        scroll={{ x: 'max-content' }}
        rowClassName={(task) => (task.overdue ? 'task-overdue' : '')}
        columns={[
          {
            title: t('act.tasks.due'),
            dataIndex: 'dueOn',
            render: (due: string, task) => (
              <Space size={4}>
                <span>{due}</span>
                {task.overdue && (
                  <Tag color="red" data-testid="task-overdue">
                    {t('act.tasks.overdue')}
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            title: t('act.tasks.target'),
            key: 'target',
            render: (_: unknown, task) =>
              task.member ? (
                <Space size={4} wrap>
                  <Link to={`/members/${task.member.id}`}>{task.member.name}</Link>
                  <Typography.Text type="secondary">{task.member.orgUnit?.name}</Typography.Text>
                </Space>
              ) : (
                (task.team?.name ?? '—')
              ),
          },
          {
            title: t('act.tasks.reason'),
            dataIndex: 'reason',
            render: (r: VisitTaskFieldsFragment['reason']) => <Tag>{t(`act.visitReason.${r}`)}</Tag>,
          },
          { title: t('act.field.notes'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
          {
            title: t('act.tasks.assignee'),
            dataIndex: 'assigneeName',
            render: (v: string | null) =>
              v ?? <Typography.Text type="secondary">{t('act.tasks.unassigned')}</Typography.Text>,
          },
          {
            title: '',
            key: 'actions',
            render: (_: unknown, task) =>
              task.status === 'OPEN' ? (
                union && (
                  <Space>
                    <Button
                      size="small"
                      type="primary"
                      icon={<CheckOutlined />}
                      onClick={() => setCompleting(task)}
                      data-testid="task-complete"
                    >
                      {t('act.tasks.complete')}
                    </Button>
                    <Popconfirm
                      title={t('act.tasks.cancelConfirm')}
                      onConfirm={async () => {
                        const result = await update({
                          input: { id: task.id, version: task.version, cancel: true },
                        });
                        if (result.error) message.error(errorMessage(result.error, t));
                        else reload();
                      }}
                    >
                      <Button size="small" type="link" danger>
                        {t('act.tasks.cancelTask')}
                      </Button>
                    </Popconfirm>
                  </Space>
                )
              ) : task.doneActivity ? (
                <Link to={`/activities/${task.doneActivity.id}`}>
                  {t('act.tasks.doneBy', { title: task.doneActivity.title })}
                </Link>
              ) : (
                <Tag>{t(`act.status.${task.status === 'CANCELLED' ? 'CANCELLED' : 'DONE'}`)}</Tag>
              ),
          },
        ]}
      />
      <CursorPager
        totalCount={connection?.totalCount}
        page={pages.page}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        loading={fetching}
        onPrevious={pages.previous}
        onNext={() => pages.next(connection?.pageInfo.endCursor ?? null)}
      />
      {completing && (
        <CompleteModal
          task={completing}
          onClose={(done) => {
            setCompleting(null);
            if (done) reload();
          }}
        />
      )}
      {generating && (
        <GenerateModal
          onClose={(done) => {
            setGenerating(false);
            if (done) reload();
          }}
        />
      )}
    </Card>
  );
}

function CompleteModal({
  task,
  onClose,
}: {
  task: VisitTaskFieldsFragment;
  onClose: (done: boolean) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [activityId, setActivityId] = useState<string>();
  const filter = {
    statuses: ['DONE' as const],
    ...(task.memberId ? { memberId: task.memberId } : { teamId: task.teamId ?? undefined }),
  };
  const [{ data, fetching }] = useQuery({ query: VisitsForTaskQuery, variables: { filter } });
  const { formError, conflict, showError, clearError } = useActivityErrors(null, () => onClose(false));
  const [{ fetching: saving }, complete] = useMutation(CompleteVisitTaskMutation);
  const visits = data?.activities.edges.map((e) => e.node) ?? [];
  const save = async () => {
    if (!activityId) return;
    clearError();
    const result = await complete({ input: { id: task.id, version: task.version, activityId } });
    if (result.error) return showError(result.error);
    message.success(t('act.tasks.completed'));
    onClose(true);
  };
  return (
    <Modal
      open
      title={t('act.tasks.completeTitle')}
      onCancel={() => onClose(false)}
      onOk={save}
      confirmLoading={saving}
      okButtonProps={{ disabled: !activityId, 'data-testid': 'task-complete-ok' }}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
    >
      <FormError error={formError} conflict={conflict} />
      <Typography.Paragraph>
        {task.member?.name ?? task.team?.name} · {t(`act.visitReason.${task.reason}`)}
      </Typography.Paragraph>
      {!fetching && visits.length === 0 ? (
        <Alert
          type="info"
          showIcon
          title={t('act.tasks.noVisits')}
          action={
            <Link to="/activities/new-visit">
              <Button size="small" icon={<ThunderboltOutlined />}>
                {t('act.tasks.recordVisit')}
              </Button>
            </Link>
          }
        />
      ) : (
        <Select
          style={{ width: '100%' }}
          loading={fetching}
          placeholder={t('act.tasks.pickVisit')}
          value={activityId}
          onChange={setActivityId}
          options={visits.map((v) => ({ value: v.id, label: `${formatDateMinutes(v.startsAt)} ${v.title}` }))}
          data-testid="task-visit"
        />
      )}
    </Modal>
  );
}

function GenerateModal({ onClose }: { onClose: (done: boolean) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [days, setDays] = useState(30);
  const [{ data, fetching, error }] = useQuery({ query: HardshipMembersQuery, variables: {} });
  const [{ fetching: saving, error: saveError }, generate] = useMutation(GenerateVisitTasksMutation);
  const members = data?.members.edges.map((e) => e.node) ?? [];
  const save = async () => {
    const result = await generate({
      input: { reason: 'HARDSHIP', memberIds: members.map((m) => m.id), dueInDays: days },
    });
    if (result.error || !result.data) return;
    const { created, skipped } = result.data.generateVisitTasks;
    message.success(t('act.tasks.generated', { created: created.length, skipped }));
    onClose(true);
  };
  return (
    <Modal
      open
      title={t('act.tasks.generateTitle')}
      onCancel={() => onClose(false)}
      onOk={save}
      confirmLoading={saving}
      okButtonProps={{ disabled: fetching || members.length === 0, 'data-testid': 'tasks-generate-ok' }}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
    >
      {error && <QueryError error={error} />}
      {saveError && (
        <Alert type="error" showIcon title={errorMessage(saveError, t)} style={{ marginBottom: 12 }} />
      )}
      <Typography.Paragraph data-testid="tasks-generate-count">
        {t('act.tasks.generateHint', { count: data?.members.totalCount ?? 0 })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ maxHeight: 120, overflow: 'auto' }}>
        {members.map((m) => m.name).join('、')}
      </Typography.Paragraph>
      <Space>
        <span>{t('act.tasks.dueInDays')}</span>
        <InputNumber min={1} max={365} value={days} onChange={(v) => setDays(v ?? 30)} />
      </Space>
    </Modal>
  );
}
