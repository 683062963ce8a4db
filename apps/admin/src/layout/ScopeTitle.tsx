import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Viewer } from './viewer';

export function ScopeTitle({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { scopeTenant } = viewer;
  return (
    <span title={t('header.scope')}>
      <Typography.Text strong style={{ fontSize: 16 }} data-testid="scope-tenant-name">
        {scopeTenant.name}
      </Typography.Text>{' '}
      <Tag>{t(`kind.${scopeTenant.kind}`)}</Tag>
    </span>
  );
}
