import { HomeOutlined } from '@ant-design/icons';
import { Button, Flex, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { MeQuery } from '../graphql/viewer';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { QueryError } from '../layout/QueryError';
import { ViewerContext } from '../layout/viewer';

/**
 * A slim frame for pages used on a phone in the field (no side menu): brand, home and language,
 * with the signed-in viewer provided like the full layout does.
 */
export function CompactLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({ query: MeQuery });
  if (!data)
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }}>
        {error ? (
          <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        ) : (
          <Spin />
        )}
      </Flex>
    );
  return (
    <ViewerContext value={data.me}>
      <div style={{ minHeight: '100vh', background: '#f5f5f5' }}>
        <Flex
          align="center"
          justify="space-between"
          gap={8}
          style={{ background: '#fff', borderBottom: '1px solid #f0f0f0', padding: '8px 12px' }}
        >
          <Flex align="center" gap={8} style={{ minWidth: 0 }}>
            <Link to="/" aria-label={t('nav.home')}>
              <Button size="small" icon={<HomeOutlined />} />
            </Link>
            <Typography.Text strong style={{ color: '#c8102e' }} ellipsis>
              {data.me.scopeTenant.name}
            </Typography.Text>
          </Flex>
          <LanguageSwitch />
        </Flex>
        <div style={{ maxWidth: 720, margin: '0 auto', padding: 12 }}>{children}</div>
      </div>
    </ViewerContext>
  );
}
