import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  error: string | null;
  /** A stale version: offer to reload the record instead of retrying blindly. */
  conflict?: boolean;
  onReload?: () => void;
}

/** The error above a form that could not be put under a field. */
export function FormError({ error, conflict, onReload }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert
      type={conflict ? 'warning' : 'error'}
      showIcon
      title={error}
      style={{ marginBottom: 16 }}
      data-testid="form-error"
      action={
        conflict &&
        onReload && (
          <Button size="small" icon={<ReloadOutlined />} onClick={onReload} data-testid="form-reload">
            {t('errors.reload')}
          </Button>
        )
      }
    />
  );
}
