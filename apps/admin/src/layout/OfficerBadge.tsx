import { UserOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Viewer } from './viewer';

export function OfficerBadge({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  return (
    <Flex vertical style={{ lineHeight: 1.3 }}>
      <span data-testid="current-officer">
        <UserOutlined /> <Typography.Text strong>{viewer.officer.displayName}</Typography.Text>{' '}
        <Tag color="red" variant="outlined">
          {t(`role.${viewer.officer.role}`)}
        </Tag>
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="home-tenant-name">
        {t('header.homeTenant', { name: viewer.homeTenant.name })}
      </Typography.Text>
    </Flex>
  );
}
