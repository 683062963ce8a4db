import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ActivityFieldsFragment, ActivityKind, ActivityStatus } from '../gql/graphql';
import {
  ActivityKindsQuery,
  CampaignChoicesQuery,
  CreateActivityMutation,
  UpdateActivityMutation,
} from '../graphql/activities';
import { FormModal } from '../layout/FormModal';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES } from './model';
import { customKindChoices, kindChanges } from './plans';
import { type TeamChoice, TeamSelect } from './TeamSelect';
import { useActivityErrors } from './useActivityErrors';

interface Values {
  kind: ActivityKind;
  customKindId?: string;
  title: string;
  time: [Dayjs, Dayjs | null];
  place?: string;
  status: ActivityStatus;
  notes?: string;
  headcount?: number | null;
  teams?: TeamChoice[];
  campaignId?: string | null;
  photos?: { url: string; caption?: string }[];
}

interface Props {
  /** Edit this activity; without it, create one. */
  activity?: ActivityFieldsFragment;
  onDone: (id: string) => void;
  onCancel: () => void;
  onReload?: () => void;
}

const empty = (v: string | undefined | null) => (v?.trim() ? v.trim() : undefined);
// Kinds added on the settings page show up here without a reload.
const kindsContext = { additionalTypenames: ['ActivityKindDef'] };

