import { TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { type MemberOption, MemberPicker } from '../cases/MemberPicker';
import type { ActivityFieldsFragment } from '../gql/graphql';
import { ActivityAttendeesQuery, AddAttendeesMutation, RemoveAttendeesMutation } from '../graphql/activities';
import { CursorPager } from '../layout/CursorPager';
import { QueryError } from '../layout/QueryError';
import { formatDateMinutes } from '../lib/format';
import { errorMessage } from '../lib/graphqlErrors';
import { useCursorPages } from '../lib/useCursorPages';
import { attendeesOf } from './model';
import { useTeamMembers } from './useTeamMembers';

const PAGE = 20;
const context = { additionalTypenames: ['Attendance'] };

/** Members present, a page at a time, with "add a member", "add a whole team" and "remove". */
export function Attendees({
  activity,
  canEdit,
  onChanged,
}: {
  activity: ActivityFieldsFragment;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const pages = useCursorPages(activity.id);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ActivityAttendeesQuery,
    variables: { id: activity.id, first: PAGE, after: pages.after },
    context,
  });
  const [, remove] = useMutation(RemoveAttendeesMutation);
  const [adding, setAdding] = useState(false);
  const [addingMember, setAddingMember] = useState(false);
  const connection = data?.activity.attendees;
  const teamName = (id: string | null) => activity.teamVisits.find((v) => v.teamId === id)?.teamName ?? '';
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    onChanged();
  };

  return (
    <>
      {canEdit && (
        <Space style={{ marginBottom: 12 }} wrap>
          <Button
            icon={<UserAddOutlined />}
            onClick={() => setAddingMember(true)}
            data-testid="add-member-attendee"
          >
            {t('act.detail.addMember')}
          </Button>
          <Button icon={<TeamOutlined />} onClick={() => setAdding(true)} data-testid="add-team-attendees">
            {t('act.detail.addTeam')}
          </Button>
        </Space>
      )}
      {error && <QueryError error={error} />}
      <Table
        rowKey="id"
        size="small"
        loading={fetching}
        pagination={false}
        data-testid="attendee-table"
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        locale={{ emptyText: t('act.detail.noAttendees') }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('act.field.member'),
            dataIndex: 'memberName',
            render: (name: string | null, a) => (
              <Link to={`/members/${a.memberId}`}>{name ?? a.memberId}</Link>
            ),
          },
          { title: t('act.field.team'), dataIndex: 'teamId', render: (id: string | null) => teamName(id) },
          {
            title: '',
            dataIndex: 'source',
            render: (s: 'MANUAL' | 'TEAM' | 'CHECKIN') => (
              <Tag color={s === 'CHECKIN' ? 'green' : undefined}>{t(`act.source.${s}`)}</Tag>
            ),
          },
          { title: '', dataIndex: 'createdAt', render: (v: string) => formatDateMinutes(v) },
          ...(canEdit
            ? [
                {
                  title: '',
                  key: 'remove',
                  render: (_: unknown, a: { memberId: string }) => (
                    <Popconfirm
                      title={t('act.detail.removeConfirm')}
                      okButtonProps={{ 'data-testid': 'attendee-remove-ok' } as never}
                      onConfirm={async () => {
                        const result = await remove({
                          input: { activityId: activity.id, memberIds: [a.memberId] },
                        });
                        if (result.error) message.error(errorMessage(result.error, t));
                        else reload();
                      }}
                    >
                      <Button
                        size="small"
                        type="link"
                        danger
                        data-testid="attendee-remove"
                        data-member-id={a.memberId}
                      >
                        {t('act.detail.remove')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
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
      {addingMember && (
        <AddMemberModal
          activity={activity}
          onClose={(changed) => {
            setAddingMember(false);
            if (changed) reload();
          }}
        />
      )}
      {adding && (
        <AddTeamModal
          activity={activity}
          onClose={(changed) => {
            setAdding(false);
            if (changed) reload();
          }}
        />
      )}
    </>
  );
}

function AddTeamModal({
  activity,
  onClose,
}: {
  activity: ActivityFieldsFragment;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [teamId, setTeamId] = useState<string | undefined>(activity.teamVisits[0]?.teamId);
  const { members, loading, error } = useTeamMembers(teamId ? [teamId] : []);
  const [{ fetching, error: saveError }, add] = useMutation(AddAttendeesMutation);
  const save = async () => {
    if (!teamId) return;
    const result = await add({
      input: { activityId: activity.id, source: 'TEAM', members: attendeesOf(members, teamId) },
    });
    if (result.error || !result.data) return;
    message.success(t('act.detail.added', result.data.addAttendees));
    onClose(true);
  };
  return (
    <Modal
      open
      title={t('act.detail.addTeamTitle')}
      onCancel={() => onClose(false)}
      onOk={save}
      okButtonProps={{ disabled: !teamId || loading || members.length === 0, 'data-testid': 'add-team-ok' }}
      confirmLoading={fetching}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      wrapProps={{ 'data-testid': 'add-team-modal' }}
    >
      <Typography.Paragraph type="secondary">{t('act.detail.addTeamHint')}</Typography.Paragraph>
      <Select
        style={{ width: '100%', marginBottom: 12 }}
        value={teamId}
        onChange={setTeamId}
        data-testid="add-team-select"
        options={activity.teamVisits.map((v) => ({ value: v.teamId, label: v.teamName }))}
      />
      {error && <Alert type="error" title={error.message} />}
      {saveError && <Alert type="error" title={errorMessage(saveError, t)} />}
      {teamId && !loading && (
        <Typography.Paragraph data-testid="add-team-count">
          {t('act.detail.teamMembers', { count: members.length })}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph style={{ maxHeight: 160, overflow: 'auto' }}>
        {members.map((m) => m.name).join('、')}
      </Typography.Paragraph>
    </Modal>
  );
}

/** Attendees for addAttendees from members picked in the search: name and team kept as a snapshot. */
export function pickedAttendees(picked: readonly MemberOption[]) {
  return attendeesOf(picked.map((m) => ({ id: m.id, name: m.name, orgUnitId: m.unitId })));
}

/** One member (or a few) found by name, pinyin or employee number, marked present by hand. */
function AddMemberModal({
  activity,
  onClose,
}: {
  activity: ActivityFieldsFragment;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [picked, setPicked] = useState<MemberOption[]>([]);
  const [{ fetching, error }, add] = useMutation(AddAttendeesMutation);
  const save = async () => {
    if (picked.length === 0) return;
    const result = await add({
      input: { activityId: activity.id, source: 'MANUAL', members: pickedAttendees(picked) },
    });
    if (result.error || !result.data) return;
    const { changed, skipped } = result.data.addAttendees;
    if (changed === 0) message.info(t('act.detail.alreadyPresent'));
    else message.success(t('act.detail.added', { changed, skipped }));
    onClose(changed > 0);
  };
  return (
    <Modal
      open
      title={t('act.detail.addMemberTitle')}
      onCancel={() => onClose(false)}
      onOk={save}
      okButtonProps={{ disabled: picked.length === 0, 'data-testid': 'add-member-ok' }}
      confirmLoading={fetching}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      wrapProps={{ 'data-testid': 'add-member-modal' }}
    >
      <Typography.Paragraph type="secondary">{t('act.detail.addMemberHint')}</Typography.Paragraph>
      <MemberPicker
        multiple
        value={picked.map((m) => m.id)}
        onPicked={setPicked}
        data-testid="add-member-picker"
      />
      {error && <Alert type="error" title={errorMessage(error, t)} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
