import { Alert, App, Button, Card, Divider, Form, Input, Select, TreeSelect } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { CreateTenantInput, TenantKind } from '../gql/graphql';
import { CreateTenantMutation } from '../graphql/tenants';
import { useRevalidateOnLanguageChange } from '../lib/useRevalidateOnLanguageChange';
import { useRules } from '../lib/useRules';
import { useServerErrors } from '../lib/useServerErrors';
import type { TreeTenant } from './TenantTree';
import { buildTenantTree, type TenantNode } from './tree';

const KINDS: TenantKind[] = ['ENTERPRISE_UNION', 'FEDERATION'];

interface ParentOption {
  value: string;
  title: string;
  children: ParentOption[];
}

function toParentOptions(nodes: TenantNode<TreeTenant>[]): ParentOption[] {
  return nodes.map(({ tenant, children }) => ({
    value: tenant.id,
    title: tenant.name,
    children: toParentOptions(children),
  }));
}

interface Props {
  tenants: readonly TreeTenant[];
  /** Preselected parent (the tenant selected in the tree, if it can have children). */
  defaultParentId?: string;
}

export function CreateTenantForm({ tenants, defaultParentId }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateTenantInput>();
  const [{ fetching }, createTenant] = useMutation(CreateTenantMutation);
  const { formError, showError, clearError } = useServerErrors(form, 'input');
  useRevalidateOnLanguageChange(form);
  const { required, email } = useRules();

  // Only federations have child organizations.
  const parentOptions = useMemo(
    () => toParentOptions(buildTenantTree(tenants.filter((x) => x.kind === 'FEDERATION'))),
    [tenants],
  );

  useEffect(() => {
    if (defaultParentId) form.setFieldValue('parentId', defaultParentId);
  }, [defaultParentId, form]);

  const submit = async (input: CreateTenantInput) => {
    clearError();
    const result = await createTenant({ input });
    if (result.data) {
      message.success(t('createTenant.created', { name: result.data.createTenant.name }));
      form.resetFields(['name', 'firstAdmin']);
    } else if (result.error) {
      showError(result.error);
    }
  };

  return (
    <Card title={t('createTenant.title')} style={{ marginTop: 16 }}>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'ENTERPRISE_UNION', parentId: defaultParentId }}
        data-testid="create-tenant-form"
      >
        <Form.Item name="parentId" label={t('createTenant.parent')} rules={[required('parentRequired')]}>
          <TreeSelect treeData={parentOptions} treeDefaultExpandAll />
        </Form.Item>
        <Form.Item name="name" label={t('createTenant.name')} rules={[required('nameRequired')]}>
          <Input data-testid="create-tenant-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('createTenant.kind')} rules={[required('kindRequired')]}>
          <Select options={KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))} />
        </Form.Item>
        <Divider titlePlacement="start">{t('createTenant.firstAdmin')}</Divider>
        <Form.Item
          name={['firstAdmin', 'email']}
          label={t('createTenant.adminEmail')}
          rules={[required('emailRequired'), email]}
        >
          <Input autoComplete="off" data-testid="create-tenant-admin-email" />
        </Form.Item>
        <Form.Item
          name={['firstAdmin', 'displayName']}
          label={t('createTenant.adminDisplayName')}
          rules={[required('displayNameRequired')]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name={['firstAdmin', 'password']}
          label={t('createTenant.adminPassword')}
          rules={[required('passwordRequired')]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={fetching} data-testid="create-tenant-submit">
          {t('createTenant.submit')}
        </Button>
      </Form>
    </Card>
  );
}
