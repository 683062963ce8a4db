import { InboxOutlined } from '@ant-design/icons';
import { Alert, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { currentLanguage } from '../i18n';
import { gatewayRoute, type UploadedFile, uploadFile } from '../lib/upload';

interface Props {
  onUploaded: (upload: UploadedFile) => void;
}

/** Sends the roster (.xlsx or .csv) to the gateway's upload route; nothing is imported yet. */
export function UploadStep({ onUploaded }: Props) {
  const { t, i18n } = useTranslation();
  const { token, graphqlUrl } = useSession();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = async (file: File) => {
    setError(null);
    setUploading(true);
    try {
      onUploaded(
        await uploadFile(gatewayRoute(graphqlUrl, '/upload/members'), file, {
          token,
          language: currentLanguage(i18n),
        }),
      );
    } catch (err) {
      setError(err instanceof Error ? err.message : t('errors.unknown'));
    } finally {
      setUploading(false);
    }
  };

  return (
    <>
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 16 }}
          data-testid="import-upload-error"
        />
      )}
      <Spin spinning={uploading}>
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          disabled={uploading}
          beforeUpload={(file) => {
            void send(file);
            return false;
          }}
          data-testid="import-upload"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('importWizard.uploadTitle')}</p>
          <p className="ant-upload-hint">{t('importWizard.uploadHint')}</p>
        </Upload.Dragger>
      </Spin>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        {t('importWizard.uploadHelp')}
      </Typography.Paragraph>
    </>
  );
}
