import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CasePriority, CaseStatus, DeadlineState } from '../gql/graphql';
import { deadlineTag } from './caseModel';

const STATUS_COLORS: Record<CaseStatus, string> = {
  RECEIVED: 'gold',
  ACCEPTED: 'blue',
  IN_PROGRESS: 'processing',
  RESOLVED: 'cyan',
  CALLBACK_DONE: 'geekblue',
  CLOSED: 'default',
  REJECTED: 'default',
  REOPENED: 'magenta',
};

/** `testId` marks the case's own status (the header), not the ones in its timeline. */
export function CaseStatusTag({ status, testId }: { status: CaseStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {t(`caseStatus.${status}`)}
    </Tag>
  );
}

const PRIORITY_COLORS: Record<CasePriority, string | undefined> = {
  LOW: undefined,
  NORMAL: undefined,
  HIGH: 'orange',
  URGENT: 'red',
};

export function CasePriorityTag({ priority }: { priority: CasePriority }) {
  const { t } = useTranslation();
  return <Tag color={PRIORITY_COLORS[priority]}>{t(`casePriority.${priority}`)}</Tag>;
}

/** Overdue / due soon beside a deadline (nothing for one comfortably ahead, unless asked). */
export function DeadlineTag({
  state,
  dueAt,
  showOnTime = false,
}: {
  state?: DeadlineState | null;
  dueAt?: string | null;
  showOnTime?: boolean;
}) {
  const { t } = useTranslation();
  const tag = deadlineTag(state, dueAt);
  if (!tag || (tag.state === 'ON_TIME' && !showOnTime)) return null;
  return (
    <Tag color={tag.color} data-testid="deadline-tag" data-state={tag.state}>
      {t(`cases.deadline.${tag.state}`)}
    </Tag>
  );
}
