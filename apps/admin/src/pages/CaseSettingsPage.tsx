import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { CASE_KINDS, CASE_PRIORITIES } from '../cases/caseModel';
import { useCaseErrors } from '../cases/useCaseErrors';
import type { CaseKind, CasePriority, DissatisfiedAction } from '../gql/graphql';
import {
  CasePolicyQuery,
  SetCalendarDayMutation,
  SetCasePolicyMutation,
  WorkingCalendarQuery,
} from '../graphql/cases';
import { FormError } from '../layout/FormError';
import { QueryError } from '../layout/QueryError';
import { isAdmin, useViewer } from '../layout/viewer';
import { DATE_FORMAT, fromDay } from '../lib/dates';
import { errorMessage } from '../lib/graphqlErrors';

/** Case settings of the tenant the caller acts on: the case policy and the working calendar. */
export function CaseSettingsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const admin = isAdmin(viewer);
  return (
    <Flex vertical gap={16}>
      {!admin && <Alert type="info" showIcon title={t('caseSettings.readOnly')} />}
      <PolicyCard editable={admin} />
      <CalendarCard editable={admin} />
    </Flex>
  );
}

type SlaKey = `${CaseKind}.${CasePriority}`;
interface PolicyValues {
  dissatisfiedAction: DissatisfiedAction;
  sla: Record<SlaKey, { responseDays: number; resolutionDays: number }>;
}

function PolicyCard({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { message } = App.useApp();
  const [{ data, error }, refetch] = useQuery({ query: CasePolicyQuery });
  const [{ fetching }, save] = useMutation(SetCasePolicyMutation);
  const [form] = Form.useForm<PolicyValues>();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const errors = useCaseErrors(form, reload);
  const policy = data?.casePolicy;
  const initial = useMemo<PolicyValues | undefined>(
    () =>
      policy && {
        dissatisfiedAction: policy.dissatisfiedAction,
        sla: Object.fromEntries(
          policy.sla.map((r) => [
            `${r.kind}.${r.priority}`,
            { responseDays: r.responseDays, resolutionDays: r.resolutionDays },
          ]),
        ) as PolicyValues['sla'],
      },
    [policy],
  );
  useEffect(() => {
    if (initial) form.setFieldsValue(initial);
  }, [form, initial]);

  if (error && !policy) return <QueryError error={error} onRetry={reload} />;
  const submit = async (v: PolicyValues) => {
    errors.clearError();
    const result = await save({
      input: {
        version: policy?.own ? (policy.version ?? undefined) : undefined,
        dissatisfiedAction: v.dissatisfiedAction,
        // The whole table is this tenant's: what it shows is what applies here and below.
        slaOverrides: CASE_KINDS.flatMap((kind) =>
          CASE_PRIORITIES.map((priority) => ({ kind, priority, ...v.sla[`${kind}.${priority}`] })),
        ),
      },
    });
    if (result.error) errors.showError(result.error);
    else message.success(t('caseSettings.saved'));
  };
  const days = {
    min: 1,
    max: 365,
    precision: 0,
    size: 'small' as const,
    style: { width: 64 },
    disabled: !editable,
  };
  const dayRules = [
    { required: true, type: 'number' as const, min: 1, max: 365, message: t('validation.daysInvalid') },
  ];

  return (
    <Card
      title={`${t('caseSettings.policyTitle')} · ${viewer.scopeTenant.name}`}
      loading={!policy}
      extra={
        policy && (
          <Tag color={policy.own ? 'blue' : undefined} data-testid="case-policy-origin">
            {policy.own
              ? t('caseSettings.own')
              : policy.ownerTenantId
                ? t('caseSettings.inherited')
                : t('caseSettings.defaults')}
          </Tag>
        )
      }
    >
      <FormError error={errors.formError} conflict={errors.conflict} onReload={reload} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={initial}
        data-testid="case-policy-form"
      >
        <Form.Item name="dissatisfiedAction" label={t('caseSettings.dissatisfiedAction')}>
          <Radio.Group
            disabled={!editable}
            options={(['REOPEN', 'ESCALATE'] as const).map((a) => ({
              value: a,
              label: t(`caseSettings.dissatisfied.${a}`),
            }))}
          />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('caseSettings.slaHint')}</Typography.Paragraph>
        <Table
          rowKey="kind"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={CASE_KINDS.map((kind) => ({ kind }))}
          columns={[
            { title: t('cases.field.kind'), dataIndex: 'kind', render: (k: CaseKind) => t(`caseKind.${k}`) },
            ...CASE_PRIORITIES.map((priority) => ({
              title: t(`casePriority.${priority}`),
              key: priority,
              render: (_: unknown, row: { kind: CaseKind }) => (
                <Space size={4}>
                  <Form.Item
                    name={['sla', `${row.kind}.${priority}`, 'responseDays']}
                    rules={dayRules}
                    noStyle
                  >
                    <InputNumber {...days} aria-label={t('caseSettings.responseDays')} />
                  </Form.Item>
                  /
                  <Form.Item
                    name={['sla', `${row.kind}.${priority}`, 'resolutionDays']}
                    rules={dayRules}
                    noStyle
                  >
                    <InputNumber {...days} aria-label={t('caseSettings.resolutionDays')} />
                  </Form.Item>
                </Space>
              ),
            })),
          ]}
        />
        {editable && (
          <Button
            type="primary"
            htmlType="submit"
            loading={fetching}
            style={{ marginTop: 16 }}
            data-testid="case-policy-save"
          >
            {t('common.save')}
          </Button>
        )}
      </Form>
    </Card>
  );
}

