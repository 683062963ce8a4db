import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CancelTransferMutation, NudgeTransferMutation } from '../graphql/transfers';
import { errorMessage, isConflict } from '../lib/graphqlErrors';
import { AcceptTransferModal } from './AcceptTransferModal';
import { RejectTransferModal } from './RejectTransferModal';
import type { TransferRow } from './TransferTable';

interface Props {
  transfer: TransferRow;
  /** The caller acts on one union: it decides incoming and withdraws outgoing transfers. */
  canDecide: boolean;
  /** Federation officers remind both sides of a pending transfer. */
  canNudge: boolean;
  onReload: () => void;
}

export function TransferActions({ transfer, canDecide, canNudge, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState<'accept' | 'reject' | null>(null);
  const [{ fetching: cancelling }, cancel] = useMutation(CancelTransferMutation);
  const [{ fetching: nudging }, nudge] = useMutation(NudgeTransferMutation);
  if (transfer.status !== 'PENDING') return null;

  const fail = (error: Parameters<typeof errorMessage>[0]) => {
    message.error(isConflict(error) ? t('errors.conflict') : errorMessage(error, t));
    if (isConflict(error)) onReload();
  };
  const doCancel = async () => {
    const result = await cancel({ input: { id: transfer.id, version: transfer.version } });
    if (result.data) message.success(t('transferDecision.cancelled', { name: transfer.memberName }));
    else if (result.error) fail(result.error);
  };
  const doNudge = async () => {
    const result = await nudge({ id: transfer.id });
    if (result.data) message.success(t('transferDecision.nudgedDone'));
    else if (result.error) fail(result.error);
  };

  return (
    <Space wrap>
      {canDecide && transfer.direction === 'INCOMING' && (
        <>
          <Button type="primary" size="small" onClick={() => setOpen('accept')} data-testid="transfer-accept">
            {t('transferDecision.accept')}
          </Button>
          <Button danger size="small" onClick={() => setOpen('reject')} data-testid="transfer-reject">
            {t('transferDecision.reject')}
          </Button>
        </>
      )}
      {canDecide && transfer.direction === 'OUTGOING' && (
        <Popconfirm
          title={t('transferDecision.cancelConfirm', { name: transfer.memberName })}
          okText={t('common.ok')}
          cancelText={t('common.cancel')}
          okButtonProps={{ 'data-testid': 'transfer-cancel-confirm' }}
          onConfirm={doCancel}
        >
          <Button size="small" loading={cancelling} data-testid="transfer-cancel">
            {t('transferDecision.cancel')}
          </Button>
        </Popconfirm>
      )}
      {canNudge && (
        <Button size="small" loading={nudging} onClick={doNudge} data-testid="transfer-nudge">
          {t('transferDecision.nudge')}
        </Button>
      )}
      {open === 'accept' && (
        <AcceptTransferModal transfer={transfer} onClose={() => setOpen(null)} onReload={onReload} />
      )}
      {open === 'reject' && (
        <RejectTransferModal transfer={transfer} onClose={() => setOpen(null)} onReload={onReload} />
      )}
    </Space>
  );
}
