import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { CreateOrgUnitInput, OrgUnitKind } from '../gql/graphql';
import { CreateOrgUnitMutation } from '../graphql/orgUnits';
import { FormModal } from '../layout/FormModal';
import { useRevalidateOnLanguageChange } from '../lib/useRevalidateOnLanguageChange';
import { useRules } from '../lib/useRules';
import { useServerErrors } from '../lib/useServerErrors';
import { childKind, UNIT_KINDS } from './unitTree';

interface Props {
  /** The new unit's parent; none for a top-level unit. */
  parent: { id: string; name: string; kind: OrgUnitKind } | null;
  onClose: () => void;
  onCreated: (id: string) => void;
}

export function CreateUnitModal({ parent, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateOrgUnitInput>();
  const [{ fetching }, create] = useMutation(CreateOrgUnitMutation);
  const { formError, showError, clearError } = useServerErrors(form, 'input');
  useRevalidateOnLanguageChange(form);
  const { required } = useRules();
  // A team is a leaf; below a workshop only teams make sense, below a branch workshops or teams.
  const kinds = UNIT_KINDS.filter((k) => !parent || UNIT_KINDS.indexOf(k) > UNIT_KINDS.indexOf(parent.kind));

  const submit = async (values: CreateOrgUnitInput) => {
    clearError();
    const result = await create({
      input: {
        parentId: parent?.id,
        kind: values.kind,
        name: values.name.trim(),
        leaderName: values.leaderName?.trim() || undefined,
      },
    });
    if (result.data) {
      message.success(t('unitForm.created', { name: result.data.createOrgUnit.name }));
      onCreated(result.data.createOrgUnit.id);
    } else if (result.error) {
      showError(result.error);
    }
  };

  return (
    <FormModal<CreateOrgUnitInput>
      title={parent ? t('unitForm.addChildOf', { name: parent.name }) : t('unitForm.addTop')}
      form={form}
      onFinish={submit}
      onCancel={onClose}
      loading={fetching}
      error={formError}
      initialValues={{ kind: childKind(parent) }}
      testId="create-unit-modal"
    >
      <Form.Item name="kind" label={t('unitForm.kind')} rules={[required('kindRequired')]}>
        <Select options={kinds.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('unitForm.name')}
        rules={[required('nameRequired'), { max: 60, message: t('validation.tooLong', { max: 60 }) }]}
      >
        <Input autoComplete="off" data-testid="unit-name" />
      </Form.Item>
      <Form.Item
        name="leaderName"
        label={t('unitForm.leader')}
        rules={[{ max: 40, message: t('validation.tooLong', { max: 40 }) }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}
