import { Card, Descriptions, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { TenantDetailQuery } from '../graphql/tenants';
import { QueryError } from '../layout/QueryError';
import { formatDateTime } from '../lib/format';

export function TenantDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: TenantDetailQuery, variables: { id } });
  const tenant = data?.tenant;

  const body = () => {
    if (error) return <QueryError error={error} />;
    if (fetching && !tenant) return <Skeleton active />;
    if (!tenant) return <Empty description={t('tenants.notFound')} />;
    return (
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('tenants.name')}>{tenant.name}</Descriptions.Item>
        <Descriptions.Item label={t('tenants.kind')}>{t(`kind.${tenant.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('tenants.parent')}>
          {tenant.parent?.name ?? t('tenants.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('tenants.childCount')}>{tenant.children.length}</Descriptions.Item>
        <Descriptions.Item label={t('tenants.depth')}>{tenant.depth}</Descriptions.Item>
        <Descriptions.Item label={t('tenants.createdAt')}>
          {formatDateTime(tenant.createdAt, i18n.language)}
        </Descriptions.Item>
      </Descriptions>
    );
  };

  return <Card title={t('tenants.detail')}>{body()}</Card>;
}
