import { Alert, App, Button, Card, Space, Steps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { StartMemberImportMutation } from '../graphql/imports';
import type { ColumnMapping } from '../imports/fields';
import { JobReport } from '../imports/JobReport';
import { MappingStep } from '../imports/MappingStep';
import { UploadStep } from '../imports/UploadStep';
import { UnionScopeHint } from '../layout/UnionScopeHint';
import { actsOnUnion, useViewer } from '../layout/viewer';
import { errorMessage } from '../lib/graphqlErrors';
import type { UploadedFile } from '../lib/upload';

type Wizard =
  | { step: 'upload' }
  | { step: 'mapping'; upload: UploadedFile }
  | { step: 'dryRun'; upload: UploadedFile; mapping: ColumnMapping[]; jobId: string }
  | { step: 'run'; upload: UploadedFile; jobId: string };

const STEP_INDEX = { upload: 0, mapping: 1, dryRun: 2, run: 3 } as const;

/** Upload → map the columns → dry run (per-row errors) → import with progress. */
export function MemberImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const viewer = useViewer();
  const [wizard, setWizard] = useState<Wizard>({ step: 'upload' });
  const [{ fetching: starting }, start] = useMutation(StartMemberImportMutation);
  const [runError, setRunError] = useState<string | null>(null);
  const restart = () => {
    setRunError(null);
    setWizard({ step: 'upload' });
  };

  const runImport = async (upload: UploadedFile, mapping: ColumnMapping[]) => {
    setRunError(null);
    const result = await start({ input: { uploadId: upload.uploadId, dryRun: false, mapping } });
    if (result.data) {
      message.success(t('importWizard.started'));
      setWizard({ step: 'run', upload, jobId: result.data.startMemberImport.id });
    } else if (result.error) {
      setRunError(errorMessage(result.error, t));
    }
  };

  const body = () => {
    switch (wizard.step) {
      case 'upload':
        return <UploadStep onUploaded={(upload) => setWizard({ step: 'mapping', upload })} />;
      case 'mapping':
        return (
          <MappingStep
            uploadId={wizard.upload.uploadId}
            onBack={restart}
            onStarted={(jobId, mapping) =>
              setWizard({ step: 'dryRun', upload: wizard.upload, mapping, jobId })
            }
          />
        );
      case 'dryRun':
        return (
          <JobReport
            key={wizard.jobId}
            jobId={wizard.jobId}
            actions={(job) => (
              <Space wrap>
                <Button onClick={restart} data-testid="import-restart">
                  {t('importWizard.uploadFixed')}
                </Button>
                <Button onClick={() => setWizard({ step: 'mapping', upload: wizard.upload })}>
                  {t('importWizard.changeMapping')}
                </Button>
                <Button
                  type="primary"
                  loading={starting}
                  disabled={job.status !== 'SUCCEEDED' || job.created + job.updated === 0}
                  onClick={() => runImport(wizard.upload, wizard.mapping)}
                  data-testid="import-run"
                >
                  {job.failed > 0
                    ? t('importWizard.runSkipping', { count: job.created + job.updated, failed: job.failed })
                    : t('importWizard.run', { count: job.created + job.updated })}
                </Button>
              </Space>
            )}
          />
        );
      case 'run':
        return (
          <JobReport
            key={wizard.jobId}
            jobId={wizard.jobId}
            actions={() => (
              <Space wrap>
                <Link to="/members">
                  <Button type="primary" data-testid="import-to-members">
                    {t('importWizard.toMembers')}
                  </Button>
                </Link>
                <Button onClick={restart}>{t('importWizard.another')}</Button>
              </Space>
            )}
          />
        );
    }
  };

  return (
    <Card title={`${t('importWizard.title')} · ${viewer.scopeTenant.name}`}>
      <UnionScopeHint />
      {actsOnUnion(viewer) && (
        <>
          <Steps
            current={STEP_INDEX[wizard.step]}
            style={{ marginBottom: 24 }}
            items={[
              { title: t('importWizard.stepUpload') },
              { title: t('importWizard.stepMapping') },
              { title: t('importWizard.stepDryRun') },
              { title: t('importWizard.stepRun') },
            ]}
          />
          {runError && <Alert type="error" showIcon title={runError} style={{ marginBottom: 16 }} />}
          {body()}
        </>
      )}
    </Card>
  );
}
