import { EyeOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { PiiField } from '../gql/graphql';
import { RevealPersonalDataMutation } from '../graphql/members';
import { FormError } from '../layout/FormError';
import { useRevalidateOnLanguageChange } from '../lib/useRevalidateOnLanguageChange';
import { useServerErrors } from '../lib/useServerErrors';

/** How long a revealed value stays on screen. */
export const REVEAL_SECONDS = 30;

interface Props {
  memberId: string;
  field: PiiField;
  /** What is shown normally (the masked value), if anything. */
  masked: string | null | undefined;
  /** Admins may reveal; others only see the masked value. */
  canReveal: boolean;
}

/**
 * A masked value with a "reveal" action: the admin states a purpose (audited by the server), and
 * the clear value is shown for a short time. It lives only in this component's state.
 */
export function RevealValue({ memberId, field, masked, canReveal }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [clear, setClear] = useState<{ value: string; secondsLeft: number } | null>(null);

  useEffect(() => {
    if (!clear) return;
    if (clear.secondsLeft <= 0) {
      setClear(null);
      return;
    }
    const timer = setTimeout(() => setClear((c) => c && { ...c, secondsLeft: c.secondsLeft - 1 }), 1000);
    return () => clearTimeout(timer);
  }, [clear]);

  if (!masked) return <Typography.Text type="secondary">—</Typography.Text>;
  const testId = `reveal-${field}-${memberId}`;
  return (
    <span>
      {clear ? (
        <Tooltip title={t('reveal.hidesIn', { seconds: clear.secondsLeft })}>
          <Typography.Text strong copyable={{ text: clear.value }} data-testid={`${testId}-value`}>
            {clear.value}
          </Typography.Text>
        </Tooltip>
      ) : (
        <Typography.Text>{masked}</Typography.Text>
      )}
      {canReveal && !clear && (
        <Tooltip title={t('reveal.action')}>
          <Button
            type="link"
            size="small"
            icon={<EyeOutlined />}
            aria-label={t('reveal.action')}
            onClick={() => setAsking(true)}
            data-testid={testId}
          />
        </Tooltip>
      )}
      {asking && (
        <PurposeModal
          memberId={memberId}
          field={field}
          onClose={() => setAsking(false)}
          onRevealed={(value) => {
            setAsking(false);
            setClear({ value, secondsLeft: REVEAL_SECONDS });
          }}
        />
      )}
    </span>
  );
}

interface PurposeProps {
  memberId: string;
  field: PiiField;
  onClose: () => void;
  onRevealed: (value: string) => void;
}

function PurposeModal({ memberId, field, onClose, onRevealed }: PurposeProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ purpose: string }>();
  const [{ fetching }, reveal] = useMutation(RevealPersonalDataMutation);
  const { formError, showError, clearError } = useServerErrors(form, 'input');
  useRevalidateOnLanguageChange(form);

  const submit = async ({ purpose }: { purpose: string }) => {
    clearError();
    const result = await reveal({ input: { memberId, field, purpose: purpose.trim() } });
    if (result.error) showError(result.error);
    else onRevealed(result.data?.revealPersonalData ?? t('reveal.empty'));
  };

  return (
    <Modal
      open
      title={t('reveal.title', { field: t(`piiField.${field}`) })}
      okText={t('reveal.confirm')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={fetching}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'reveal-confirm' }}
    >
      <FormError error={formError} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="purpose"
          label={t('reveal.purpose')}
          extra={t('reveal.audited')}
          rules={[
            { required: true, whitespace: true, message: t('validation.purposeRequired') },
            { min: 4, message: t('validation.purposeTooShort') },
          ]}
        >
          <Input.TextArea rows={2} maxLength={200} autoFocus data-testid="reveal-purpose" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
