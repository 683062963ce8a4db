import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { actsOnUnion, useViewer } from './viewer';

/** Shown instead of forms that need an enterprise union as the scope. */
export function UnionScopeHint() {
  const { t } = useTranslation();
  const viewer = useViewer();
  if (actsOnUnion(viewer)) return null;
  return (
    <Alert
      type="info"
      showIcon
      title={t('scopeHint.title')}
      description={viewer.canSwitchTenant ? t('scopeHint.switch') : t('scopeHint.noSwitch')}
      style={{ marginBottom: 16 }}
      data-testid="union-scope-hint"
    />
  );
}
