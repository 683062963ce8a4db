import { App, Form, Input } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { OrgUnitDetailQuery } from '../gql/graphql';
import { UpdateOrgUnitMutation } from '../graphql/orgUnits';
import { FormModal } from '../layout/FormModal';
import { useRevalidateOnLanguageChange } from '../lib/useRevalidateOnLanguageChange';
import { useRules } from '../lib/useRules';
import { useServerErrors } from '../lib/useServerErrors';
import { UnitTreeSelect } from './UnitTreeSelect';
import { subtreeIds } from './unitTree';
import { useOrgUnits } from './useOrgUnits';

export type UnitEdit = 'rename' | 'leader' | 'move';
type Unit = OrgUnitDetailQuery['orgUnit'];

/** `parentId` uses this stand-in for "top level" (no parent). */
const TOP = '';

interface Values {
  name?: string;
  leaderName?: string;
  parentId?: string;
}

interface Props {
  unit: Unit;
  edit: UnitEdit;
  onClose: () => void;
  onReload: () => void;
}

/** Rename, set the leader, or move under another parent: one field each, with the version read. */
export function UpdateUnitModal({ unit, edit, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, update] = useMutation(UpdateOrgUnitMutation);
  const { formError, conflict, showError, clearError } = useServerErrors(form, 'input');
  useRevalidateOnLanguageChange(form);
  const { required } = useRules();
  const { units } = useOrgUnits();
  const exclude = useMemo(() => subtreeIds(units, unit.id), [units, unit.id]);

  const submit = async (values: Values) => {
    clearError();
    const change =
      edit === 'rename'
        ? { name: values.name?.trim() }
        : edit === 'leader'
          ? { leaderName: values.leaderName?.trim() ?? '' }
          : { parentId: values.parentId === TOP ? null : values.parentId };
    const result = await update({ input: { id: unit.id, version: unit.version, ...change } });
    if (result.data) {
      message.success(t('unitForm.saved', { name: result.data.updateOrgUnit.name }));
      onClose();
    } else if (result.error) {
      showError(result.error);
    }
  };

  return (
    <FormModal<Values>
      title={t(`unitForm.${edit}Title`, { name: unit.name })}
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
      initialValues={{ name: unit.name, leaderName: unit.leaderName ?? '', parentId: unit.parentId ?? TOP }}
      testId="update-unit-modal"
    >
      {edit === 'rename' && (
        <Form.Item
          name="name"
          label={t('unitForm.name')}
          rules={[required('nameRequired'), { max: 60, message: t('validation.tooLong', { max: 60 }) }]}
        >
          <Input autoComplete="off" data-testid="unit-rename" />
        </Form.Item>
      )}
      {edit === 'leader' && (
        <Form.Item
          name="leaderName"
          label={t('unitForm.leader')}
          extra={t('unitForm.leaderHint')}
          rules={[{ max: 40, message: t('validation.tooLong', { max: 40 }) }]}
        >
          <Input autoComplete="off" data-testid="unit-leader" />
        </Form.Item>
      )}
      {edit === 'move' && (
        <Form.Item name="parentId" label={t('unitForm.newParent')} extra={t('unitForm.moveHint')}>
          <ParentSelect exclude={exclude} />
        </Form.Item>
      )}
    </FormModal>
  );
}

/** A unit (not a team: teams are leaves) or "top level". */
function ParentSelect({
  value,
  onChange,
  exclude,
}: {
  value?: string;
  onChange?: (v: string | undefined) => void;
  exclude: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  return (
    <UnitTreeSelect
      value={value === TOP ? undefined : value}
      onChange={(v) => onChange?.(v ?? TOP)}
      exclude={exclude}
      selectable={(u) => u.kind !== 'TEAM'}
      placeholder={t('orgUnits.topLevel')}
      allowClear
      data-testid="unit-parent"
    />
  );
}
