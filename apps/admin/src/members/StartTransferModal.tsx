import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { StartTransferMutation } from '../graphql/transfers';
import { FormModal } from '../layout/FormModal';
import { useRevalidateOnLanguageChange } from '../lib/useRevalidateOnLanguageChange';
import { useServerErrors } from '../lib/useServerErrors';
import { UnionPicker } from '../transfers/UnionPicker';
import type { MemberDetail } from './memberInput';

interface Values {
  toTenantId: string;
  reason?: string;
}

interface Props {
  member: MemberDetail;
  onClose: () => void;
}

/** 接转: the sending union names the receiving union; that union accepts into a team or rejects. */
export function StartTransferModal({ member, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, start] = useMutation(StartTransferMutation);
  const { formError, showError, clearError } = useServerErrors(form, 'input');
  useRevalidateOnLanguageChange(form);

  const submit = async (values: Values) => {
    clearError();
    const result = await start({
      input: {
        memberId: member.id,
        toTenantId: values.toTenantId,
        reason: values.reason?.trim() || undefined,
      },
    });
    if (result.data) {
      message.success(t('transferForm.started', { union: result.data.startTransfer.toTenantName }));
      onClose();
    } else if (result.error) {
      showError(result.error);
    }
  };

  return (
    <FormModal<Values>
      title={t('transferForm.title', { name: member.name })}
      form={form}
      onFinish={submit}
      onCancel={onClose}
      loading={fetching}
      error={formError}
      okText={t('transferForm.submit')}
      testId="start-transfer-modal"
    >
      <Form.Item
        name="toTenantId"
        label={t('transferForm.toUnion')}
        rules={[{ required: true, message: t('validation.unionRequired') }]}
      >
        <UnionPicker excludeIds={[member.tenantId]} data-testid="transfer-union" />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('transferForm.reason')}
        rules={[{ max: 500, message: t('validation.tooLong', { max: 500 }) }]}
      >
        <Input.TextArea rows={2} maxLength={500} data-testid="transfer-reason" />
      </Form.Item>
    </FormModal>
  );
}
