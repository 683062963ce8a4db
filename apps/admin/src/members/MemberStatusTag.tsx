import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberStatus } from '../gql/graphql';

const COLORS: Record<MemberStatus, string> = {
  ACTIVE: 'green',
  SUSPENDED: 'orange',
  TRANSFERRED_OUT: 'blue',
  RETIRED: 'default',
  LEFT: 'default',
};

export function MemberStatusTag({ status }: { status: MemberStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`memberStatus.${status}`)}</Tag>;
}
