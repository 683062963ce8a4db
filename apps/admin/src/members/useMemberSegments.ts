import { useMemo } from 'react';
import { useQuery } from 'urql';
import { MemberSegmentsQuery } from '../graphql/members';
import { todayText } from '../lib/dates';
import { pinyinCollator } from '../orgUnits/unitTree';

/** Job types and shift patterns of the scope's active members, for filter choices. */
export function useMemberSegments(tenantId: string) {
  const day = todayText();
  const [{ data }] = useQuery({
    query: MemberSegmentsQuery,
    variables: { tenantId, from: day, to: day },
  });
  return useMemo(() => {
    const stats = data?.tenant.memberStats;
    const values = (list: { value: string }[] = []) =>
      list.map((s) => s.value).sort((a, b) => pinyinCollator.compare(a, b));
    return { jobTypes: values(stats?.byJobType), shiftPatterns: values(stats?.byShiftPattern) };
  }, [data]);
}
