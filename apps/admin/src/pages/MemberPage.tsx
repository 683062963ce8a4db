import { ArrowLeftOutlined, CalendarOutlined, SolutionOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { MemberDetailQuery } from '../graphql/members';
import { QueryError } from '../layout/QueryError';
import { UnionScopeHint } from '../layout/UnionScopeHint';
import { actsOnUnion, isAdmin, useViewer } from '../layout/viewer';
import { MemberActions } from '../members/MemberActions';
import { MemberSummary } from '../members/MemberSummary';
import { MemberTimeline } from '../members/MemberTimeline';
import { useMemberSegments } from '../members/useMemberSegments';

export function MemberPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const viewer = useViewer();
  const segments = useMemberSegments(viewer.scopeTenant.id);
  const [{ data, fetching, error }, refetch] = useQuery({ query: MemberDetailQuery, variables: { id } });
  const member = data?.member;
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const back = (
    // Back to the list as it was (filters are in its URL); opened directly, to the list.
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => (location.key === 'default' ? navigate('/members') : navigate(-1))}
    >
      {t('common.back')}
    </Button>
  );
  if (error && !member) return <QueryError error={error} onRetry={reload} />;
  if (!member)
    return <Card>{fetching ? <Skeleton active /> : <Empty description={t('members.notFound')} />}</Card>;

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Flex gap={12} align="center">
            {back}
            <span>{member.name}</span>
          </Flex>
        }
        extra={
          actsOnUnion(viewer) && (
            <Space wrap>
              <Link to={`/activities?memberId=${member.id}`}>
                <Button icon={<CalendarOutlined />} data-testid="member-activities">
                  {t('act.list.memberActivities')}
                </Button>
              </Link>
              <Link to={`/cases/new?memberId=${member.id}`}>
                <Button icon={<SolutionOutlined />} data-testid="member-new-case">
                  {t('cases.newForMember')}
                </Button>
              </Link>
              <MemberActions
                member={member}
                onReload={reload}
                jobTypes={segments.jobTypes}
                shiftPatterns={segments.shiftPatterns}
              />
            </Space>
          )
        }
      >
        <UnionScopeHint />
        <MemberSummary member={member} canReveal={isAdmin(viewer)} />
      </Card>
      <Card title={t('timeline.title')}>
        <MemberTimeline history={member.history} />
      </Card>
    </Flex>
  );
}
