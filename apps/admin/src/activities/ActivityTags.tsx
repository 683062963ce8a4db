import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityKind, ActivityStatus, HeardItemKind } from '../gql/graphql';
import { HEARD_COLORS, RECENCY_COLORS, type Recency, STATUS_COLORS } from './model';

export function ActivityStatusTag({ status, testId }: { status: ActivityStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {t(`act.status.${status}`)}
    </Tag>
  );
}

export function ActivityKindLabel({ kind, customKind }: { kind: ActivityKind; customKind?: string | null }) {
  const { t } = useTranslation();
  return <>{kind === 'OTHER' && customKind ? customKind : t(`act.kind.${kind}`)}</>;
}

export function HeardKindTag({ kind }: { kind: HeardItemKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={HEARD_COLORS[kind]} data-kind={kind}>
      {t(`act.heardKind.${kind}`)}
    </Tag>
  );
}

/** A coloured dot for how recently a team was visited. */
export function RecencyDot({ recency }: { recency: Recency }) {
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-block',
        width: 10,
        height: 10,
        borderRadius: 5,
        background: RECENCY_COLORS[recency],
        marginInlineEnd: 6,
        verticalAlign: 'middle',
      }}
    />
  );
}
