import { App, Button, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CreateMemberMutation } from '../graphql/members';
import { FormError } from '../layout/FormError';
import { today } from '../lib/dates';
import { useRevalidateOnLanguageChange } from '../lib/useRevalidateOnLanguageChange';
import { useServerErrors } from '../lib/useServerErrors';
import { MemberFormFields } from './MemberFormFields';
import { type MemberFormValues, toCreateInput } from './memberInput';

interface Props {
  onCreated: (member: { id: string; name: string }) => void;
  onCancel?: () => void;
  jobTypes?: string[];
  shiftPatterns?: string[];
}

export function CreateMemberForm({ onCreated, onCancel, jobTypes, shiftPatterns }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MemberFormValues>();
  const [{ fetching }, createMember] = useMutation(CreateMemberMutation);
  const { formError, showError, clearError } = useServerErrors(form, 'input');
  useRevalidateOnLanguageChange(form);

  const submit = async (values: MemberFormValues) => {
    clearError();
    const result = await createMember({ input: toCreateInput(values) });
    if (result.data) {
      message.success(t('memberForm.created', { name: result.data.createMember.name }));
      onCreated(result.data.createMember);
    } else if (result.error) {
      showError(result.error);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ joinedOn: today(), hardshipStatus: 'NONE', migrantWorker: false, modelWorker: false }}
      style={{ maxWidth: 880 }}
      data-testid="create-member-form"
      noValidate
    >
      <FormError error={formError} />
      <MemberFormFields mode="create" jobTypes={jobTypes} shiftPatterns={shiftPatterns} />
      <Space>
        <Button type="primary" htmlType="submit" loading={fetching} data-testid="create-member-submit">
          {t('memberForm.create')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
      </Space>
    </Form>
  );
}
