import type { CombinedError } from '@urql/core';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/graphqlErrors';

export function QueryError({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={t('errors.loadFailed')}
      description={errorMessage(error, t)}
      action={onRetry && <Button onClick={onRetry}>{t('errors.retry')}</Button>}
    />
  );
}
