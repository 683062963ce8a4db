import { useEffect } from 'react';
import { useQuery } from 'urql';
import { MemberImportJobQuery } from '../graphql/imports';

export const ERRORS_PAGE = 20;
const POLL_MS = 1000;

/** An import job, polled while it is pending or running; `errorsAfter` pages its row errors. */
export function useImportJob(id: string, errorsAfter: string | null) {
  const [result, reexecute] = useQuery({
    query: MemberImportJobQuery,
    variables: { id, errorsFirst: ERRORS_PAGE, errorsAfter },
    requestPolicy: 'network-only',
  });
  const status = result.data?.memberImportJob.status;
  const running = !result.error && (status === undefined || status === 'PENDING' || status === 'RUNNING');
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [running, reexecute]);
  return { ...result, job: result.data?.memberImportJob, running };
}

export type ImportJob = NonNullable<ReturnType<typeof useImportJob>['job']>;