/** Create or edit an activity: kind, title, time, place, status, teams, campaign, photo links. */
export function ActivityFormModal({ activity, onDone, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const { formError, conflict, showError, clearError } = useActivityErrors(form, onReload);
  const [{ fetching: creating }, create] = useMutation(CreateActivityMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateActivityMutation);
  const [{ data: kinds, fetching: kindsLoading }] = useQuery({
    query: ActivityKindsQuery,
    context: kindsContext,
  });
  const kindChoices = customKindChoices(
    kinds?.activityKinds ?? [],
    activity ? { id: activity.customKindId, name: activity.customKind } : undefined,
  );
  const [{ data: campaigns }] = useQuery({ query: CampaignChoicesQuery });

  const initialValues: Partial<Values> = activity
    ? {
        kind: activity.kind,
        customKindId: activity.customKindId ?? undefined,
        title: activity.title,
        time: [dayjs(activity.startsAt), activity.endsAt ? dayjs(activity.endsAt) : null],
        place: activity.place ?? undefined,
        status: activity.status,
        notes: activity.notes ?? undefined,
        headcount: activity.headcount ?? undefined,
        teams: activity.teamVisits.map((v) => ({ id: v.teamId, name: v.teamName })),
        campaignId: activity.campaignId ?? null,
        photos: activity.photos.map((p) => ({ url: p.url, caption: p.caption ?? undefined })),
      }
    : { kind: 'FRONTLINE_VISIT', status: 'PLANNED', time: [dayjs().startOf('hour'), null], teams: [] };

  const onFinish = async (values: Values) => {
    clearError();
    const common = {
      kind: values.kind,
      customKindId: values.kind === 'OTHER' ? (values.customKindId ?? null) : null,
      title: values.title.trim(),
      startsAt: values.time[0].toISOString(),
      endsAt: values.time[1] ? values.time[1].toISOString() : null,
      place: empty(values.place) ?? null,
      status: values.status,
      notes: empty(values.notes) ?? null,
      headcount: values.headcount ?? null,
      teams: (values.teams ?? []).map((team) => ({ id: team.id, name: team.name })),
      campaignId: values.campaignId ?? null,
      photos: (values.photos ?? [])
        .filter((p) => p?.url?.trim())
        .map((p) => ({ url: p.url.trim(), caption: empty(p.caption) ?? null })),
    };
    if (activity) {
      const { kind: _kind, customKindId: _customKindId, ...rest } = common;
      const input = {
        id: activity.id,
        version: activity.version,
        ...rest,
        ...kindChanges(activity, { kind: values.kind, customKindId: values.customKindId }),
      };
      const result = await update({ input });
      if (result.error) return showError(result.error);
      onDone(activity.id);
    } else {
      const { customKindId, endsAt, place, notes, headcount, campaignId, ...rest } = common;
      const input = {
        ...rest,
        ...(customKindId ? { customKindId } : {}),
        ...(endsAt ? { endsAt } : {}),
        ...(place ? { place } : {}),
        ...(notes ? { notes } : {}),
        ...(headcount !== null ? { headcount } : {}),
        ...(campaignId ? { campaignId } : {}),
      };
      const result = await create({ input });
      if (result.error || !result.data) return result.error && showError(result.error);
      onDone(result.data.createActivity.id);
    }
  };

  return (
    <FormModal<Values>
      title={activity ? t('act.form.editTitle') : t('act.form.createTitle')}
      form={form}
      onFinish={onFinish}
      onCancel={onCancel}
      loading={creating || updating}
      error={formError}
      conflict={conflict}
      onReload={onReload}
      initialValues={initialValues}
      testId="activity-form"
    >
      <Form.Item name="kind" label={t('act.field.kind')} rules={[{ required: true }]}>
        <Select
          data-testid="activity-kind"
          options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`act.kind.${k}`) }))}
        />
      </Form.Item>
      {kind === 'OTHER' && (
        <Form.Item
          name="customKindId"
          label={t('act.field.customKind')}
          rules={[{ required: true, message: t('act.kinds.pickOne') }]}
          extra={
            !kindsLoading && kindChoices.length === 0 ? (
              <Typography.Text type="secondary" data-testid="activity-custom-kind-none">
                {t('act.kinds.noneYet')} <Link to="/activities/settings">{t('act.kinds.manage')}</Link>
              </Typography.Text>
            ) : undefined
          }
        >
          <Select
            data-testid="activity-custom-kind"
            classNames={{ popup: { root: 'custom-kind-popup' } }}
            loading={kindsLoading}
            options={kindChoices}
          />
        </Form.Item>
      )}
      <Form.Item
        name="title"
        label={t('act.field.title')}
        rules={[{ required: true, whitespace: true, message: t('act.form.required') }]}
      >
        <Input data-testid="activity-title" maxLength={200} />
      </Form.Item>
      <Form.Item name="time" label={t('act.field.time')} rules={[{ required: true }]}>
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          allowEmpty={[false, true]}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item name="place" label={t('act.field.place')}>
        <Input data-testid="activity-place" maxLength={200} />
      </Form.Item>
      <Form.Item name="status" label={t('act.field.status')}>
        <Select
          data-testid="activity-status"
          options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`act.status.${s}`) }))}
        />
      </Form.Item>
      <Form.Item name="teams" label={t('act.field.teams')}>
        <TeamSelect data-testid="activity-teams" />
      </Form.Item>
      <Form.Item name="campaignId" label={t('act.field.campaign')}>
        <Select
          allowClear
          data-testid="activity-campaign"
          placeholder={t('act.form.noCampaign')}
          classNames={{ popup: { root: 'campaign-select-popup' } }}
          options={(campaigns?.campaigns.edges ?? []).map(({ node }) => ({
            value: node.id,
            label: `${node.name}（${node.startsOn} ~ ${node.endsOn}）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="headcount" label={t('act.field.headcount')}>
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="notes" label={t('act.field.notes')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.List name="photos">
        {(fields, { add, remove }) => (
          <Form.Item label={t('act.field.photos')}>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={[field.name, 'url']} rules={[{ type: 'url' }]}>
                  <Input placeholder={t('act.field.photoUrl')} />
                </Form.Item>
                <Form.Item name={[field.name, 'caption']}>
                  <Input placeholder={t('act.field.photoCaption')} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
              {t('act.form.addPhoto')}
            </Button>
          </Form.Item>
        )}
      </Form.List>
    </FormModal>
  );
}
