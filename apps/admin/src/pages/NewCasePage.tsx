import { Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { CreateCaseForm } from '../cases/CreateCaseForm';
import { CaseMemberQuery } from '../graphql/cases';
import { useViewer } from '../layout/viewer';

/** `/cases/new`, or `/cases/new?memberId=…` from a member's page (the member and team prefilled). */
export function NewCasePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [params] = useSearchParams();
  const memberId = params.get('memberId');
  const [{ data, fetching }] = useQuery({
    query: CaseMemberQuery,
    variables: { id: memberId ?? '' },
    pause: !memberId,
  });
  const m = data?.member;
  return (
    <Card title={`${t('cases.new')} · ${viewer.scopeTenant.name}`} style={{ maxWidth: 960 }}>
      {memberId && fetching && !m ? (
        <Skeleton active />
      ) : (
        <CreateCaseForm
          key={m?.id ?? 'blank'}
          member={
            m
              ? {
                  id: m.id,
                  name: m.name,
                  employeeNo: m.employeeNo,
                  unitName: m.orgUnit?.name,
                  orgUnitId: m.orgUnitId,
                }
              : undefined
          }
        />
      )}
    </Card>
  );
}
