import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { actsOnUnion, isFederationOfficer, useViewer } from '../layout/viewer';
import { TransferList } from '../transfers/TransferList';

export function TransfersPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const canNudge = isFederationOfficer(viewer);

  if (!actsOnUnion(viewer)) {
    // A federation follows every transfer in its subtree and can remind both sides.
    return (
      <Card title={`${t('transfers.federationTitle')} · ${viewer.scopeTenant.name}`}>
        <TransferList direction={null} canDecide={false} canNudge={canNudge} testId="federation-transfers" />
      </Card>
    );
  }

  const tab = params.get('tab') === 'outbox' ? 'outbox' : 'inbox';
  return (
    <Card title={`${t('transfers.title')} · ${viewer.scopeTenant.name}`}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'inbox' ? {} : { tab: key }, { replace: true })}
        items={[
          {
            key: 'inbox',
            label: <span data-testid="transfers-tab-inbox">{t('transfers.inbox')}</span>,
            children: <TransferList direction="INCOMING" canDecide canNudge={canNudge} testId="inbox" />,
          },
          {
            key: 'outbox',
            label: <span data-testid="transfers-tab-outbox">{t('transfers.outbox')}</span>,
            children: <TransferList direction="OUTGOING" canDecide canNudge={canNudge} testId="outbox" />,
          },
        ]}
      />
    </Card>
  );
}
