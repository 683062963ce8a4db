import { Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MemberStatusTag } from './MemberStatusTag';
import type { MemberDetail } from './memberInput';

type Period = MemberDetail['history'][number];

function PeriodContent({ period }: { period: Period }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4} data-testid={`period-${period.id}`}>
      <Typography.Text type="secondary">
        {t('timeline.range', { from: period.startedOn, to: period.endedOn ?? t('timeline.now') })}
      </Typography.Text>
      <span>
        <Typography.Text strong data-testid="period-union">
          {period.unionName}
        </Typography.Text>
        {period.orgUnitName && <Typography.Text type="secondary"> · {period.orgUnitName}</Typography.Text>}
      </span>
      <span>
        <MemberStatusTag status={period.status} />
        <Tag color={period.reason === 'TRANSFERRED_IN' ? 'blue' : undefined}>
          {t(`periodReason.${period.reason}`)}
        </Tag>
      </span>
      {period.note && <Typography.Text type="secondary">{period.note}</Typography.Text>}
    </Flex>
  );
}

/** The whole membership, period by period, oldest first: union, team, status, dates, reason. */
export function MemberTimeline({ history }: { history: Period[] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <Empty description={t('timeline.empty')} />;
  return (
    <div data-testid="member-timeline">
      <Timeline
        items={history.map((period) => ({
          key: period.id,
          color: period.endedOn ? 'gray' : 'green',
          content: <PeriodContent period={period} />,
        }))}
      />
    </div>
  );
}
