import { App, DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { MoveMemberMutation } from '../graphql/members';
import { FormModal } from '../layout/FormModal';
import { DATE_FORMAT, fromDay, today } from '../lib/dates';
import { useRevalidateOnLanguageChange } from '../lib/useRevalidateOnLanguageChange';
import { useServerErrors } from '../lib/useServerErrors';
import { UnitTreeSelect } from '../orgUnits/UnitTreeSelect';
import type { MemberDetail } from './memberInput';

interface Values {
  orgUnitId: string;
  effectiveOn: Dayjs;
}

interface Props {
  member: MemberDetail;
  onClose: () => void;
  onReload: () => void;
}

export function MoveMemberModal({ member, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, move] = useMutation(MoveMemberMutation);
  const { formError, conflict, showError, clearError } = useServerErrors(form, 'input');
  useRevalidateOnLanguageChange(form);

  const submit = async (values: Values) => {
    clearError();
    const result = await move({
      input: {
        id: member.id,
        version: member.version,
        orgUnitId: values.orgUnitId,
        effectiveOn: fromDay(values.effectiveOn) ?? '',
      },
    });
    if (result.data) {
      message.success(t('memberActions.moved'));
      onClose();
    } else if (result.error) {
      showError(result.error);
    }
  };

  return (
    <FormModal<Values>
      title={t('memberActions.move')}
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
      initialValues={{ effectiveOn: today() }}
      testId="move-member-modal"
    >
      <Form.Item
        name="orgUnitId"
        label={t('memberActions.newUnit')}
        extra={member.orgUnit && t('memberActions.currentUnit', { name: member.orgUnit.name })}
        rules={[{ required: true, message: t('validation.unitRequired') }]}
      >
        <UnitTreeSelect data-testid="move-member-unit" />
      </Form.Item>
      <Form.Item
        name="effectiveOn"
        label={t('memberActions.effectiveOn')}
        rules={[{ required: true, message: t('validation.dateRequired') }]}
      >
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
