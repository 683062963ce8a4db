import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { LoginForm } from '../auth/LoginForm';
import { useSession } from '../auth/session';
import { LanguageSwitch } from '../layout/LanguageSwitch';

export function LoginPage() {
  const { t } = useTranslation();
  const { token, signIn } = useSession();
  const location = useLocation();

  if (token) {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
  }

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Flex justify="flex-end" style={{ position: 'absolute', top: 16, right: 24 }}>
        <LanguageSwitch />
      </Flex>
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('app.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        <LoginForm onSuccess={signIn} />
      </Card>
    </Flex>
  );
}
