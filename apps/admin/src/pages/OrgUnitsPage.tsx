import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Skeleton, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../layout/QueryError';
import { UnionScopeHint } from '../layout/UnionScopeHint';
import { actsOnUnion, useViewer } from '../layout/viewer';
import { CreateUnitModal } from '../orgUnits/CreateUnitModal';
import { OrgUnitDetail } from '../orgUnits/OrgUnitDetail';
import { OrgUnitTree } from '../orgUnits/OrgUnitTree';
import { useOrgUnits } from '../orgUnits/useOrgUnits';
import { useUnitCounts } from '../orgUnits/useUnitCounts';

export function OrgUnitsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [includeClosed, setIncludeClosed] = useState(false);
  const { units, unionNames, fetching, error, refetch } = useOrgUnits(includeClosed);
  const counts = useUnitCounts(includeClosed);
  const [selectedId, setSelectedId] = useState<string>();
  const [addingTop, setAddingTop] = useState(false);
  const canEdit = actsOnUnion(viewer);

  return (
    <Row gutter={16}>
      <Col xs={24} lg={10}>
        <Card
          title={`${t('orgUnits.title')} · ${viewer.scopeTenant.name}`}
          extra={
            canEdit && (
              <Button icon={<PlusOutlined />} onClick={() => setAddingTop(true)} data-testid="unit-add-top">
                {t('unitForm.addTop')}
              </Button>
            )
          }
        >
          <UnionScopeHint />
          <Flex align="center" gap={8} style={{ marginBottom: 12 }}>
            <Switch
              size="small"
              checked={includeClosed}
              onChange={setIncludeClosed}
              data-testid="units-include-closed"
            />
            <Typography.Text type="secondary">{t('orgUnits.includeClosed')}</Typography.Text>
          </Flex>
          {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
          {fetching && units.length === 0 ? (
            <Skeleton active />
          ) : (
            <OrgUnitTree
              units={units}
              unionNames={unionNames}
              selectedId={selectedId}
              onSelect={setSelectedId}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        {selectedId ? (
          <OrgUnitDetail
            id={selectedId}
            units={units}
            memberCount={counts.get(selectedId)}
            canEdit={canEdit}
            onSelect={setSelectedId}
          />
        ) : (
          <Card>
            <Typography.Text type="secondary">{t('orgUnits.selectHint')}</Typography.Text>
          </Card>
        )}
      </Col>
      {addingTop && (
        <CreateUnitModal
          parent={null}
          onClose={() => setAddingTop(false)}
          onCreated={(id) => {
            setAddingTop(false);
            setSelectedId(id);
          }}
        />
      )}
    </Row>
  );
}
