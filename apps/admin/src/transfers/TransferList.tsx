import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { TransferDirection, TransferStatus } from '../gql/graphql';
import { TransfersQuery } from '../graphql/transfers';
import { CursorPager } from '../layout/CursorPager';
import { QueryError } from '../layout/QueryError';
import { useCursorPages } from '../lib/useCursorPages';
import { TransferActions } from './TransferActions';
import { TransferTable } from './TransferTable';

const DECIDED: TransferStatus[] = ['ACCEPTED', 'REJECTED', 'CANCELLED'];
const PAGE_SIZE = 20;
// An empty list has no Transfer in it: name the type so a new transfer or a decision refetches it.
const context = { additionalTypenames: ['Transfer'] };

interface Props {
  /** INCOMING (inbox), OUTGOING (outbox), or null for every transfer in a federation's subtree. */
  direction: TransferDirection | null;
  canDecide: boolean;
  canNudge: boolean;
  testId: string;
}

/** Pending transfers first (all of them, they need action), then the decided ones page by page. */
export function TransferList({ direction, canDecide, canNudge, testId }: Props) {
  const { t } = useTranslation();
  const pages = useCursorPages(direction ?? 'all');
  const [pending, refetchPending] = useQuery({
    query: TransfersQuery,
    variables: { first: 100, direction, status: ['PENDING'] },
    context,
  });
  const [decided, refetchDecided] = useQuery({
    query: TransfersQuery,
    variables: { first: PAGE_SIZE, after: pages.after, direction, status: DECIDED },
    context,
  });
  const reload = () => {
    refetchPending({ requestPolicy: 'network-only' });
    refetchDecided({ requestPolicy: 'network-only' });
  };
  const actions = (transfer: Parameters<typeof TransferActions>[0]['transfer']) => (
    <TransferActions transfer={transfer} canDecide={canDecide} canNudge={canNudge} onReload={reload} />
  );
  const decidedPage = decided.data?.transfers;

  return (
    <>
      <Typography.Title level={5}>
        {t('transfers.pending', { count: pending.data?.transfers.totalCount ?? 0 })}
      </Typography.Title>
      {pending.error && <QueryError error={pending.error} onRetry={reload} />}
      <TransferTable
        transfers={pending.data?.transfers.edges.map((e) => e.node) ?? []}
        loading={pending.fetching}
        actions={canDecide || canNudge ? actions : undefined}
        testId={`${testId}-pending`}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('transfers.decidedTitle')}
      </Typography.Title>
      {decided.error && <QueryError error={decided.error} onRetry={reload} />}
      <TransferTable
        transfers={decidedPage?.edges.map((e) => e.node) ?? []}
        loading={decided.fetching}
        testId={`${testId}-decided`}
      />
      <CursorPager
        testId={`${testId}-pager`}
        totalCount={decidedPage?.totalCount}
        page={pages.page}
        hasNextPage={decidedPage?.pageInfo.hasNextPage ?? false}
        loading={decided.fetching}
        onPrevious={pages.previous}
        onNext={() => pages.next(decidedPage?.pageInfo.endCursor ?? null)}
      />
    </>
  );
}
