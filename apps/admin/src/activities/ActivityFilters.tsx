import { DatePicker, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CampaignChoicesQuery } from '../graphql/activities';
import { OfficersQuery } from '../graphql/officers';
import { fromDay, toDay } from '../lib/dates';
import { UnitTreeSelect } from '../orgUnits/UnitTreeSelect';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, type ActivityListState } from './model';

interface Props {
  value: ActivityListState;
  onChange: (next: Partial<ActivityListState>) => void;
}

/** Kind, status, dates, team, officer, campaign and text; every change goes to the URL. */
export function ActivityFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  // Officer accounts may be hidden from some roles: then the choice is simply not offered.
  const [{ data: officers }] = useQuery({ query: OfficersQuery, variables: { first: 100 } });
  const [{ data: campaigns }] = useQuery({ query: CampaignChoicesQuery });
  const width = { minWidth: 150, flex: '1 1 150px' };
  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }} data-testid="activity-filters">
      <Select
        allowClear
        style={width}
        placeholder={t('act.list.allKinds')}
        value={value.kind}
        onChange={(kind) => onChange({ kind })}
        options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`act.kind.${k}`) }))}
        data-testid="activity-filter-kind"
      />
      <Select
        allowClear
        style={width}
        placeholder={t('act.list.allStatuses')}
        value={value.status}
        onChange={(status) => onChange({ status })}
        options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`act.status.${s}`) }))}
        data-testid="activity-filter-status"
      />
      <DatePicker.RangePicker
        style={{ minWidth: 240, flex: '1 1 240px' }}
        allowEmpty={[true, true]}
        value={[toDay(value.from) ?? null, toDay(value.to) ?? null]}
        onChange={(range) => onChange({ from: fromDay(range?.[0]), to: fromDay(range?.[1]) })}
      />
      <div style={{ minWidth: 180, flex: '1 1 180px' }}>
        <UnitTreeSelect
          allowClear
          placeholder={t('act.list.anyTeam')}
          value={value.teamId}
          onChange={(teamId) => onChange({ teamId })}
          data-testid="activity-filter-team"
        />
      </div>
      {officers && (
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={width}
          placeholder={t('act.list.anyOfficer')}
          value={value.officerId}
          onChange={(officerId) => onChange({ officerId })}
          options={officers.officers.edges.map(({ node }) => ({ value: node.id, label: node.displayName }))}
        />
      )}
      <Select
        allowClear
        style={width}
        placeholder={t('act.list.anyCampaign')}
        value={value.campaignId}
        onChange={(campaignId) => onChange({ campaignId })}
        options={(campaigns?.campaigns.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }))}
      />
      <Input.Search
        allowClear
        style={{ minWidth: 220, flex: '2 1 220px' }}
        placeholder={t('act.field.search')}
        defaultValue={value.search}
        onSearch={(search) => onChange({ search: search || undefined })}
        data-testid="activity-filter-search"
      />
    </Flex>
  );
}
