import { App, Button, Form, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { UpdateMemberMutation } from '../graphql/members';
import { FormError } from '../layout/FormError';
import { useRevalidateOnLanguageChange } from '../lib/useRevalidateOnLanguageChange';
import { useServerErrors } from '../lib/useServerErrors';
import { MemberFormFields } from './MemberFormFields';
import {
  formValuesOf,
  isEmptyUpdate,
  type MemberDetail,
  type MemberFormValues,
  toUpdateInput,
} from './memberInput';

interface Props {
  member: MemberDetail;
  onSaved: () => void;
  onCancel: () => void;
  /** Reloads the member after a CONFLICT; the form then starts again from the new version. */
  onReload: () => void;
  jobTypes?: string[];
  shiftPatterns?: string[];
}

export function EditMemberForm({ member, onSaved, onCancel, onReload, jobTypes, shiftPatterns }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MemberFormValues>();
  const [{ fetching }, updateMember] = useMutation(UpdateMemberMutation);
  const { formError, conflict, showError, clearError } = useServerErrors(form, 'input');
  useRevalidateOnLanguageChange(form);

  // A newer version (after "reload") replaces what the form started from.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new version resets the form
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(formValuesOf(member));
    clearError();
  }, [member.id, member.version]);

  const submit = async (values: MemberFormValues) => {
    clearError();
    const input = toUpdateInput(member, values);
    if (isEmptyUpdate(input)) {
      message.info(t('memberForm.nothingChanged'));
      return;
    }
    const result = await updateMember({ input });
    if (result.data) {
      message.success(t('memberForm.saved', { name: result.data.updateMember.name }));
      onSaved();
    } else if (result.error) {
      showError(result.error);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={formValuesOf(member)}
      data-testid="edit-member-form"
      noValidate
    >
      <FormError error={formError} conflict={conflict} onReload={onReload} />
      <MemberFormFields
        mode="edit"
        masked={{ nationalId: member.nationalId, phone: member.phone }}
        jobTypes={jobTypes}
        shiftPatterns={shiftPatterns}
      />
      <Space>
        <Button type="primary" htmlType="submit" loading={fetching} data-testid="edit-member-submit">
          {t('common.save')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
