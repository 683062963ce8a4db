import { Badge, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OfficersQuery } from '../gql/graphql';
import { formatDateTime } from '../lib/format';

type OfficerRow = OfficersQuery['officers']['edges'][number]['node'];

export function OfficerTable({ officers, loading }: { officers: OfficerRow[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const columns: TableColumnsType<OfficerRow> = [
    { title: t('officers.displayName'), dataIndex: 'displayName' },
    { title: t('officers.email'), dataIndex: 'email' },
    { title: t('officers.role'), dataIndex: 'role', render: (role: OfficerRow['role']) => t(`role.${role}`) },
    {
      title: t('officers.status'),
      dataIndex: 'active',
      render: (active: boolean) => (
        <Badge
          status={active ? 'success' : 'default'}
          text={active ? t('officers.active') : t('officers.inactive')}
        />
      ),
    },
    {
      title: t('officers.createdAt'),
      dataIndex: 'createdAt',
      render: (iso: string) => formatDateTime(iso, i18n.language),
    },
  ];
  return (
    <Table<OfficerRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={officers}
      loading={loading}
      pagination={false}
      data-testid="officer-table"
    />
  );
}
