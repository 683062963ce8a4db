import { ClearOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Input, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, fromDay, toDay } from '../lib/dates';
import { UnitTreeSelect } from '../orgUnits/UnitTreeSelect';
import { CASE_KINDS, CASE_STATUSES, type CaseListFilters, DEADLINE_FILTERS } from './caseModel';
import { MemberPicker } from './MemberPicker';
import { TenantPicker } from './TenantPicker';

interface Props {
  value: CaseListFilters;
  onChange: (next: CaseListFilters) => void;
  /** A federation filters by union; a union has none below it. */
  showUnion: boolean;
}

/** Text is applied on Enter (or the search button), choices at once. */
function TextFilter({
  value,
  onApply,
  placeholder,
}: {
  value?: string;
  onApply: (v?: string) => void;
  placeholder: string;
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
      data-testid="case-filter-text"
    />
  );
}

export function CaseFilters({ value, onChange, showUnion }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof CaseListFilters>(key: K, v: CaseListFilters[K]) => {
    const next = { ...value, [key]: v };
    if (v === undefined || (Array.isArray(v) && v.length === 0)) delete next[key];
    onChange(next);
  };
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="case-filters">
      <Col xs={24} md={12} xl={8}>
        <TextFilter
          value={value.text}
          onApply={(v) => set('text', v)}
          placeholder={t('cases.filters.text')}
        />
      </Col>
      <Col xs={24} md={12} xl={8}>
        <Select
          mode="multiple"
          allowClear
          placeholder={t('cases.filters.kind')}
          aria-label={t('cases.filters.kind')}
          style={{ width: '100%' }}
          value={value.kind ?? []}
          options={CASE_KINDS.map((k) => ({ value: k, label: t(`caseKind.${k}`) }))}
          onChange={(v) => set('kind', v)}
          data-testid="case-filter-kind"
        />
      </Col>
      <Col xs={24} md={12} xl={8}>
        <Select
          mode="multiple"
          allowClear
          placeholder={t('cases.filters.status')}
          aria-label={t('cases.filters.status')}
          style={{ width: '100%' }}
          value={value.status ?? []}
          options={CASE_STATUSES.map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))}
          onChange={(v) => set('status', v)}
          data-testid="case-filter-status"
        />
      </Col>
      <Col xs={12} md={6} xl={4}>
        <Select
          allowClear
          placeholder={t('cases.filters.deadline')}
          aria-label={t('cases.filters.deadline')}
          style={{ width: '100%' }}
          value={value.deadline}
          options={DEADLINE_FILTERS.map((d) => ({ value: d, label: t(`cases.deadline.${d}`) }))}
          onChange={(v) => set('deadline', v)}
          data-testid="case-filter-deadline"
        />
      </Col>
      <Col xs={12} md={6} xl={4}>
        <UnitTreeSelect
          value={value.orgUnitId}
          onChange={(v) => set('orgUnitId', v)}
          allowClear
          placeholder={t('cases.filters.orgUnit')}
          data-testid="case-filter-orgUnit"
        />
      </Col>
      <Col xs={24} md={12} xl={8}>
        <MemberPicker
          value={value.memberId}
          onChange={(v) => set('memberId', v)}
          allowClear
          placeholder={t('cases.filters.member')}
          data-testid="case-filter-member"
        />
      </Col>
      <Col xs={24} md={12} xl={8}>
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          style={{ width: '100%' }}
          allowEmpty={[true, true]}
          placeholder={[t('cases.filters.received'), t('cases.filters.received')]}
          value={[toDay(value.receivedFrom) ?? null, toDay(value.receivedTo) ?? null]}
          onChange={(range) =>
            onChange(
              Object.fromEntries(
                Object.entries({
                  ...value,
                  receivedFrom: fromDay(range?.[0]),
                  receivedTo: fromDay(range?.[1]),
                }).filter(([, v]) => v !== undefined),
              ) as CaseListFilters,
            )
          }
          data-testid="case-filter-received"
        />
      </Col>
      {showUnion && (
        <Col xs={24} md={12} xl={8}>
          <TenantPicker
            value={value.tenantId}
            onChange={(v) => set('tenantId', v)}
            allowClear
            placeholder={t('cases.filters.union')}
            popupClassName="case-union-filter-popup"
            data-testid="case-filter-union"
          />
        </Col>
      )}
      <Col xs={24} md={12} xl={8}>
        <Button
          icon={<ClearOutlined />}
          disabled={Object.keys(value).length === 0}
          onClick={() => onChange({})}
          data-testid="case-filter-reset"
        >
          {t('cases.filters.reset')}
        </Button>
      </Col>
    </Row>
  );
}
