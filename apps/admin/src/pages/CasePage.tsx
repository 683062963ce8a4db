import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { CaseActions } from '../cases/CaseActions';
import { CasePriorityTag, CaseStatusTag, DeadlineTag } from '../cases/CaseTags';
import { CaseTimeline } from '../cases/CaseTimeline';
import { deadlineStatus, formatFen } from '../cases/caseModel';
import { SealedDetails } from '../cases/SealedDetails';
import type { CaseFieldsFragment } from '../gql/graphql';
import { CaseDetailQuery } from '../graphql/cases';
import { QueryError } from '../layout/QueryError';
import { useViewer } from '../layout/viewer';
import { formatDateMinutes } from '../lib/format';

type CaseData = CaseFieldsFragment;

const DEADLINE_COLORS: Record<string, string | undefined> = {
  MET: 'green',
  LATE: 'volcano',
  OVERDUE: 'red',
  DUE_SOON: 'orange',
  ON_TIME: 'blue',
};

function Deadline({ dueAt, doneAt, closed }: { dueAt: string; doneAt: string | null; closed: boolean }) {
  const { t } = useTranslation();
  const state = deadlineStatus(dueAt, doneAt, closed);
  return (
    <Space size={4} wrap>
      <span>{formatDateMinutes(dueAt)}</span>
      {state !== 'NONE' && (
        <Tag color={DEADLINE_COLORS[state]} data-state={state}>
          {t(`cases.deadline.${state}`)}
        </Tag>
      )}
      {doneAt && <Typography.Text type="secondary">({formatDateMinutes(doneAt)})</Typography.Text>}
    </Space>
  );
}

