import { ClearOutlined } from '@ant-design/icons';
import { Button, Col, Input, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitTreeSelect } from '../orgUnits/UnitTreeSelect';
import { AGE_BANDS, MEMBER_STATUSES, type MemberListFilters } from './listState';

interface Props {
  value: MemberListFilters;
  onChange: (next: MemberListFilters) => void;
  /** Job types and shift patterns in use, offered as choices. */
  jobTypes?: string[];
  shiftPatterns?: string[];
}

type FlagKey = 'migrantWorker' | 'modelWorker' | 'hardship';

/** Text typed into a box is applied on Enter (or the search button), choices at once. */
function TextFilter({
  value,
  onApply,
  placeholder,
  testId,
}: {
  value?: string;
  onApply: (value: string | undefined) => void;
  placeholder: string;
  testId: string;
}) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <Input.Search
      value={text}
      allowClear
      placeholder={placeholder}
      aria-label={placeholder}
      onChange={(e) => setText(e.target.value)}
      onSearch={(v) => onApply(v.trim() || undefined)}
      data-testid={testId}
    />
  );
}

export function MemberFilters({ value, onChange, jobTypes = [], shiftPatterns = [] }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof MemberListFilters>(key: K, v: MemberListFilters[K]) => {
    const next = { ...value, [key]: v };
    if (v === undefined || (Array.isArray(v) && v.length === 0)) delete next[key];
    onChange(next);
  };
  const yesNo = [
    { value: 'yes', label: t('common.yes') },
    { value: 'no', label: t('common.no') },
  ];
  const flagSelect = (key: FlagKey, label: string) => (
    <Select
      allowClear
      placeholder={label}
      aria-label={label}
      style={{ width: '100%' }}
      value={value[key] === undefined ? undefined : value[key] ? 'yes' : 'no'}
      options={yesNo.map((o) => ({ ...o, label: t('memberFilters.flagValue', { label, value: o.label }) }))}
      onChange={(v?: string) => set(key, v === undefined ? undefined : v === 'yes')}
      data-testid={`member-filter-${key}`}
    />
  );
  const segmentOptions = (values: string[]) => values.map((v) => ({ value: v, label: v }));

  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="member-filters">
      <Col xs={24} md={12} xl={8}>
        <TextFilter
          value={value.search}
          onApply={(v) => set('search', v)}
          placeholder={t('memberFilters.search')}
          testId="member-filter-search"
        />
      </Col>
      <Col xs={24} md={12} xl={8}>
        <UnitTreeSelect
          value={value.orgUnitId}
          onChange={(v) => set('orgUnitId', v)}
          allowClear
          placeholder={t('memberFilters.orgUnit')}
          data-testid="member-filter-orgUnit"
        />
      </Col>
      <Col xs={24} md={12} xl={8}>
        <Select
          mode="multiple"
          allowClear
          placeholder={t('memberFilters.status')}
          aria-label={t('memberFilters.status')}
          style={{ width: '100%' }}
          value={value.status ?? []}
          options={MEMBER_STATUSES.map((s) => ({ value: s, label: t(`memberStatus.${s}`) }))}
          onChange={(v) => set('status', v)}
          data-testid="member-filter-status"
        />
      </Col>
      <Col xs={12} md={6} xl={4}>
        <Select
          allowClear
          placeholder={t('memberFilters.gender')}
          aria-label={t('memberFilters.gender')}
          style={{ width: '100%' }}
          value={value.gender}
          options={[
            { value: 'MALE', label: t('gender.MALE') },
            { value: 'FEMALE', label: t('memberFilters.womanWorker') },
          ]}
          onChange={(v) => set('gender', v)}
          data-testid="member-filter-gender"
        />
      </Col>
      <Col xs={12} md={6} xl={4}>
        <Select
          allowClear
          placeholder={t('memberFilters.ageBand')}
          aria-label={t('memberFilters.ageBand')}
          style={{ width: '100%' }}
          value={value.ageBand}
          options={AGE_BANDS.map((b) => ({ value: b, label: t(`ageBand.${b}`) }))}
          onChange={(v) => set('ageBand', v)}
          data-testid="member-filter-ageBand"
        />
      </Col>
      <Col xs={12} md={6} xl={4}>
        <Select
          allowClear
          showSearch
          placeholder={t('memberFilters.jobType')}
          aria-label={t('memberFilters.jobType')}
          style={{ width: '100%' }}
          value={value.jobType}
          options={segmentOptions(jobTypes)}
          onChange={(v) => set('jobType', v)}
          data-testid="member-filter-jobType"
        />
      </Col>
      <Col xs={12} md={6} xl={4}>
        <Select
          allowClear
          showSearch
          placeholder={t('memberFilters.shiftPattern')}
          aria-label={t('memberFilters.shiftPattern')}
          style={{ width: '100%' }}
          value={value.shiftPattern}
          options={segmentOptions(shiftPatterns)}
          onChange={(v) => set('shiftPattern', v)}
          data-testid="member-filter-shiftPattern"
        />
      </Col>
      <Col xs={12} md={6} xl={4}>
        {flagSelect('migrantWorker', t('memberFilters.migrantWorker'))}
      </Col>
      <Col xs={12} md={6} xl={4}>
        {flagSelect('modelWorker', t('memberFilters.modelWorker'))}
      </Col>
      <Col xs={12} md={6} xl={4}>
        {flagSelect('hardship', t('memberFilters.hardship'))}
      </Col>
      <Col xs={12} md={6} xl={4}>
        <TextFilter
          value={value.tag}
          onApply={(v) => set('tag', v)}
          placeholder={t('memberFilters.tag')}
          testId="member-filter-tag"
        />
      </Col>
      <Col xs={24} md={12} xl={8}>
        <Button
          icon={<ClearOutlined />}
          disabled={Object.keys(value).length === 0}
          onClick={() => onChange({})}
          data-testid="member-filter-reset"
        >
          {t('memberFilters.reset')}
        </Button>
      </Col>
    </Row>
  );
}
