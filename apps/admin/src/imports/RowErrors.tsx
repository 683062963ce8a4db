import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from './useImportJob';

type RowError = ImportJob['errors']['edges'][number]['node'];

/** One line per problem: the row as the spreadsheet numbers it, the column, the (masked) value. */
export function RowErrors({ errors, loading }: { errors: RowError[]; loading: boolean }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<RowError> = [
    { title: t('importWizard.row'), dataIndex: 'rowNumber', width: 80 },
    { title: t('importWizard.column'), dataIndex: 'column', render: (v: string | null) => v ?? '—' },
    { title: t('importWizard.value'), dataIndex: 'value', render: (v: string | null) => v ?? '—' },
    { title: t('importWizard.problem'), dataIndex: 'message' },
  ];
  return (
    <Table<RowError>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={errors}
      loading={loading}
      pagination={false}
      data-testid="import-errors"
    />
  );
}
