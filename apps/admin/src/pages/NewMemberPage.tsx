import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { UnionScopeHint } from '../layout/UnionScopeHint';
import { actsOnUnion, useViewer } from '../layout/viewer';
import { CreateMemberForm } from '../members/CreateMemberForm';
import { useMemberSegments } from '../members/useMemberSegments';

export function NewMemberPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const navigate = useNavigate();
  const segments = useMemberSegments(viewer.scopeTenant.id);
  return (
    <Card title={`${t('memberForm.title')} · ${viewer.scopeTenant.name}`}>
      <UnionScopeHint />
      {actsOnUnion(viewer) && (
        <CreateMemberForm
          onCreated={(member) => navigate(`/members/${member.id}`)}
          onCancel={() => navigate('/members')}
          jobTypes={segments.jobTypes}
          shiftPatterns={segments.shiftPatterns}
        />
      )}
    </Card>
  );
}
