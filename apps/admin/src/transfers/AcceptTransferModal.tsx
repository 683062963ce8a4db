import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { AcceptTransferMutation } from '../graphql/transfers';
import { FormModal } from '../layout/FormModal';
import { useRevalidateOnLanguageChange } from '../lib/useRevalidateOnLanguageChange';
import { useServerErrors } from '../lib/useServerErrors';
import { UnitTreeSelect } from '../orgUnits/UnitTreeSelect';
import type { TransferRow } from './TransferTable';

interface Values {
  orgUnitId: string;
  note?: string;
}

interface Props {
  transfer: TransferRow;
  onClose: () => void;
  onReload: () => void;
}

/** The receiving union takes the member into one of its teams; the history comes along. */
export function AcceptTransferModal({ transfer, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, accept] = useMutation(AcceptTransferMutation);
  const { formError, conflict, showError, clearError } = useServerErrors(form, 'input');
  useRevalidateOnLanguageChange(form);

  const submit = async (values: Values) => {
    clearError();
    const result = await accept({
      input: {
        id: transfer.id,
        version: transfer.version,
        orgUnitId: values.orgUnitId,
        note: values.note?.trim() || undefined,
      },
    });
    if (result.data) {
      message.success(t('transferDecision.accepted', { name: transfer.memberName }));
      onClose();
    } else if (result.error) {
      showError(result.error);
    }
  };

  return (
    <FormModal<Values>
      title={t('transferDecision.acceptTitle', { name: transfer.memberName, from: transfer.fromTenantName })}
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
      okText={t('transferDecision.accept')}
      testId="accept-transfer-modal"
    >
      <Form.Item
        name="orgUnitId"
        label={t('transferDecision.team')}
        rules={[{ required: true, message: t('validation.teamRequired') }]}
      >
        <UnitTreeSelect
          selectable={(u, hasChildren) => u.kind === 'TEAM' || !hasChildren}
          data-testid="accept-transfer-unit"
        />
      </Form.Item>
      <Form.Item name="note" label={t('transferDecision.note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
