import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { OfficersQuery } from '../graphql/officers';
import { QueryError } from '../layout/QueryError';
import { isAdmin, useViewer } from '../layout/viewer';
import { useCursorPages } from '../lib/useCursorPages';
import { CreateOfficerForm } from '../officers/CreateOfficerForm';
import { OfficerTable } from '../officers/OfficerTable';

const PAGE_SIZE = 20;

export function OfficersPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const pages = useCursorPages();
  const [{ data, fetching, error }] = useQuery({
    query: OfficersQuery,
    variables: { first: PAGE_SIZE, after: pages.after },
  });
  const connection = data?.officers;

  return (
    <>
      <Card title={`${t('officers.title')} · ${viewer.scopeTenant.name}`}>
        {error && <QueryError error={error} />}
        <OfficerTable officers={connection?.edges.map((e) => e.node) ?? []} loading={fetching} />
        <Flex justify="space-between" align="center" style={{ marginTop: 16 }}>
          <Typography.Text type="secondary">
            {connection && t('officers.total', { count: connection.totalCount })}
          </Typography.Text>
          <Flex gap={8} align="center">
            <Button disabled={pages.page === 1 || fetching} onClick={pages.previous}>
              {t('officers.prev')}
            </Button>
            <span>{t('officers.page', { page: pages.page })}</span>
            <Button
              disabled={!connection?.pageInfo.hasNextPage || fetching}
              onClick={() => pages.next(connection?.pageInfo.endCursor ?? null)}
            >
              {t('officers.next')}
            </Button>
          </Flex>
        </Flex>
      </Card>
      {isAdmin(viewer) && <CreateOfficerForm tenantKind={viewer.scopeTenant.kind} />}
    </>
  );
}
