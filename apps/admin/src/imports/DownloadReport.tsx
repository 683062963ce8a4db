import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { MemberImportReportQuery } from '../graphql/imports';
import { errorMessage } from '../lib/graphqlErrors';
import { downloadText } from '../lib/upload';

/** Downloads every row error as CSV (UTF-8 with BOM, so Excel opens it with the Chinese intact). */
export function DownloadReport({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useClient();
  const [loading, setLoading] = useState(false);

  const download = async () => {
    setLoading(true);
    const result = await client
      .query(MemberImportReportQuery, { id: jobId }, { requestPolicy: 'network-only' })
      .toPromise();
    setLoading(false);
    const job = result.data?.memberImportJob;
    if (job?.errorReportCsv) {
      const base = job.fileName.replace(/\.[^.]+$/, '');
      downloadText(t('importWizard.reportFile', { name: base }), job.errorReportCsv);
    } else if (result.error) {
      message.error(errorMessage(result.error, t));
    } else {
      message.info(t('importWizard.noErrors'));
    }
  };

  return (
    <Button icon={<DownloadOutlined />} loading={loading} onClick={download} data-testid="import-download">
      {t('importWizard.download')}
    </Button>
  );
}
