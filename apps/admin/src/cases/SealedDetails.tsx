import { EyeInvisibleOutlined, EyeOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RevealCaseDetailsMutation } from '../graphql/cases';
import { FormError } from '../layout/FormError';
import { errorMessage } from '../lib/graphqlErrors';
import { useRevalidateOnLanguageChange } from '../lib/useRevalidateOnLanguageChange';

interface Props {
  caseId: string;
  details: string | null;
  sealed: boolean;
}

/**
 * A case's details: plain when not sealed; sealed ones (confidential or hardship) are read with a
 * stated purpose (audited, on the timeline) and kept only in this component's state.
 */
export function SealedDetails({ caseId, details, sealed }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [clear, setClear] = useState<string | null>(null);
  if (!sealed)
    return (
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="case-details">
        {details || t('cases.noDetails')}
      </Typography.Paragraph>
    );
  return (
    <>
      {clear !== null ? (
        <>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="case-details-revealed">
            {clear || t('cases.noDetails')}
          </Typography.Paragraph>
          <Button icon={<EyeInvisibleOutlined />} onClick={() => setClear(null)}>
            {t('common.hide')}
          </Button>
        </>
      ) : (
        <Alert
          type="warning"
          icon={<LockOutlined />}
          showIcon
          title={t('cases.sealed')}
          action={
            <Button icon={<EyeOutlined />} onClick={() => setAsking(true)} data-testid="case-reveal">
              {t('cases.reveal')}
            </Button>
          }
        />
      )}
      {asking && (
        <PurposeModal
          caseId={caseId}
          onClose={() => setAsking(false)}
          onRevealed={(value) => {
            setAsking(false);
            setClear(value);
          }}
        />
      )}
    </>
  );
}

function PurposeModal({
  caseId,
  onClose,
  onRevealed,
}: {
  caseId: string;
  onClose: () => void;
  onRevealed: (value: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ purpose: string }>();
  const [{ fetching }, reveal] = useMutation(RevealCaseDetailsMutation);
  const [error, setError] = useState<string | null>(null);
  useRevalidateOnLanguageChange(form);
  const submit = async ({ purpose }: { purpose: string }) => {
    setError(null);
    // The reveal is written on the timeline: refetch the case afterwards.
    const result = await reveal({ id: caseId, purpose: purpose.trim() }, { additionalTypenames: ['Case'] });
    if (result.error) setError(errorMessage(result.error, t));
    else onRevealed(result.data?.revealCaseDetails ?? '');
  };
  return (
    <Modal
      open
      title={t('cases.revealTitle')}
      okText={t('reveal.confirm')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={fetching}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'case-reveal-confirm' }}
    >
      <FormError error={error} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="purpose"
          label={t('cases.revealPurpose')}
          extra={t('cases.revealAudited')}
          rules={[
            { required: true, whitespace: true, message: t('validation.purposeRequired') },
            { min: 4, message: t('validation.purposeTooShort') },
          ]}
        >
          <Input.TextArea rows={2} maxLength={200} autoFocus data-testid="case-reveal-purpose" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
