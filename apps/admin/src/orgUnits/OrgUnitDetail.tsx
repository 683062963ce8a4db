import { Card, Descriptions, Divider, Empty, Skeleton, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { OrgUnitDetailQuery } from '../graphql/orgUnits';
import { QueryError } from '../layout/QueryError';
import { formatDate } from '../lib/format';
import { OrgUnitActions } from './OrgUnitActions';
import { UnitHistory } from './UnitHistory';
import type { OrgUnitRow } from './useOrgUnits';

interface Props {
  id: string;
  /** All units (closed too), to name the parents a move recorded. */
  units: readonly OrgUnitRow[];
  /** Active members (itself and below), if known. */
  memberCount?: number;
  canEdit: boolean;
  onSelect: (id: string) => void;
}

export function OrgUnitDetail({ id, units, memberCount, canEdit, onSelect }: Props) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: OrgUnitDetailQuery, variables: { id } });
  const unit = data?.orgUnit;
  const unitNames = useMemo(() => new Map(units.map((u) => [u.id, u.name])), [units]);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (error && !unit) return <QueryError error={error} onRetry={reload} />;
  if (!unit)
    return <Card>{fetching ? <Skeleton active /> : <Empty description={t('orgUnits.notFound')} />}</Card>;

  return (
    <Card
      title={
        <span data-testid="unit-detail-name">
          {unit.name} <Tag>{t(`unitKind.${unit.kind}`)}</Tag>
        </span>
      }
      extra={canEdit && <OrgUnitActions unit={unit} onReload={reload} onCreated={onSelect} />}
    >
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={t('unitForm.parent')}>
          {unit.parent?.name ?? t('orgUnits.topLevel')}
        </Descriptions.Item>
        <Descriptions.Item label={t('unitForm.leader')}>
          <span data-testid="unit-detail-leader">{unit.leaderName || '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('unitForm.status')}>
          <Tag color={unit.status === 'ACTIVE' ? 'green' : 'default'} data-testid="unit-detail-status">
            {t(`unitStatus.${unit.status}`)}
          </Tag>
          {unit.closedAt && formatDate(unit.closedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('orgUnits.activeMemberCount')}>
          <span data-testid="unit-detail-count">{memberCount ?? '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('unitForm.createdAt')}>{formatDate(unit.createdAt)}</Descriptions.Item>
      </Descriptions>
      <Divider titlePlacement="start">{t('unitHistory.title')}</Divider>
      <UnitHistory history={unit.history} unitNames={unitNames} />
    </Card>
  );
}
