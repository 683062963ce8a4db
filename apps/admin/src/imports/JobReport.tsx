import { Alert, Col, Progress, Row, Skeleton, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '../layout/CursorPager';
import { QueryError } from '../layout/QueryError';
import { useCursorPages } from '../lib/useCursorPages';
import { DownloadReport } from './DownloadReport';
import { RowErrors } from './RowErrors';
import { type ImportJob, useImportJob } from './useImportJob';

interface Props {
  jobId: string;
  /** Buttons shown once the job has finished. */
  actions: (job: ImportJob) => ReactNode;
}

/** Progress while the job runs; then what it did (or, for a dry run, would do) and every row error. */
export function JobReport({ jobId, actions }: Props) {
  const { t } = useTranslation();
  const pages = useCursorPages(jobId);
  const { job, running, error } = useImportJob(jobId, pages.after);

  if (error && !job) return <QueryError error={error} />;
  if (!job) return <Skeleton active />;
  const percent = Math.floor((job.progress ?? 0) * 100);
  const dry = job.dryRun;

  return (
    <div data-testid={dry ? 'import-dry-run-report' : 'import-run-report'} data-status={job.status}>
      <Progress
        percent={job.status === 'SUCCEEDED' ? 100 : percent}
        status={job.status === 'FAILED' ? 'exception' : running ? 'active' : 'success'}
        data-testid="import-progress"
      />
      <Typography.Paragraph type="secondary">
        {running
          ? t('importWizard.running', { processed: job.processed, total: job.total ?? '…' })
          : t(`importStatus.${job.status}`)}
      </Typography.Paragraph>
      {job.failureMessage && (
        <Alert type="error" showIcon title={job.failureMessage} style={{ marginBottom: 16 }} />
      )}
      <Row gutter={16} style={{ marginBottom: 16 }} data-testid="import-summary">
        <Col span={6}>
          <Statistic
            title={t(dry ? 'importWizard.wouldCreate' : 'importWizard.created')}
            value={job.created}
          />
        </Col>
        <Col span={6}>
          <Statistic
            title={t(dry ? 'importWizard.wouldUpdate' : 'importWizard.updated')}
            value={job.updated}
          />
        </Col>
        <Col span={6}>
          <Statistic title={t('importWizard.unchanged')} value={job.unchanged} />
        </Col>
        <Col span={6}>
          <Statistic
            title={t('importWizard.failed')}
            value={job.failed}
            styles={{ content: { color: job.failed > 0 ? '#cf1322' : undefined } }}
          />
        </Col>
      </Row>
      {!running && actions(job)}
      {job.errorCount > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('importWizard.errorsTitle', { count: job.errors.totalCount })}
          </Typography.Title>
          <RowErrors errors={job.errors.edges.map((e) => e.node)} loading={false} />
          <CursorPager
            testId="import-errors-pager"
            totalCount={job.errors.totalCount}
            page={pages.page}
            hasNextPage={job.errors.pageInfo.hasNextPage}
            loading={false}
            onPrevious={pages.previous}
            onNext={() => pages.next(job.errors.pageInfo.endCursor ?? null)}
          />
          {!running && <DownloadReport jobId={job.id} />}
        </>
      )}
    </div>
  );
}
