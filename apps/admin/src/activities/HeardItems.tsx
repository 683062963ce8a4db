import { CheckOutlined, PlusOutlined, SolutionOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Form, Input, List, Select, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { CaseStatusTag } from '../cases/CaseTags';
import type { ActivityFieldsFragment, HeardItemFieldsFragment, HeardItemKind } from '../gql/graphql';
import {
  AddHeardItemMutation,
  OpenCaseFromHeardItemMutation,
  UpdateHeardItemMutation,
} from '../graphql/activities';
import { FormModal } from '../layout/FormModal';
import { formatDateMinutes } from '../lib/format';
import { HeardKindTag } from './ActivityTags';
import { HEARD_KINDS, type RosterMember } from './model';
import { useActivityErrors } from './useActivityErrors';

type Priority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
const PRIORITIES: Priority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

interface Props {
  activity: ActivityFieldsFragment;
  /** Members to name as the source (the teams' members), when known. */
  members: RosterMember[];
  canEdit: boolean;
  onReload: () => void;
}

/** What was heard on the activity, each with its case (number + status) or a button to open one. */
export function HeardItems({ activity, members, canEdit, onReload }: Props) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [opening, setOpening] = useState<HeardItemFieldsFragment | null>(null);
  const [resolving, setResolving] = useState<HeardItemFieldsFragment | null>(null);
  const teams = activity.teamVisits;
  return (
    <>
      <List
        data-testid="heard-items"
        dataSource={activity.heardItems}
        locale={{ emptyText: <Empty description={t('act.detail.noHeard')} /> }}
        renderItem={(item) => (
          <List.Item
            data-testid="heard-item"
            data-item-id={item.id}
            actions={
              canEdit
                ? [
                    !item.caseId && (
                      <Button
                        key="case"
                        size="small"
                        type="primary"
                        ghost
                        icon={<SolutionOutlined />}
                        onClick={() => setOpening(item)}
                        data-testid="heard-open-case"
                      >
                        {t('act.detail.openCase')}
                      </Button>
                    ),
                    !item.resolvedOnSpot && !item.caseId && (
                      <Button
                        key="resolve"
                        size="small"
                        icon={<CheckOutlined />}
                        onClick={() => setResolving(item)}
                        data-testid="heard-resolve"
                      >
                        {t('act.detail.markResolved')}
                      </Button>
                    ),
                  ].filter(Boolean)
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap size={[8, 4]}>
                  <HeardKindTag kind={item.kind} />
                  {item.members.map((m) => (
                    <Link key={m.id} to={`/members/${m.id}`}>
                      {m.name}
                    </Link>
                  ))}
                  {item.teamId && (
                    <Typography.Text type="secondary">
                      {teams.find((v) => v.teamId === item.teamId)?.teamName}
                    </Typography.Text>
                  )}
                  {item.caseId && (
                    <Link to={`/cases/${item.caseId}`} data-testid="heard-case">
                      <Space size={4}>
                        <span data-testid="heard-case-number">{item.case?.number ?? item.caseNumber}</span>
                        {item.case && <CaseStatusTag status={item.case.status} testId="heard-case-status" />}
                      </Space>
                    </Link>
                  )}
                  {item.resolvedOnSpot && (
                    <Tag color="green" data-testid="heard-resolved">
                      {t('act.detail.resolvedOnSpot')}
                    </Tag>
                  )}
                  {!item.caseId && !item.resolvedOnSpot && <Tag>{t('act.detail.open')}</Tag>}
                </Space>
              }
              description={
                <>
                  <Typography.Paragraph
                    style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}
                    data-testid="heard-note"
                  >
                    {item.note}
                  </Typography.Paragraph>
                  {item.resolutionNote && (
                    <Typography.Paragraph type="success" style={{ marginBottom: 4 }}>
                      {item.resolutionNote}
                    </Typography.Paragraph>
                  )}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {item.createdByName} · {formatDateMinutes(item.createdAt)}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
      {canEdit && (
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="heard-add">
          {t('act.detail.addHeard')}
        </Button>
      )}
      {adding && (
        <AddHeardModal
          activity={activity}
          members={members}
          onClose={(saved) => {
            setAdding(false);
            if (saved) onReload();
          }}
        />
      )}
      {opening && <OpenCaseModal item={opening} onClose={() => setOpening(null)} onReload={onReload} />}
      {resolving && <ResolveModal item={resolving} onClose={() => setResolving(null)} onReload={onReload} />}
    </>
  );
}

interface AddValues {
  kind: HeardItemKind;
  note: string;
  memberIds?: string[];
  teamId?: string;
  resolvedOnSpot?: boolean;
  resolutionNote?: string;
}

function AddHeardModal({
  activity,
  members,
  onClose,
}: {
  activity: ActivityFieldsFragment;
  members: RosterMember[];
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AddValues>();
  const resolved = Form.useWatch('resolvedOnSpot', form);
  const { formError, showError, clearError } = useActivityErrors(form);
  const [{ fetching }, add] = useMutation(AddHeardItemMutation);
  const onFinish = async (values: AddValues) => {
    clearError();
    const result = await add({
      input: {
        activityId: activity.id,
        kind: values.kind,
        note: values.note.trim(),
        ...(values.memberIds?.length ? { memberIds: values.memberIds } : {}),
        ...(values.teamId ? { teamId: values.teamId } : {}),
        ...(values.resolvedOnSpot
          ? { resolvedOnSpot: true, resolutionNote: values.resolutionNote?.trim() || undefined }
          : {}),
      },
    });
    if (result.error) return showError(result.error);
    onClose(true);
  };
  return (
    <FormModal<AddValues>
      title={t('act.detail.addHeard')}
      form={form}
      onFinish={onFinish}
      onCancel={() => onClose(false)}
      loading={fetching}
      error={formError}
      initialValues={{ kind: 'NEED', teamId: activity.teamVisits[0]?.teamId }}
      testId="heard-form"
    >
      <Form.Item name="kind" label={t('act.field.kind')} rules={[{ required: true }]}>
        <Select options={HEARD_KINDS.map((k) => ({ value: k, label: t(`act.heardKind.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('act.field.note')}
        rules={[{ required: true, whitespace: true, message: t('act.form.required') }]}
      >
        <Input.TextArea rows={3} maxLength={4000} data-testid="heard-note-input" />
      </Form.Item>
      <Form.Item name="memberIds" label={t('act.field.member')}>
        <Select
          mode="multiple"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={members.map((m) => ({ value: m.id, label: m.name }))}
        />
      </Form.Item>
      {activity.teamVisits.length > 0 && (
        <Form.Item name="teamId" label={t('act.field.team')}>
          <Select
            allowClear
            options={activity.teamVisits.map((v) => ({ value: v.teamId, label: v.teamName }))}
          />
        </Form.Item>
      )}
      <Form.Item name="resolvedOnSpot" label={t('act.detail.resolvedOnSpot')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {resolved && (
        <Form.Item name="resolutionNote" label={t('act.detail.resolutionNote')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
    </FormModal>
  );
}

function OpenCaseModal({
  item,
  onClose,
  onReload,
}: {
  item: HeardItemFieldsFragment;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ priority: Priority; summary?: string }>();
  const { formError, showError, clearError } = useActivityErrors(form, onReload);
  const [{ fetching }, open] = useMutation(OpenCaseFromHeardItemMutation);
  const onFinish = async (values: { priority: Priority; summary?: string }) => {
    clearError();
    const result = await open({
      input: {
        itemId: item.id,
        version: item.version,
        priority: values.priority,
        ...(values.summary?.trim() ? { summary: values.summary.trim() } : {}),
      },
    });
    if (result.error) return showError(result.error);
    onReload();
    onClose();
  };
  return (
    <FormModal<{ priority: Priority; summary?: string }>
      title={t('act.detail.openCaseTitle')}
      form={form}
      onFinish={onFinish}
      onCancel={onClose}
      loading={fetching}
      error={formError}
      initialValues={{ priority: 'NORMAL' }}
      testId="open-case"
    >
      <Alert type="info" title={item.note} style={{ marginBottom: 16 }} />
      <Form.Item name="priority" label={t('act.detail.casePriority')}>
        <Select options={PRIORITIES.map((p) => ({ value: p, label: t(`act.priority.${p}`) }))} />
      </Form.Item>
      <Form.Item name="summary" label={t('act.detail.caseSummary')}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

function ResolveModal({
  item,
  onClose,
  onReload,
}: {
  item: HeardItemFieldsFragment;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ resolutionNote?: string }>();
  const { formError, showError, clearError } = useActivityErrors(form, onReload);
  const [{ fetching }, update] = useMutation(UpdateHeardItemMutation);
  const onFinish = async (values: { resolutionNote?: string }) => {
    clearError();
    const result = await update({
      input: {
        id: item.id,
        version: item.version,
        resolvedOnSpot: true,
        ...(values.resolutionNote?.trim() ? { resolutionNote: values.resolutionNote.trim() } : {}),
      },
    });
    if (result.error) return showError(result.error);
    onReload();
    onClose();
  };
  return (
    <FormModal<{ resolutionNote?: string }>
      title={t('act.detail.markResolved')}
      form={form}
      onFinish={onFinish}
      onCancel={onClose}
      loading={fetching}
      error={formError}
      testId="resolve-heard"
    >
      <Flex vertical gap={8}>
        <Typography.Paragraph>{item.note}</Typography.Paragraph>
        <Form.Item name="resolutionNote" label={t('act.detail.resolutionNote')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Flex>
    </FormModal>
  );
}
