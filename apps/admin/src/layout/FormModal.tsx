import { Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from './FormError';

interface Props<T> {
  title: ReactNode;
  form: FormInstance<T>;
  onFinish: (values: T) => void;
  onCancel: () => void;
  loading: boolean;
  error: string | null;
  conflict?: boolean;
  onReload?: () => void;
  okText?: string;
  initialValues?: Partial<T>;
  testId: string;
  children: ReactNode;
}

/** A small dialog holding one form; the OK button submits it (validation first). */
export function FormModal<T>({
  title,
  form,
  onFinish,
  onCancel,
  loading,
  error,
  conflict,
  onReload,
  okText,
  initialValues,
  testId,
  children,
}: Props<T>) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={title}
      okText={okText ?? t('common.ok')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={loading}
      destroyOnHidden
      okButtonProps={{ 'data-testid': `${testId}-ok` }}
      wrapProps={{ 'data-testid': testId }}
    >
      <FormError error={error} conflict={conflict} onReload={onReload} />
      <Form<T>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={initialValues}
        noValidate
        data-testid={`${testId}-form`}
      >
        {children}
      </Form>
    </Modal>
  );
}
