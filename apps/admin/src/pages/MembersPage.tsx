import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { MembersQuery } from '../graphql/members';
import { CursorPager } from '../layout/CursorPager';
import { QueryError } from '../layout/QueryError';
import { actsOnUnion, isAdmin, useViewer } from '../layout/viewer';
import { useCursorPages } from '../lib/useCursorPages';
import {
  listStateFromParams,
  listStateToParams,
  type MemberListState,
  PAGE_SIZES,
  toMemberFilter,
} from '../members/listState';
import { MemberFilters } from '../members/MemberFilters';
import { MemberTable } from '../members/MemberTable';
import { useMemberSegments } from '../members/useMemberSegments';

// An empty page has no Member in it: name the type so a new member refetches the list.
const context = { additionalTypenames: ['Member'] };

export function MembersPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => listStateFromParams(params), [params]);
  const update = (next: Partial<MemberListState>) =>
    setParams(listStateToParams({ ...state, ...next }), { replace: true });
  const segments = useMemberSegments(viewer.scopeTenant.id);

  const filter = useMemo(() => toMemberFilter(state.filters), [state.filters]);
  const pages = useCursorPages(listStateToParams(state).toString());
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MembersQuery,
    variables: {
      first: state.pageSize,
      after: pages.after,
      filter,
      orderBy: state.sort.orderBy,
      direction: state.sort.direction,
    },
    context,
  });
  const connection = data?.members;

  return (
    <Card
      title={`${t('members.title')} · ${viewer.scopeTenant.name}`}
      extra={
        actsOnUnion(viewer) && (
          <Space>
            <Link to="/members/import">
              <Button icon={<UploadOutlined />} data-testid="import-members">
                {t('nav.memberImport')}
              </Button>
            </Link>
            <Link to="/members/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="new-member">
                {t('members.new')}
              </Button>
            </Link>
          </Space>
        )
      }
    >
      <MemberFilters
        value={state.filters}
        onChange={(filters) => update({ filters })}
        jobTypes={segments.jobTypes}
        shiftPatterns={segments.shiftPatterns}
      />
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <MemberTable
        members={connection?.edges.map((e) => e.node) ?? []}
        loading={fetching}
        sort={state.sort}
        onSortChange={(sort) => update({ sort })}
        canReveal={isAdmin(viewer)}
      />
      <CursorPager
        testId="members-pager"
        totalCount={connection?.totalCount}
        page={pages.page}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        loading={fetching}
        onPrevious={pages.previous}
        onNext={() => pages.next(connection?.pageInfo.endCursor ?? null)}
        pageSize={state.pageSize}
        pageSizes={PAGE_SIZES}
        onPageSizeChange={(pageSize) => update({ pageSize })}
      />
    </Card>
  );
}
