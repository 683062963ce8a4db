import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { ActivityKindDefFieldsFragment } from '../gql/graphql';
import {
  ActivityKindsQuery,
  CreateActivityKindMutation,
  UpdateActivityKindMutation,
} from '../graphql/activities';
import { FormModal } from '../layout/FormModal';
import { QueryError } from '../layout/QueryError';
import { formatDate } from '../lib/format';
import { errorMessage, isConflict } from '../lib/graphqlErrors';
import { pinyinCollator } from '../orgUnits/unitTree';
import { useActivityErrors } from './useActivityErrors';

const context = { additionalTypenames: ['ActivityKindDef'] };

/** The union's own activity kinds (offered when an activity's kind is OTHER): add, rename, archive. */
export function ActivityKindsCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ActivityKindsQuery,
    variables: { includeArchived: true },
    context,
  });
  const [{ fetching: toggling }, update] = useMutation(UpdateActivityKindMutation);
  const [editing, setEditing] = useState<ActivityKindDefFieldsFragment | 'new' | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // Active first, then archived; each in pinyin order.
  const kinds = [...(data?.activityKinds ?? [])].sort(
    (a, b) => Number(a.archived) - Number(b.archived) || pinyinCollator.compare(a.name, b.name),
  );

  const toggle = async (kind: ActivityKindDefFieldsFragment) => {
    const result = await update({ input: { id: kind.id, version: kind.version, archived: !kind.archived } });
    if (!result.error) return;
    if (isConflict(result.error)) {
      message.warning(t('act.kinds.conflict'));
      reload();
    } else message.error(errorMessage(result.error, t));
  };

  return (
    <Card
      title={t('act.kinds.title')}
      data-testid="activity-kinds-card"
      extra={
        canEdit && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="activity-kind-new">
            {t('act.kinds.new')}
          </Button>
        )
      }
    >
      {error && <QueryError error={error} onRetry={reload} />}
      <Table
        rowKey="id"
        size="small"
        loading={fetching}
        pagination={false}
        dataSource={kinds}
        data-testid="activity-kinds-table"
        locale={{ emptyText: t('act.kinds.empty') }}
        onRow={(k) => ({ 'data-testid': 'activity-kind-row', 'data-kind-id': k.id }) as object}
        columns={[
          { title: t('act.kinds.name'), dataIndex: 'name' },
          {
            title: '',
            key: 'state',
            render: (_: unknown, k) =>
              k.archived ? (
                <Tag>{t('act.kinds.archived')}</Tag>
              ) : (
                <Tag color="green">{t('act.kinds.inUse')}</Tag>
              ),
          },
          { title: t('act.kinds.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDate(v) },
          ...(canEdit
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, k: ActivityKindDefFieldsFragment) => (
                    <Space>
                      <Button
                        size="small"
                        type="link"
                        icon={<EditOutlined />}
                        onClick={() => setEditing(k)}
                        data-testid="activity-kind-rename"
                      >
                        {t('act.kinds.rename')}
                      </Button>
                      <Button
                        size="small"
                        type="link"
                        disabled={toggling}
                        onClick={() => toggle(k)}
                        data-testid="activity-kind-archive"
                      >
                        {k.archived ? t('act.kinds.restore') : t('act.kinds.archive')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <KindFormModal
          kind={editing === 'new' ? undefined : editing}
          onReload={reload}
          onClose={(saved) => {
            setEditing(null);
            if (saved) reload();
          }}
        />
      )}
    </Card>
  );
}

function KindFormModal({
  kind,
  onClose,
  onReload,
}: {
  kind?: ActivityKindDefFieldsFragment;
  onClose: (saved: boolean) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string }>();
  const { formError, conflict, showError, clearError } = useActivityErrors(
    form,
    onReload,
    t('act.kinds.conflict'),
  );
  const [{ fetching: creating }, create] = useMutation(CreateActivityKindMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateActivityKindMutation);
  const onFinish = async ({ name }: { name: string }) => {
    clearError();
    const result = kind
      ? await update({ input: { id: kind.id, version: kind.version, name: name.trim() } })
      : await create({ input: { name: name.trim() } });
    if (result.error) return showError(result.error);
    onClose(true);
  };
  return (
    <FormModal<{ name: string }>
      title={kind ? t('act.kinds.renameTitle') : t('act.kinds.createTitle')}
      form={form}
      onFinish={onFinish}
      onCancel={() => onClose(false)}
      loading={creating || updating}
      error={formError}
      conflict={conflict}
      onReload={onReload}
      initialValues={{ name: kind?.name ?? '' }}
      testId="activity-kind-form"
    >
      <Form.Item
        name="name"
        label={t('act.kinds.name')}
        rules={[{ required: true, whitespace: true, message: t('act.form.required') }]}
      >
        <Input maxLength={30} data-testid="activity-kind-name" />
      </Form.Item>
    </FormModal>
  );
}
