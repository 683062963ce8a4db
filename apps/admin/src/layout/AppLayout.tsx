import { LogoutOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../auth/session';
import { MeQuery } from '../graphql/viewer';
import { LanguageSwitch } from './LanguageSwitch';
import { NavMenu } from './NavMenu';
import { OfficerBadge } from './OfficerBadge';
import { QueryError } from './QueryError';
import { ScopeTitle } from './ScopeTitle';
import { TenantSwitcher } from './TenantSwitcher';
import { ViewerContext } from './viewer';

const headerStyle = {
  background: '#fff',
  borderBottom: '1px solid #f0f0f0',
  paddingInline: 24,
  height: 64,
} as const;

export function AppLayout() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const [{ data, error }, refetch] = useQuery({ query: MeQuery });

  if (!data) {
    return (
      <Flex align="center" justify="center" style={{ height: '100%' }}>
        {error ? (
          <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        ) : (
          <Spin size="large" />
        )}
      </Flex>
    );
  }

  const viewer = data.me;
  return (
    <ViewerContext value={viewer}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header style={headerStyle}>
          <Flex align="center" justify="space-between" gap={16} style={{ height: '100%' }}>
            <Flex align="center" gap={16}>
              <Typography.Text strong style={{ fontSize: 18, color: '#c8102e' }}>
                {t('app.brand')}
              </Typography.Text>
              <ScopeTitle viewer={viewer} />
            </Flex>
            <Flex align="center" gap={16}>
              {viewer.canSwitchTenant && <TenantSwitcher viewer={viewer} />}
              <LanguageSwitch />
              <OfficerBadge viewer={viewer} />
              <Button icon={<LogoutOutlined />} onClick={signOut} data-testid="logout">
                {t('header.logout')}
              </Button>
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout>
          {/* On a phone the menu folds away (a trigger opens it), leaving the screen to the page. */}
          <Layout.Sider width={200} theme="light" breakpoint="md" collapsedWidth={0}>
            <NavMenu />
          </Layout.Sider>
          <Layout.Content style={{ padding: 24 }}>
            <Outlet />
          </Layout.Content>
        </Layout>
      </Layout>
    </ViewerContext>
  );
}
