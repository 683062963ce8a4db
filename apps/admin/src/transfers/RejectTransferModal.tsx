import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RejectTransferMutation } from '../graphql/transfers';
import { FormModal } from '../layout/FormModal';
import { useRevalidateOnLanguageChange } from '../lib/useRevalidateOnLanguageChange';
import { useServerErrors } from '../lib/useServerErrors';
import type { TransferRow } from './TransferTable';

interface Values {
  note: string;
}

interface Props {
  transfer: TransferRow;
  onClose: () => void;
  onReload: () => void;
}

/** The receiving union declines, saying why (the sending union sees the reason). */
export function RejectTransferModal({ transfer, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, reject] = useMutation(RejectTransferMutation);
  const { formError, conflict, showError, clearError } = useServerErrors(form, 'input');
  useRevalidateOnLanguageChange(form);

  const submit = async (values: Values) => {
    clearError();
    const result = await reject({
      input: { id: transfer.id, version: transfer.version, note: values.note.trim() },
    });
    if (result.data) {
      message.success(t('transferDecision.rejected', { name: transfer.memberName }));
      onClose();
    } else if (result.error) {
      showError(result.error);
    }
  };

  return (
    <FormModal<Values>
      title={t('transferDecision.rejectTitle', { name: transfer.memberName })}
      form={form}
      onFinish={submit}
      onCancel={onClose}
      loading={fetching}
      error={formError}
      conflict={conflict}
      onReload={() => {
        onClose();
        onReload();
      }}
      okText={t('transferDecision.reject')}
      testId="reject-transfer-modal"
    >
      <Form.Item
        name="note"
        label={t('transferDecision.reason')}
        rules={[
          { required: true, whitespace: true, message: t('validation.reasonRequired') },
          { max: 500, message: t('validation.tooLong', { max: 500 }) },
        ]}
      >
        <Input.TextArea rows={3} maxLength={500} data-testid="reject-reason" />
      </Form.Item>
    </FormModal>
  );
}
