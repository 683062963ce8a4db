import { CopyOutlined, QrcodeOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Flex, InputNumber, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ActivityFieldsFragment, OpenCheckInMutation } from '../gql/graphql';
import { CloseCheckInMutation, OpenCheckInMutation as OpenCheckIn } from '../graphql/activities';
import { FormError } from '../layout/FormError';
import { formatDateMinutes } from '../lib/format';
import { buildRoster } from './model';
import { useActivityErrors } from './useActivityErrors';
import { useTeamMembers } from './useTeamMembers';

type Ticket = OpenCheckInMutation['openCheckIn'];

/** Opens QR check-in with a roster of the teams' members; shows the QR code, link and expiry. */
export function CheckInPanel({
  activity,
  canEdit,
  onReload,
}: {
  activity: ActivityFieldsFragment;
  canEdit: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [minutes, setMinutes] = useState(180);
  const [ticket, setTicket] = useState<Ticket | null>(null);
  const teamIds = useMemo(() => activity.teamVisits.map((v) => v.teamId), [activity.teamVisits]);
  const { members, loading } = useTeamMembers(teamIds);
  const roster = useMemo(() => buildRoster(members), [members]);
  const [{ fetching: opening }, open] = useMutation(OpenCheckIn);
  const [{ fetching: closing }, close] = useMutation(CloseCheckInMutation);
  const { formError, conflict, showError, clearError } = useActivityErrors(null, onReload);
  const state = activity.checkIn;
  const showTicket = ticket && state.open;

  const onOpen = async () => {
    clearError();
    const result = await open({
      input: { activityId: activity.id, version: activity.version, expiresInMinutes: minutes, roster },
    });
    if (result.error || !result.data) return result.error && showError(result.error);
    setTicket(result.data.openCheckIn);
    onReload();
  };
  const onClose = async () => {
    clearError();
    const result = await close({ id: activity.id, version: activity.version });
    if (result.error) return showError(result.error);
    setTicket(null);
    onReload();
  };

  return (
    <Flex vertical gap={12} data-testid="checkin-panel">
      <FormError error={formError} conflict={conflict} />
      <Typography.Text data-testid="checkin-state" data-open={state.open ? 'true' : 'false'}>
        {state.open && state.expiresAt
          ? t('act.detail.checkInOpenUntil', { time: formatDateMinutes(state.expiresAt) })
          : t('act.detail.checkInClosed')}
        {state.open && ` · ${t('act.detail.rosterSize', { count: state.rosterSize })}`}
      </Typography.Text>
      {canEdit && (
        <>
          <Typography.Text type="secondary">
            {t('act.detail.rosterFrom')} ·{' '}
            {loading ? '…' : t('act.detail.rosterSize', { count: roster.length })}
          </Typography.Text>
          {teamIds.length === 0 && <Alert type="warning" showIcon title={t('act.detail.rosterNoTeams')} />}
          <Space wrap>
            <span>{t('act.detail.expiresIn')}</span>
            <InputNumber min={5} max={4320} value={minutes} onChange={(v) => setMinutes(v ?? 180)} />
            <Button
              type="primary"
              icon={<QrcodeOutlined />}
              loading={opening}
              disabled={loading}
              onClick={onOpen}
              data-testid="checkin-open"
            >
              {state.open ? t('act.detail.reopenCheckIn') : t('act.detail.openCheckIn')}
            </Button>
            {state.open && (
              <Button
                danger
                icon={<StopOutlined />}
                loading={closing}
                onClick={onClose}
                data-testid="checkin-close"
              >
                {t('act.detail.closeCheckIn')}
              </Button>
            )}
          </Space>
        </>
      )}
      {showTicket && (
        <Flex gap={16} wrap align="center" data-testid="checkin-ticket">
          <img
            alt="QR"
            data-testid="checkin-qr"
            width={200}
            height={200}
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(ticket.qrSvg)}`}
          />
          <Descriptions column={1} size="small" style={{ flex: '1 1 260px' }}>
            <Descriptions.Item label={t('act.detail.link')}>
              <Space wrap>
                <Typography.Link href={ticket.url} target="_blank" data-testid="checkin-url">
                  {ticket.url.length > 60 ? `${ticket.url.slice(0, 57)}…` : ticket.url}
                </Typography.Link>
                <Button
                  size="small"
                  icon={<CopyOutlined />}
                  onClick={() =>
                    navigator.clipboard
                      ?.writeText(ticket.url)
                      .then(() => message.success(t('act.detail.copied')))
                  }
                >
                  {t('act.detail.copy')}
                </Button>
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('act.detail.expires')}>
              <span data-testid="checkin-expires">{formatDateMinutes(ticket.expiresAt)}</span>
            </Descriptions.Item>
            <Descriptions.Item label="">
              <Typography.Text type="secondary">{t('act.detail.qrHint')}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </Flex>
      )}
    </Flex>
  );
}
