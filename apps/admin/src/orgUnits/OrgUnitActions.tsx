import {
  DragOutlined,
  EditOutlined,
  PlusOutlined,
  StopOutlined,
  UndoOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { OrgUnitDetailQuery } from '../gql/graphql';
import { UpdateOrgUnitMutation } from '../graphql/orgUnits';
import { errorMessage, isConflict } from '../lib/graphqlErrors';
import { CreateUnitModal } from './CreateUnitModal';
import { type UnitEdit, UpdateUnitModal } from './UpdateUnitModal';

type Unit = OrgUnitDetailQuery['orgUnit'];

interface Props {
  unit: Unit;
  onReload: () => void;
  onCreated: (id: string) => void;
}

/** Add child, rename, set leader, move, close or reopen the selected unit. */
export function OrgUnitActions({ unit, onReload, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState<UnitEdit | 'child' | null>(null);
  const [{ fetching }, update] = useMutation(UpdateOrgUnitMutation);
  const closed = unit.status === 'CLOSED';
  const close = () => setOpen(null);

  const setStatus = async () => {
    const status = closed ? 'ACTIVE' : 'CLOSED';
    const result = await update({ input: { id: unit.id, version: unit.version, status } });
    if (result.data)
      message.success(t(closed ? 'unitForm.reopened' : 'unitForm.closed', { name: unit.name }));
    else if (result.error) {
      message.error(isConflict(result.error) ? t('errors.conflict') : errorMessage(result.error, t));
      if (isConflict(result.error)) onReload();
    }
  };

  return (
    <>
      <Space wrap>
        <Button
          icon={<PlusOutlined />}
          disabled={closed || unit.kind === 'TEAM'}
          onClick={() => setOpen('child')}
          data-testid="unit-add-child"
        >
          {t('unitForm.addChild')}
        </Button>
        <Button icon={<EditOutlined />} onClick={() => setOpen('rename')} data-testid="unit-rename-open">
          {t('unitForm.rename')}
        </Button>
        <Button icon={<UserOutlined />} onClick={() => setOpen('leader')} data-testid="unit-leader-open">
          {t('unitForm.leader')}
        </Button>
        <Button icon={<DragOutlined />} onClick={() => setOpen('move')} data-testid="unit-move-open">
          {t('unitForm.move')}
        </Button>
        <Popconfirm
          title={
            closed
              ? t('unitForm.reopenConfirm', { name: unit.name })
              : t('unitForm.closeConfirm', { name: unit.name })
          }
          okText={t('common.ok')}
          cancelText={t('common.cancel')}
          okButtonProps={{ 'data-testid': 'unit-close-confirm' }}
          onConfirm={setStatus}
        >
          <Button
            danger={!closed}
            icon={closed ? <UndoOutlined /> : <StopOutlined />}
            loading={fetching}
            data-testid="unit-close-toggle"
          >
            {closed ? t('unitForm.reopen') : t('unitForm.close')}
          </Button>
        </Popconfirm>
      </Space>
      {open === 'child' && (
        <CreateUnitModal
          parent={unit}
          onClose={close}
          onCreated={(id) => {
            close();
            onCreated(id);
          }}
        />
      )}
      {open && open !== 'child' && (
        <UpdateUnitModal unit={unit} edit={open} onClose={close} onReload={onReload} />
      )}
    </>
  );
}
