import { App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { MemberStatus } from '../gql/graphql';
import { ChangeMemberStatusMutation } from '../graphql/members';
import { FormModal } from '../layout/FormModal';
import { DATE_FORMAT, fromDay, today } from '../lib/dates';
import { useRevalidateOnLanguageChange } from '../lib/useRevalidateOnLanguageChange';
import { useServerErrors } from '../lib/useServerErrors';
import type { MemberDetail } from './memberInput';

/** Statuses an officer can set; TRANSFERRED_OUT comes only from a transfer. */
const SETTABLE: MemberStatus[] = ['ACTIVE', 'SUSPENDED', 'RETIRED', 'LEFT'];

interface Values {
  status: MemberStatus;
  effectiveOn: Dayjs;
  note?: string;
}

interface Props {
  member: MemberDetail;
  onClose: () => void;
  onReload: () => void;
}

export function ChangeStatusModal({ member, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, change] = useMutation(ChangeMemberStatusMutation);
  const { formError, conflict, showError, clearError } = useServerErrors(form, 'input');
  useRevalidateOnLanguageChange(form);
  const choices = SETTABLE.filter((s) => s !== member.status);

  const submit = async (values: Values) => {
    clearError();
    const result = await change({
      input: {
        id: member.id,
        version: member.version,
        status: values.status,
        effectiveOn: fromDay(values.effectiveOn) ?? '',
        note: values.note?.trim() || undefined,
      },
    });
    if (result.data) {
      message.success(t('memberActions.statusChanged', { status: t(`memberStatus.${values.status}`) }));
      onClose();
    } else if (result.error) {
      showError(result.error);
    }
  };

  return (
    <FormModal<Values>
      title={t('memberActions.changeStatus')}
      form={form}
      onFinish={submit}
      onCancel={onClose}
      loading={fetching}
      error={formError}
      conflict={conflict}
      onReload={() => {
        clearError();
        onReload();
      }}
      initialValues={{ status: choices[0], effectiveOn: today() }}
      testId="change-status-modal"
    >
      <Form.Item
        name="status"
        label={t('memberActions.newStatus')}
        rules={[{ required: true, message: t('validation.statusRequired') }]}
      >
        <Select options={choices.map((s) => ({ value: s, label: t(`memberStatus.${s}`) }))} />
      </Form.Item>
      <Form.Item
        name="effectiveOn"
        label={t('memberActions.effectiveOn')}
        rules={[{ required: true, message: t('validation.dateRequired') }]}
      >
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('memberActions.note')}
        rules={[{ max: 500, message: t('validation.tooLong', { max: 500 }) }]}
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
