import { App, Button, Checkbox, Col, Form, Input, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import type { CaseKind, CasePriority, CaseSource } from '../gql/graphql';
import { CreateCaseMutation } from '../graphql/cases';
import { FormError } from '../layout/FormError';
import { useRevalidateOnLanguageChange } from '../lib/useRevalidateOnLanguageChange';
import { UnitTreeSelect } from '../orgUnits/UnitTreeSelect';
import { CASE_KINDS, CASE_PRIORITIES, CASE_SOURCES } from './caseModel';
import { type MemberOption, MemberPicker } from './MemberPicker';
import { useCaseErrors } from './useCaseErrors';

export interface CreateCaseValues {
  kind: CaseKind;
  summary: string;
  details?: string;
  priority: CasePriority;
  source: CaseSource;
  confidential: boolean;
  memberIds: string[];
  orgUnitId?: string;
}

interface Props {
  /** A member the case is opened for (from the member's page). */
  member?: MemberOption & { orgUnitId?: string | null };
}

/** Opens a case in the tenant the caller acts on; the server's field errors show under the fields. */
export function CreateCaseForm({ member }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateCaseValues>();
  const [{ fetching }, create] = useMutation(CreateCaseMutation);
  const { formError, showError, clearError } = useCaseErrors(form);
  useRevalidateOnLanguageChange(form);

  const submit = async (v: CreateCaseValues) => {
    clearError();
    const result = await create(
      {
        input: {
          kind: v.kind,
          summary: v.summary.trim(),
          details: v.details?.trim() || undefined,
          priority: v.priority,
          source: v.source,
          confidential: v.confidential,
          memberIds: v.memberIds ?? [],
          orgUnitId: v.orgUnitId || undefined,
        },
      },
      { additionalTypenames: ['Case'] },
    );
    if (result.data) {
      message.success(t('cases.createdOk', { number: result.data.createCase.number }));
      navigate(`/cases/${result.data.createCase.id}`, { replace: true });
    } else if (result.error) {
      showError(result.error);
    }
  };

  return (
    <Form<CreateCaseValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      noValidate
      data-testid="create-case-form"
      initialValues={{
        priority: 'NORMAL',
        source: 'WALK_IN',
        confidential: false,
        memberIds: member ? [member.id] : [],
        orgUnitId: member?.orgUnitId ?? undefined,
      }}
    >
      <FormError error={formError} />
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="kind"
            label={t('cases.field.kind')}
            rules={[{ required: true, message: t('validation.caseKindRequired') }]}
          >
            <Select
              options={CASE_KINDS.map((k) => ({ value: k, label: t(`caseKind.${k}`) }))}
              data-testid="case-kind"
              classNames={{ popup: { root: 'case-kind-popup' } }}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="priority" label={t('cases.field.priority')}>
            <Select
              options={CASE_PRIORITIES.map((p) => ({ value: p, label: t(`casePriority.${p}`) }))}
              data-testid="case-priority"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="source" label={t('cases.field.source')}>
            <Select
              options={CASE_SOURCES.map((s) => ({ value: s, label: t(`caseSource.${s}`) }))}
              data-testid="case-source"
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="summary"
        label={t('cases.field.summary')}
        rules={[
          { required: true, whitespace: true, message: t('validation.summaryRequired') },
          { max: 200, message: t('validation.tooLong', { max: 200 }) },
        ]}
      >
        <Input maxLength={200} data-testid="case-summary-input" />
      </Form.Item>
      <Form.Item
        name="details"
        label={t('cases.field.details')}
        rules={[{ max: 5000, message: t('validation.tooLong', { max: 5000 }) }]}
      >
        <Input.TextArea rows={4} maxLength={5000} data-testid="case-details-input" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="memberIds" label={t('cases.field.members')}>
            <MemberPicker multiple known={member ? [member] : []} data-testid="case-members-input" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="orgUnitId" label={t('cases.field.team')}>
            <UnitTreeSelect allowClear data-testid="case-team-input" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="confidential" valuePropName="checked">
        <Checkbox data-testid="case-confidential">{t('cases.field.confidential')}</Checkbox>
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={fetching} data-testid="create-case-submit">
          {t('cases.new')}
        </Button>
        <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
