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
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ACTIVITY_KINDS } from '../activities/model';
import { useActivityErrors } from '../activities/useActivityErrors';
import type { ActivityKind, CampaignFieldsFragment, CampaignTarget } from '../gql/graphql';
import { CampaignsQuery, CreateCampaignMutation, UpdateCampaignMutation } from '../graphql/activities';
import { TenantTreeQuery } from '../graphql/tenants';
import { FormModal } from '../layout/FormModal';
import { QueryError } from '../layout/QueryError';
import { isFederationOfficer, useViewer } from '../layout/viewer';
import { DATE_FORMAT, todayText } from '../lib/dates';

const context = { additionalTypenames: ['Campaign'] };

export function CampaignsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [activeOnly, setActiveOnly] = useState(false);
  const [editing, setEditing] = useState<CampaignFieldsFragment | 'new' | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CampaignsQuery,
    variables: { first: 50, activeOn: activeOnly ? todayText() : null },
    context,
  });
  const federation = viewer.scopeTenant.kind === 'FEDERATION';
  const canCreate = federation && isFederationOfficer(viewer);
  const campaigns = data?.campaigns.edges.map((e) => e.node) ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <Flex vertical gap={16}>
      <Card
        title={`${t('act.campaigns.title')} · ${viewer.scopeTenant.name}`}
        extra={
          <Space wrap>
            <Space>
              <Switch checked={activeOnly} onChange={setActiveOnly} size="small" />
              {t('act.campaigns.activeOnly')}
            </Space>
            {canCreate && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing('new')}
                data-testid="campaign-new"
              >
                {t('act.campaigns.new')}
              </Button>
            )}
          </Space>
        }
      >
        {error && <QueryError error={error} onRetry={reload} />}
        {!fetching && campaigns.length === 0 && <Empty description={t('act.campaigns.empty')} />}
        {fetching && campaigns.length === 0 && <Card loading />}
      </Card>
      {campaigns.map((c) => (
        <CampaignCard
          key={c.id}
          campaign={c}
          canEdit={canCreate && c.tenantId === viewer.scopeTenant.id}
          onEdit={() => setEditing(c)}
        />
      ))}
      {editing && (
        <CampaignFormModal
          campaign={editing === 'new' ? undefined : editing}
          onReload={reload}
          onClose={(saved) => {
            setEditing(null);
            if (saved) reload();
          }}
        />
      )}
    </Flex>
  );
}

function CampaignCard({
  campaign: c,
  canEdit,
  onEdit,
}: {
  campaign: CampaignFieldsFragment;
  canEdit: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const federation = viewer.scopeTenant.kind === 'FEDERATION';
  const [{ data: tree }] = useQuery({ query: TenantTreeQuery, pause: !federation });
  // Unions without a linked activity are not in `progress`: list them too, as not started.
  const rows = useMemo(() => {
    const listed = new Map(c.progress.map((p) => [p.tenant.id, p]));
    const unions = federation
      ? (tree?.tenantTree ?? []).filter(
          (x) =>
            x.kind === 'ENTERPRISE_UNION' &&
            x.path.startsWith((tree?.tenantTree ?? []).find((y) => y.id === c.tenantId)?.path ?? '\u0000'),
        )
      : [];
    const missing = unions
      .filter((u) => !listed.has(u.id))
      .map((u) => ({
        tenant: { id: u.id, name: u.name },
        activitiesDone: 0,
        activitiesPlanned: 0,
        membersReached: 0,
        headcount: 0,
        target: c.targetPerUnion,
        achieved: 0,
        rate: 0,
        notStarted: true,
      }));
    return [...c.progress.map((p) => ({ ...p, notStarted: false })), ...missing];
  }, [c, tree, federation]);
  const today = todayText();
  const running = c.startsOn <= today && today <= c.endsOn;

  return (
    <Card
      data-testid="campaign-card"
      data-campaign-id={c.id}
      title={
        <Space wrap>
          <span data-testid="campaign-name">{c.name}</span>
          <Tag color={running ? 'green' : undefined}>
            {c.startsOn} ~ {c.endsOn}
          </Tag>
        </Space>
      }
      extra={
        <Space>
          <Link to={`/activities?campaignId=${c.id}`}>{t('act.campaigns.activities')}</Link>
          {canEdit && (
            <Button size="small" icon={<EditOutlined />} onClick={onEdit}>
              {t('act.detail.edit')}
            </Button>
          )}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('act.campaigns.runBy', { name: c.tenant.name })} · {t(`act.campaigns.target.${c.targetKind}`)} ≥{' '}
        {c.targetPerUnion}
        {c.activityKind ? ` · ${t(`act.kind.${c.activityKind}`)}` : ''}
      </Typography.Paragraph>
      {c.description && <Typography.Paragraph>{c.description}</Typography.Paragraph>}
      <Typography.Title level={5}>
        {federation ? t('act.campaigns.progress') : t('act.campaigns.ownProgress')}
      </Typography.Title>
      <Table
        rowKey={(r) => r.tenant.id}
        size="small"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('act.campaigns.noProgress') }}
        scroll={{ x: 'max-content' }}
        data-testid="campaign-progress"
        columns={[
          { title: t('act.coverage.union'), key: 'union', render: (_: unknown, r) => r.tenant.name },
          {
            title: t(`act.campaigns.target.${c.targetKind}`),
            key: 'progress',
            render: (_: unknown, r) => (
              <Space>
                <Progress
                  percent={Math.min(100, Math.round(r.rate * 100))}
                  size="small"
                  style={{ width: 160 }}
                  status={r.rate >= 1 ? 'success' : 'active'}
                />
                <span data-testid="campaign-achieved">
                  {r.notStarted
                    ? t('act.campaigns.notStarted')
                    : t('act.campaigns.achieved', { achieved: r.achieved, target: r.target })}
                </span>
              </Space>
            ),
          },
          { title: t('act.coverage.activitiesDone'), dataIndex: 'activitiesDone', align: 'right' },
          {
            title: '',
            key: 'planned',
            render: (_: unknown, r) =>
              r.activitiesPlanned ? t('act.campaigns.planned', { count: r.activitiesPlanned }) : '',
          },
          { title: t('act.coverage.membersReached'), dataIndex: 'membersReached', align: 'right' },
        ]}
      />
    </Card>
  );
}