export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const viewer = useViewer();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CaseDetailQuery, variables: { id } });
  const c = data?.case;
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const back = (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => (location.key === 'default' ? navigate('/cases') : navigate(-1))}
    >
      {t('common.back')}
    </Button>
  );
  if (error && !c) return <QueryError error={error} onRetry={reload} />;
  if (!c) return <Card>{fetching ? <Skeleton active /> : <Empty description={t('cases.notFound')} />}</Card>;
  const ended = c.status === 'CLOSED' || c.status === 'REJECTED';

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Flex gap={12} align="center" wrap>
            {back}
            <span data-testid="case-number">{c.number}</span>
            <CaseStatusTag status={c.status} testId="case-status" />
            <DeadlineTag state={c.deadlineState} dueAt={c.nextDueAt} />
          </Flex>
        }
        extra={<CaseActions caseData={c} scopeTenantId={viewer.scopeTenant.id} onReload={reload} />}
      >
        <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="case-summary">
          {c.summary}
        </Typography.Title>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" data-testid="case-facts">
          <Descriptions.Item label={t('cases.field.kind')}>{t(`caseKind.${c.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('cases.field.priority')}>
            <CasePriorityTag priority={c.priority} />
          </Descriptions.Item>
          <Descriptions.Item label={t('cases.field.source')}>{t(`caseSource.${c.source}`)}</Descriptions.Item>
          <Descriptions.Item label={t('cases.field.receivedAt')}>
            {formatDateMinutes(c.receivedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('cases.field.createdBy')}>{c.createdByName}</Descriptions.Item>
          <Descriptions.Item label={t('cases.field.relation')}>
            {t(`caseRelation.${c.relation}`)}
          </Descriptions.Item>
          {c.escalatedAt && (
            <Descriptions.Item label={t('cases.field.escalatedAt')}>
              {formatDateMinutes(c.escalatedAt)}
            </Descriptions.Item>
          )}
          {c.dispatchedAt && (
            <Descriptions.Item label={t('cases.field.dispatchedAt')}>
              {formatDateMinutes(c.dispatchedAt)}
            </Descriptions.Item>
          )}
          {c.reopenCount > 0 && (
            <Descriptions.Item label={t('cases.field.reopenCount')}>{c.reopenCount}</Descriptions.Item>
          )}
          {c.result && (
            <Descriptions.Item label={t('cases.field.result')} span="filled">
              <span style={{ whiteSpace: 'pre-wrap' }} data-testid="case-result">
                {c.result}
              </span>
            </Descriptions.Item>
          )}
          {c.rejectionReason && (
            <Descriptions.Item label={t('cases.field.rejectionReason')} span="filled">
              {c.rejectionReason}
            </Descriptions.Item>
          )}
          {c.satisfaction && (
            <Descriptions.Item label={t('cases.field.satisfaction')}>
              <Tag
                color={c.satisfaction === 'DISSATISFIED' ? 'red' : 'green'}
                data-testid="case-satisfaction"
              >
                {t(`satisfaction.${c.satisfaction}`)}
              </Tag>
              {c.callbackAt && (
                <Typography.Text type="secondary">{formatDateMinutes(c.callbackAt)}</Typography.Text>
              )}
            </Descriptions.Item>
          )}
          {c.callbackComment && (
            <Descriptions.Item label={t('cases.field.callbackComment')} span="filled">
              {c.callbackComment}
            </Descriptions.Item>
          )}
          {c.closedAt && (
            <Descriptions.Item label={t('cases.field.closedAt')}>
              {formatDateMinutes(c.closedAt)}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>

      <Flex gap={16} wrap>
        <Card title={t('cases.deadlinesTitle')} style={{ flex: '1 1 360px' }} data-testid="case-deadlines">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('cases.field.responseDue')}>
              <Deadline dueAt={c.responseDueAt} doneAt={c.firstRespondedAt} closed={ended} />
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.field.resolutionDue')}>
              <Deadline dueAt={c.resolutionDueAt} doneAt={c.resolvedAt} closed={ended} />
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={t('cases.peopleTitle')} style={{ flex: '2 1 480px' }}>
          <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="case-people">
            <Descriptions.Item label={t('cases.field.members')} span="filled">
              {c.memberEntries.length === 0 ? (
                t('cases.none')
              ) : (
                <Space wrap size={[8, 0]} data-testid="case-members">
                  {c.memberEntries.map((m) => (
                    <Link key={m.memberId} to={`/members/${m.memberId}`}>
                      {m.memberName}
                    </Link>
                  ))}
                </Space>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.field.team')}>{c.orgUnitName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('cases.field.owner')}>
              <span data-testid="case-owner">{c.tenantName}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.field.handler')}>
              <span data-testid="case-handler">{c.handlingTenantName}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.field.lead')}>
              <span data-testid="case-lead">{c.leadOfficerName ?? t('cases.noLead')}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.field.assistants')} span="filled">
              {c.assistants.length === 0
                ? '—'
                : c.assistants.map((a) => `${a.name}（${t(`assistantKind.${a.kind}`)}）`).join('、')}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      </Flex>

      <Card title={t('cases.detailsTitle')}>
        <SealedDetails caseId={c.id} details={c.details} sealed={c.detailsSealed} />
      </Card>

      {(c.kind === 'HARDSHIP' || c.assistance.length > 0) && (
        <Card title={t('cases.assistanceTitle')}>
          <AssistanceTable rows={c.assistance} />
        </Card>
      )}

      <Card title={t('cases.timelineTitle')}>
        <CaseTimeline events={c.timeline} />
      </Card>
    </Flex>
  );
}

function AssistanceTable({ rows }: { rows: CaseData['assistance'] }) {
  const { t } = useTranslation();
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: t('cases.assistanceEmpty') }}
      data-testid="case-assistance"
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('caseStep.deliveredOn'), dataIndex: 'deliveredOn' },
        {
          title: t('caseStep.form'),
          dataIndex: 'form',
          render: (f: 'MONEY' | 'IN_KIND') => t(`assistanceForm.${f}`),
        },
        {
          title: t('caseStep.amount'),
          dataIndex: 'amountFen',
          align: 'right',
          render: (fen: number) => `¥${formatFen(fen)}`,
        },
        { title: t('caseStep.items'), dataIndex: 'items', render: (v: string | null) => v ?? '—' },
        { title: t('caseStep.fund'), dataIndex: 'fund' },
        { title: t('caseStep.approvedBy'), dataIndex: 'approvedByName' },
        { title: t('cases.field.handler'), dataIndex: 'deliveredByTenantName' },
        { title: t('caseStep.note'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
      ]}
    />
  );
}
