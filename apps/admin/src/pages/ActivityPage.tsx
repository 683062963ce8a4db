import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ActivityFormModal } from '../activities/ActivityFormModal';
import { ActivityKindLabel, ActivityStatusTag } from '../activities/ActivityTags';
import { Attendees } from '../activities/Attendees';
import { CheckInPanel } from '../activities/CheckInPanel';
import { HeardItems } from '../activities/HeardItems';
import { useTeamMembers } from '../activities/useTeamMembers';
import { ActivityDetailQuery } from '../graphql/activities';
import { QueryError } from '../layout/QueryError';
import { actsOnUnion, useViewer } from '../layout/viewer';
import { formatDateMinutes } from '../lib/format';

export function ActivityPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const viewer = useViewer();
  const [editing, setEditing] = useState(false);
  const [{ data, fetching, error }, refetch] = useQuery({ query: ActivityDetailQuery, variables: { id } });
  const a = data?.activity;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const teamIds = useMemo(() => a?.teamVisits.map((v) => v.teamId) ?? [], [a]);
  const { members } = useTeamMembers(teamIds);
  const canEdit = actsOnUnion(viewer) && a?.tenantId === viewer.scopeTenant.id;

  const back = (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => (location.key === 'default' ? navigate('/activities') : navigate(-1))}
    >
      {t('common.back')}
    </Button>
  );
  if (error && !a) return <QueryError error={error} onRetry={reload} />;
  if (!a)
    return <Card>{fetching ? <Skeleton active /> : <Empty description={t('act.detail.notFound')} />}</Card>;

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Flex gap={12} align="center" wrap>
            {back}
            <span data-testid="activity-title-text">{a.title}</span>
            <ActivityStatusTag status={a.status} testId="activity-status-tag" />
          </Flex>
        }
        extra={
          canEdit && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="activity-edit">
              {t('act.detail.edit')}
            </Button>
          )
        }
      >
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" data-testid="activity-facts">
          <Descriptions.Item label={t('act.field.kind')}>
            <ActivityKindLabel kind={a.kind} customKind={a.customKind} />
          </Descriptions.Item>
          <Descriptions.Item label={t('act.field.time')}>
            {formatDateMinutes(a.startsAt)}
            {a.endsAt ? ` ~ ${formatDateMinutes(a.endsAt)}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('act.field.place')}>{a.place ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('act.field.teams')}>
            <span data-testid="activity-teams-text">
              {a.teamVisits.map((v) => v.teamName).join('、') || '—'}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('act.field.officers')}>
            {a.officers.map((o) => o.name).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('act.field.attendees')}>
            <span data-testid="activity-attendee-count">{a.attendeeCount}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('act.field.headcount')}>{a.headcount ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('act.field.campaign')}>
            {a.campaign ? <Link to="/campaigns">{a.campaign.name}</Link> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('act.field.createdBy')}>
            {a.createdByName} · {formatDateMinutes(a.createdAt)}
          </Descriptions.Item>
          {a.notes && (
            <Descriptions.Item label={t('act.field.notes')} span="filled">
              <span style={{ whiteSpace: 'pre-wrap' }}>{a.notes}</span>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('act.field.photos')} span="filled">
            {a.photos.length === 0 ? (
              t('act.detail.photosEmpty')
            ) : (
              <Space wrap>
                {a.photos.map((p) => (
                  <Typography.Link key={p.url} href={p.url} target="_blank" rel="noreferrer">
                    {p.caption || p.url}
                  </Typography.Link>
                ))}
              </Space>
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <Card title={t('act.detail.heardTitle')} data-testid="heard-card">
        <HeardItems activity={a} members={members} canEdit={canEdit} onReload={reload} />
      </Card>

      <Flex gap={16} wrap>
        <Card
          title={t('act.detail.attendeesTitle', { count: a.attendeeCount })}
          style={{ flex: '2 1 480px' }}
        >
          <Attendees activity={a} canEdit={canEdit} onChanged={reload} />
        </Card>
        <Card title={t('act.detail.checkInTitle')} style={{ flex: '1 1 360px' }}>
          <CheckInPanel activity={a} canEdit={canEdit && a.status !== 'CANCELLED'} onReload={reload} />
        </Card>
      </Flex>

      {editing && (
        <ActivityFormModal
          activity={a}
          onCancel={() => setEditing(false)}
          onReload={reload}
          onDone={() => {
            setEditing(false);
            reload();
          }}
        />
      )}
    </Flex>
  );
}
