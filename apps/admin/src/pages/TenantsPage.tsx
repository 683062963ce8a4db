import { Card, Col, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { TenantTreeQuery } from '../graphql/tenants';
import { QueryError } from '../layout/QueryError';
import { useViewer } from '../layout/viewer';
import { CreateTenantForm } from '../tenants/CreateTenantForm';
import { TenantDetail } from '../tenants/TenantDetail';
import { TenantTree } from '../tenants/TenantTree';

export function TenantsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [{ data, fetching, error }] = useQuery({ query: TenantTreeQuery });
  const [selectedId, setSelectedId] = useState<string>();
  const tenants = data?.tenantTree ?? [];
  const selected = selectedId ?? viewer.scopeTenant.id;
  const selectedTenant = tenants.find((x) => x.id === selected);
  // Only federations have children, so there is nothing to create inside an enterprise union.
  const canCreateChild =
    viewer.roles.includes('FEDERATION_ADMIN') && viewer.scopeTenant.kind === 'FEDERATION';

  return (
    <Row gutter={16}>
      <Col xs={24} lg={10}>
        <Card title={t('tenants.tree')}>
          {error && <QueryError error={error} />}
          {fetching && !data ? (
            <Skeleton active />
          ) : (
            <TenantTree tenants={tenants} selectedId={selected} onSelect={setSelectedId} />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <TenantDetail id={selected} />
        {canCreateChild && (
          <CreateTenantForm
            tenants={tenants}
            defaultParentId={selectedTenant?.kind === 'FEDERATION' ? selectedTenant.id : undefined}
          />
        )}
      </Col>
    </Row>
  );
}