function CalendarCard({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [{ data, error, fetching }, refetch] = useQuery({ query: WorkingCalendarQuery, variables: { year } });
  const [{ fetching: saving }, setDay] = useMutation(SetCalendarDayMutation);
  const [form] = Form.useForm<{ date: Dayjs; working: 'WORK' | 'REST' | 'CLEAR'; note?: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const calendar = data?.workingCalendar;
  const submit = async (v: { date: Dayjs; working: 'WORK' | 'REST' | 'CLEAR'; note?: string }) => {
    setFormError(null);
    const result = await setDay({
      input: {
        date: fromDay(v.date) ?? '',
        working: v.working === 'CLEAR' ? undefined : v.working === 'WORK',
        note: v.note?.trim() || undefined,
      },
    });
    if (result.error) setFormError(errorMessage(result.error, t));
    else {
      message.success(t('caseSettings.saved'));
      form.resetFields(['note']);
      refetch({ requestPolicy: 'network-only' });
    }
  };
  return (
    <Card
      title={t('caseSettings.calendarTitle')}
      extra={
        <Select
          value={year}
          onChange={setYear}
          options={[thisYear - 1, thisYear, thisYear + 1].map((y) => ({ value: y, label: String(y) }))}
          data-testid="calendar-year"
        />
      }
    >
      {error && !calendar && (
        <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      )}
      {calendar && (
        <Space style={{ marginBottom: 12 }} wrap>
          <Typography.Text>{t('caseSettings.workingDays', { count: calendar.workingDays })}</Typography.Text>
          {!calendar.official && <Tag color="orange">{t('caseSettings.notOfficial')}</Tag>}
        </Space>
      )}
      {editable && (
        <>
          <FormError error={formError} />
          <Form
            form={form}
            layout="inline"
            onFinish={submit}
            initialValues={{ working: 'REST' }}
            style={{ marginBottom: 16 }}
          >
            <Form.Item name="date" rules={[{ required: true, message: t('validation.dateRequired') }]}>
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
            <Form.Item name="working">
              <Select
                style={{ width: 160 }}
                options={(['REST', 'WORK', 'CLEAR'] as const).map((w) => ({
                  value: w,
                  label: t(`caseSettings.dayChoice.${w}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="note">
              <Input placeholder={t('caseSettings.note')} maxLength={100} />
            </Form.Item>
            <Button htmlType="submit" loading={saving}>
              {t('caseSettings.setDay')}
            </Button>
          </Form>
        </>
      )}
      <Table
        rowKey="date"
        size="small"
        loading={fetching}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={calendar?.specialDays ?? []}
        columns={[
          { title: t('caseSettings.date'), dataIndex: 'date' },
          {
            title: t('caseSettings.kind'),
            dataIndex: 'working',
            render: (w: boolean) => (
              <Tag color={w ? 'blue' : 'green'}>
                {w ? t('caseSettings.workingDay') : t('caseSettings.restDay')}
              </Tag>
            ),
          },
          { title: t('caseSettings.name'), dataIndex: 'name', render: (n: string | null) => n ?? '—' },
          {
            title: t('caseSettings.override'),
            dataIndex: 'override',
            render: (o: boolean) => (o ? <Tag color="purple">{t('caseSettings.overridden')}</Tag> : ''),
          },
        ]}
      />
    </Card>
  );
}
