import { AutoComplete, Col, DatePicker, Divider, Form, Input, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HardshipStatus } from '../gql/graphql';
import { DATE_FORMAT, toDay } from '../lib/dates';
import { UnitTreeSelect } from '../orgUnits/UnitTreeSelect';
import type { MemberFormValues } from './memberInput';
import { readNationalId } from './nationalId';
import { useMemberRules } from './useMemberRules';

const HARDSHIP: HardshipStatus[] = ['NONE', 'HARDSHIP', 'SEVERE'];

interface Props {
  mode: 'create' | 'edit';
  /** Masked values of the member being edited, shown as placeholders. */
  masked?: { nationalId?: string | null; phone?: string | null };
  jobTypes?: string[];
  shiftPatterns?: string[];
}

const half = { xs: 24, md: 12 };

/** The fields of a member, shared by the create and edit forms. */
export function MemberFormFields({ mode, masked, jobTypes = [], shiftPatterns = [] }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<MemberFormValues>();
  const hardship = Form.useWatch('hardshipStatus', form);
  const rules = useMemberRules();
  const keepHint = (value?: string | null) =>
    value ? t('memberForm.keepMasked', { masked: value }) : t('memberForm.none');

  // The ID number says birth date and gender: fill them in so the two cannot disagree.
  const onNationalIdChange = (value: string) => {
    const info = readNationalId(value);
    if (info) form.setFieldsValue({ gender: info.gender, birthDate: toDay(info.birthDate) });
  };

  return (
    <>
      <Divider titlePlacement="start">{t('memberForm.personal')}</Divider>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item name="name" label={t('member.name')} rules={rules.name}>
            <Input autoComplete="off" data-testid="member-name" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            name="nationalId"
            label={t('member.nationalId')}
            rules={rules.nationalId}
            extra={mode === 'create' ? t('memberForm.nationalIdHint') : undefined}
          >
            <Input
              autoComplete="off"
              maxLength={18}
              placeholder={mode === 'edit' ? keepHint(masked?.nationalId) : undefined}
              onChange={(e) => onNationalIdChange(e.target.value)}
              data-testid="member-nationalId"
            />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="gender" label={t('member.gender')}>
            <Select
              allowClear
              options={[
                { value: 'MALE', label: t('gender.MALE') },
                { value: 'FEMALE', label: t('gender.FEMALE') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="birthDate" label={t('member.birthDate')}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="phone" label={t('member.phone')} rules={rules.phone}>
            <Input
              autoComplete="off"
              placeholder={mode === 'edit' ? keepHint(masked?.phone) : undefined}
              data-testid="member-phone"
            />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">{t('memberForm.work')}</Divider>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item name="employeeNo" label={t('member.employeeNo')} rules={rules.text40}>
            <Input autoComplete="off" data-testid="member-employeeNo" />
          </Form.Item>
        </Col>
        {mode === 'create' && (
          <Col {...half}>
            <Form.Item name="orgUnitId" label={t('member.orgUnit')}>
              <UnitTreeSelect allowClear data-testid="member-orgUnit" />
            </Form.Item>
          </Col>
        )}
        <Col {...half}>
          <Form.Item name="jobTitle" label={t('member.jobTitle')} rules={rules.text60}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="jobType" label={t('member.jobType')} rules={rules.text40}>
            <AutoComplete options={jobTypes.map((v) => ({ value: v }))} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="shiftPattern" label={t('member.shiftPattern')} rules={rules.text40}>
            <AutoComplete options={shiftPatterns.map((v) => ({ value: v }))} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="joinedOn" label={t('member.joinedOn')} rules={rules.joinedOn}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid="member-joinedOn" />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">{t('memberForm.marks')}</Divider>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item name="migrantWorker" label={t('member.migrantWorker')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="modelWorker" label={t('member.modelWorker')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="hardshipStatus" label={t('member.hardshipStatus')}>
            <Select options={HARDSHIP.map((h) => ({ value: h, label: t(`hardship.${h}`) }))} />
          </Form.Item>
        </Col>
        {hardship && hardship !== 'NONE' && (
          <Col span={24}>
            <Form.Item
              name="hardshipNote"
              label={t('member.hardshipNote')}
              rules={rules.note}
              extra={t('memberForm.hardshipNoteHint')}
            >
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
        )}
        <Col span={24}>
          <Form.Item name="tags" label={t('member.tags')} rules={rules.tags}>
            <Select mode="tags" tokenSeparators={[',', '，']} open={false} suffixIcon={null} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
