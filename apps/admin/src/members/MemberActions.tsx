import { EditOutlined, SendOutlined, SwapOutlined, SyncOutlined } from '@ant-design/icons';
import { Button, Drawer, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeStatusModal } from './ChangeStatusModal';
import { EditMemberForm } from './EditMemberForm';
import { MoveMemberModal } from './MoveMemberModal';
import type { MemberDetail } from './memberInput';
import { StartTransferModal } from './StartTransferModal';

type Action = 'edit' | 'status' | 'move' | 'transfer';

interface Props {
  member: MemberDetail;
  onReload: () => void;
  jobTypes?: string[];
  shiftPatterns?: string[];
}

/** Edit, change status, move to another team, start a transfer: each opens its own form. */
export function MemberActions({ member, onReload, jobTypes, shiftPatterns }: Props) {
  const { t } = useTranslation();
  const [action, setAction] = useState<Action | null>(null);
  const close = () => setAction(null);
  const gone = member.status === 'TRANSFERRED_OUT';

  return (
    <>
      <Space wrap>
        <Button
          icon={<EditOutlined />}
          disabled={gone}
          onClick={() => setAction('edit')}
          data-testid="member-edit"
        >
          {t('memberActions.edit')}
        </Button>
        <Button
          icon={<SyncOutlined />}
          disabled={gone}
          onClick={() => setAction('status')}
          data-testid="member-change-status"
        >
          {t('memberActions.changeStatus')}
        </Button>
        <Button
          icon={<SwapOutlined />}
          disabled={gone}
          onClick={() => setAction('move')}
          data-testid="member-move"
        >
          {t('memberActions.move')}
        </Button>
        <Button
          icon={<SendOutlined />}
          disabled={member.status !== 'ACTIVE'}
          onClick={() => setAction('transfer')}
          data-testid="member-transfer"
        >
          {t('memberActions.transfer')}
        </Button>
      </Space>
      <Drawer
        open={action === 'edit'}
        onClose={close}
        title={t('memberActions.editTitle', { name: member.name })}
        size={720}
        destroyOnHidden
      >
        <EditMemberForm
          member={member}
          onSaved={close}
          onCancel={close}
          onReload={onReload}
          jobTypes={jobTypes}
          shiftPatterns={shiftPatterns}
        />
      </Drawer>
      {action === 'status' && <ChangeStatusModal member={member} onClose={close} onReload={onReload} />}
      {action === 'move' && <MoveMemberModal member={member} onClose={close} onReload={onReload} />}
      {action === 'transfer' && <StartTransferModal member={member} onClose={close} />}
    </>
  );
}
