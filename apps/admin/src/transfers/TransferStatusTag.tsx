import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TransferStatus } from '../gql/graphql';

const COLORS: Record<TransferStatus, string> = {
  PENDING: 'orange',
  ACCEPTED: 'green',
  REJECTED: 'red',
  CANCELLED: 'default',
};

export function TransferStatusTag({ status }: { status: TransferStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`transferStatus.${status}`)}</Tag>;
}