interface Values {
  name: string;
  description?: string;
  activityKind?: ActivityKind | null;
  period: [Dayjs, Dayjs];
  targetKind: CampaignTarget;
  targetPerUnion: number;
}

function CampaignFormModal({
  campaign,
  onClose,
  onReload,
}: {
  campaign?: CampaignFieldsFragment;
  onClose: (saved: boolean) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { formError, conflict, showError, clearError } = useActivityErrors(form, onReload);
  const [{ fetching: creating }, create] = useMutation(CreateCampaignMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateCampaignMutation);
  const onFinish = async (v: Values) => {
    clearError();
    const common = {
      name: v.name.trim(),
      description: v.description?.trim() || undefined,
      activityKind: v.activityKind ?? undefined,
      startsOn: v.period[0].format(DATE_FORMAT),
      endsOn: v.period[1].format(DATE_FORMAT),
      targetKind: v.targetKind,
      targetPerUnion: v.targetPerUnion,
    };
    const result = campaign
      ? await update({ input: { id: campaign.id, version: campaign.version, ...common } })
      : await create({ input: common });
    if (result.error) return showError(result.error);
    onClose(true);
  };
  return (
    <FormModal<Values>
      title={campaign ? t('act.campaigns.editTitle') : t('act.campaigns.createTitle')}
      form={form}
      onFinish={onFinish}
      onCancel={() => onClose(false)}
      loading={creating || updating}
      error={formError}
      conflict={conflict}
      onReload={onReload}
      testId="campaign-form"
      initialValues={
        campaign
          ? {
              name: campaign.name,
              description: campaign.description ?? undefined,
              activityKind: campaign.activityKind ?? undefined,
              period: [dayjs(campaign.startsOn), dayjs(campaign.endsOn)],
              targetKind: campaign.targetKind,
              targetPerUnion: campaign.targetPerUnion,
            }
          : { targetKind: 'ACTIVITIES', targetPerUnion: 1, period: [dayjs(), dayjs().add(1, 'month')] }
      }
    >
      <Form.Item
        name="name"
        label={t('act.campaigns.name')}
        rules={[{ required: true, whitespace: true, message: t('act.form.required') }]}
      >
        <Input maxLength={200} data-testid="campaign-name-input" />
      </Form.Item>
      <Form.Item name="description" label={t('act.campaigns.description')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="period" label={t('act.campaigns.period')} rules={[{ required: true }]}>
        <DatePicker.RangePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="activityKind" label={t('act.campaigns.activityKind')}>
        <Select allowClear options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`act.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="targetKind" label={t('act.campaigns.targetKind')}>
        <Select
          options={(['ACTIVITIES', 'MEMBERS_REACHED'] as const).map((k) => ({
            value: k,
            label: t(`act.campaigns.target.${k}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="targetPerUnion" label={t('act.campaigns.targetPerUnion')} rules={[{ required: true }]}>
        <InputNumber min={1} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
