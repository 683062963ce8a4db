import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { LoginMutation } from '../graphql/auth';
import { useRevalidateOnLanguageChange } from '../lib/useRevalidateOnLanguageChange';
import { useRules } from '../lib/useRules';
import { useServerErrors } from '../lib/useServerErrors';

interface Values {
  email: string;
  password: string;
}

export function LoginForm({ onSuccess }: { onSuccess: (token: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, login] = useMutation(LoginMutation);
  const { formError, showError, clearError } = useServerErrors(form);
  useRevalidateOnLanguageChange(form);
  const { required, email } = useRules();

  const submit = async (values: Values) => {
    clearError();
    const result = await login({ email: values.email.trim(), password: values.password });
    if (result.data) onSuccess(result.data.login.token);
    else if (result.error) showError(result.error);
  };

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} noValidate>
      {formError && (
        <Alert
          type="error"
          showIcon
          title={formError}
          data-testid="login-error"
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item name="email" label={t('login.email')} rules={[required('emailRequired'), email]}>
        <Input prefix={<MailOutlined />} autoComplete="username" data-testid="login-email" />
      </Form.Item>
      <Form.Item name="password" label={t('login.password')} rules={[required('passwordRequired')]}>
        <Input.Password
          prefix={<LockOutlined />}
          autoComplete="current-password"
          data-testid="login-password"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={fetching} data-testid="login-submit">
        {t('login.submit')}
      </Button>
    </Form>
  );
}
