import {
  ApartmentOutlined,
  IdcardOutlined,
  SolutionOutlined,
  SwapOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActivitySummaryCard } from '../activities/ActivitySummaryCard';
import { CaseSummaryCard } from '../cases/CaseSummaryCard';
import { useViewer } from '../layout/viewer';

export function HomePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { officer, scopeTenant, homeTenant } = viewer;

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="welcome">
          {t('home.welcome', { name: officer.displayName })}
        </Typography.Title>
        <Typography.Paragraph data-testid="home-scope">
          {t('home.scope', { name: scopeTenant.name, kind: t(`kind.${scopeTenant.kind}`) })}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">
          {t('home.role', { role: t(`role.${officer.role}`) })}
        </Typography.Paragraph>
        {scopeTenant.id !== homeTenant.id && (
          <Alert
            type="info"
            showIcon
            title={t('home.viewingOther', { home: homeTenant.name })}
            style={{ marginBottom: 16 }}
          />
        )}
        <Space wrap>
          <Link to="/cases">
            <Button icon={<SolutionOutlined />}>{t('nav.cases')}</Button>
          </Link>
          <Link to="/members">
            <Button icon={<IdcardOutlined />}>{t('nav.members')}</Button>
          </Link>
          <Link to="/transfers">
            <Button icon={<SwapOutlined />}>{t('nav.transfers')}</Button>
          </Link>
          <Link to="/tenants">
            <Button icon={<ApartmentOutlined />}>{t('nav.tenants')}</Button>
          </Link>
          <Link to="/officers">
            <Button icon={<TeamOutlined />}>{t('nav.officers')}</Button>
          </Link>
        </Space>
      </Card>
      <CaseSummaryCard tenantId={scopeTenant.id} />
      <ActivitySummaryCard tenantId={scopeTenant.id} />
    </Flex>
  );
}
