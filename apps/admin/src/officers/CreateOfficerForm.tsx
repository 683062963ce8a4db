import { Alert, App, Button, Card, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { CreateOfficerInput, Role, TenantKind } from '../gql/graphql';
import { CreateOfficerMutation } from '../graphql/officers';
import { useRevalidateOnLanguageChange } from '../lib/useRevalidateOnLanguageChange';
import { useRules } from '../lib/useRules';
import { useServerErrors } from '../lib/useServerErrors';

const ROLES_BY_KIND: Record<TenantKind, Role[]> = {
  FEDERATION: ['FEDERATION_OFFICER', 'FEDERATION_ADMIN'],
  ENTERPRISE_UNION: ['UNION_OFFICER', 'UNION_ADMIN'],
};

export function CreateOfficerForm({ tenantKind }: { tenantKind: TenantKind }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateOfficerInput>();
  const [{ fetching }, createOfficer] = useMutation(CreateOfficerMutation);
  const { formError, showError, clearError } = useServerErrors(form, 'input');
  useRevalidateOnLanguageChange(form);
  const { required, email } = useRules();
  const roles = ROLES_BY_KIND[tenantKind];

  const submit = async (input: CreateOfficerInput) => {
    clearError();
    const result = await createOfficer({ input });
    if (result.data) {
      message.success(t('createOfficer.created', { name: result.data.createOfficer.displayName }));
      form.resetFields();
    } else if (result.error) {
      showError(result.error);
    }
  };

  return (
    <Card title={t('createOfficer.title')} style={{ marginTop: 16 }}>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ role: roles[0] }}
        style={{ maxWidth: 560 }}
        data-testid="create-officer-form"
      >
        <Form.Item name="email" label={t('createOfficer.email')} rules={[required('emailRequired'), email]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('createOfficer.displayName')}
          rules={[required('displayNameRequired')]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="password" label={t('createOfficer.password')} rules={[required('passwordRequired')]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="role" label={t('createOfficer.role')} rules={[required('roleRequired')]}>
          <Select options={roles.map((role) => ({ value: role, label: t(`role.${role}`) }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={fetching}>
          {t('createOfficer.submit')}
        </Button>
      </Form>
    </Card>
  );
}
