import { ArrowRightOutlined } from '@ant-design/icons';
import { Empty, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseEventType, CaseFieldsFragment } from '../gql/graphql';
import { formatDateMinutes } from '../lib/format';
import { CaseStatusTag } from './CaseTags';
import { formatFen } from './caseModel';

type CaseEvent = CaseFieldsFragment['timeline'][number];

const COLORS: Partial<Record<CaseEventType, string>> = {
  CREATED: 'blue',
  ESCALATED: 'orange',
  DISPATCHED: 'orange',
  RESOLVED: 'green',
  CALLBACK: 'green',
  CLOSED: 'gray',
  REJECTED: 'red',
  REOPENED: 'red',
  DETAILS_REVEALED: 'purple',
};

/** What an entry carries besides its status change: custody, rating, help, assignees, attachments. */
function EventFacts({ event: e }: { event: CaseEvent }) {
  const { t } = useTranslation();
  const facts: string[] = [];
  if (e.fromTenantName && e.toTenantName) facts.push(`${e.fromTenantName} → ${e.toTenantName}`);
  if (e.satisfaction) facts.push(t(`satisfaction.${e.satisfaction}`));
  if (e.amountFen != null) facts.push(formatFen(e.amountFen));
  if (e.leadOfficerName) facts.push(`${t('cases.field.lead')}: ${e.leadOfficerName}`);
  if (e.assistantNames.length) facts.push(`${t('cases.field.assistants')}: ${e.assistantNames.join('、')}`);
  if (!facts.length && !e.attachments.length) return null;
  return (
    <Flex gap={8} wrap data-testid="case-event-facts">
      {facts.map((f) => (
        <Typography.Text key={f} type="secondary">
          {f}
        </Typography.Text>
      ))}
      {e.attachments.map((a) => (
        <Typography.Link key={a.url} href={a.url} target="_blank" rel="noreferrer">
          {a.name}
        </Typography.Link>
      ))}
    </Flex>
  );
}

/** The case's timeline, oldest first: what happened, when, by whom for which tenant, status change, note. */
export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return <Empty description={t('cases.timelineEmpty')} />;
  return (
    <div data-testid="case-timeline">
      <Timeline
        items={events.map((e) => ({
          key: e.id,
          color: COLORS[e.type] ?? 'blue',
          content: (
            <div data-testid="case-event" data-type={e.type}>
              <Flex gap={8} wrap align="center">
                <Typography.Text strong data-testid="case-event-type">
                  {t(`caseEvent.${e.type}`)}
                </Typography.Text>
                <Typography.Text type="secondary">{formatDateMinutes(e.at)}</Typography.Text>
                <Typography.Text>
                  {e.actorName} · {e.actorTenantName}
                </Typography.Text>
                {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus && (
                  <span>
                    <CaseStatusTag status={e.fromStatus} />
                    <ArrowRightOutlined style={{ marginInline: 4 }} />
                    <CaseStatusTag status={e.toStatus} />
                  </span>
                )}
                {!e.fromStatus && e.toStatus && <CaseStatusTag status={e.toStatus} />}
              </Flex>
              <EventFacts event={e} />
              {e.note && (
                <Typography.Paragraph
                  style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}
                  data-testid="case-event-note"
                >
                  {e.note}
                </Typography.Paragraph>
              )}
            </div>
          ),
        }))}
      />
    </div>
  );
}
