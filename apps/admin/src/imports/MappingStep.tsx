import { Alert, Button, Select, Skeleton, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { MemberImportUploadQuery, StartMemberImportMutation } from '../graphql/imports';
import { QueryError } from '../layout/QueryError';
import { errorMessage, serverFieldErrors } from '../lib/graphqlErrors';
import { type ColumnMapping, fieldsMappedTwice, IMPORT_FIELDS, initialMapping } from './fields';

interface Props {
  uploadId: string;
  onStarted: (jobId: string, mapping: ColumnMapping[]) => void;
  onBack: () => void;
}

/** Which column fills which member field: the server suggests, the officer corrects. */
export function MappingStep({ uploadId, onStarted, onBack }: Props) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: MemberImportUploadQuery, variables: { uploadId } });
  const [{ fetching: starting }, start] = useMutation(StartMemberImportMutation);
  const upload = data?.memberImportUpload;
  const [mapping, setMapping] = useState<ColumnMapping[]>([]);
  const [startError, setStartError] = useState<string | null>(null);

  useEffect(() => {
    if (upload) setMapping(initialMapping(upload.headers, upload.suggestedMapping));
  }, [upload]);
  const twice = useMemo(() => fieldsMappedTwice(mapping), [mapping]);

  if (error) return <QueryError error={error} />;
  if (fetching || !upload) return <Skeleton active />;

  const dryRun = async () => {
    setStartError(null);
    const result = await start({ input: { uploadId, dryRun: true, mapping } });
    if (result.data) onStarted(result.data.startMemberImport.id, mapping);
    else if (result.error) {
      const fields = serverFieldErrors(result.error).map((f) => f.message);
      setStartError(fields.length > 0 ? fields.join('；') : errorMessage(result.error, t));
    }
  };

  const columns: TableColumnsType<ColumnMapping> = [
    {
      title: t('importWizard.column'),
      dataIndex: 'column',
      render: (c: string) => <Typography.Text strong>{c}</Typography.Text>,
    },
    {
      title: t('importWizard.field'),
      key: 'field',
      render: (_: unknown, row, index) => (
        <Select
          allowClear
          style={{ width: 240 }}
          placeholder={t('importWizard.ignore')}
          value={row.field ?? undefined}
          status={row.field && twice.has(row.field) ? 'error' : undefined}
          options={IMPORT_FIELDS.map((f) => ({ value: f, label: t(`importField.${f}`) }))}
          onChange={(field) =>
            setMapping((m) => m.map((entry, i) => (i === index ? { ...entry, field: field ?? null } : entry)))
          }
          aria-label={row.column}
          data-testid={`import-map-${index}`}
        />
      ),
    },
  ];

  return (
    <>
      <Typography.Paragraph>
        {t('importWizard.fileInfo', {
          name: upload.fileName,
          row: upload.headerRow,
          count: upload.headers.length,
        })}
      </Typography.Paragraph>
      {upload.missing.length > 0 && (
        <Alert type="warning" showIcon title={upload.missing.join('；')} style={{ marginBottom: 16 }} />
      )}
      {twice.size > 0 && (
        <Alert type="error" showIcon title={t('importWizard.mappedTwice')} style={{ marginBottom: 16 }} />
      )}
      {startError && (
        <Alert
          type="error"
          showIcon
          title={startError}
          style={{ marginBottom: 16 }}
          data-testid="import-start-error"
        />
      )}
      <Table<ColumnMapping>
        rowKey="column"
        size="small"
        columns={columns}
        dataSource={mapping}
        pagination={false}
        data-testid="import-mapping-table"
      />
      <Space style={{ marginTop: 16 }}>
        <Button onClick={onBack}>{t('importWizard.otherFile')}</Button>
        <Button
          type="primary"
          loading={starting}
          disabled={twice.size > 0}
          onClick={dryRun}
          data-testid="import-dry-run"
        >
          {t('importWizard.dryRun')}
        </Button>
      </Space>
    </>
  );
}
