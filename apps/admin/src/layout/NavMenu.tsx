import {
  AimOutlined,
  ApartmentOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FlagOutlined,
  FundProjectionScreenOutlined,
  HomeOutlined,
  IdcardOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SolutionOutlined,
  SwapOutlined,
  TeamOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

export function NavMenu() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = [
    { key: '/', icon: <HomeOutlined />, label: <Link to="/">{t('nav.home')}</Link> },
    {
      key: '/members',
      icon: <IdcardOutlined />,
      label: (
        <Link to="/members" data-testid="nav-members">
          {t('nav.members')}
        </Link>
      ),
    },
    {
      key: '/members/import',
      icon: <UploadOutlined />,
      label: (
        <Link to="/members/import" data-testid="nav-member-import">
          {t('nav.memberImport')}
        </Link>
      ),
    },
    {
      key: '/org-units',
      icon: <ClusterOutlined />,
      label: (
        <Link to="/org-units" data-testid="nav-org-units">
          {t('nav.orgUnits')}
        </Link>
      ),
    },
    {
      key: '/transfers',
      icon: <SwapOutlined />,
      label: (
        <Link to="/transfers" data-testid="nav-transfers">
          {t('nav.transfers')}
        </Link>
      ),
    },
    {
      key: '/cases',
      icon: <SolutionOutlined />,
      label: (
        <Link to="/cases" data-testid="nav-cases">
          {t('nav.cases')}
        </Link>
      ),
    },
    {
      key: '/cases/dashboard',
      icon: <BarChartOutlined />,
      label: (
        <Link to="/cases/dashboard" data-testid="nav-case-dashboard">
          {t('nav.caseDashboard')}
        </Link>
      ),
    },
    {
      key: '/cases/settings',
      icon: <ScheduleOutlined />,
      label: (
        <Link to="/cases/settings" data-testid="nav-case-settings">
          {t('nav.caseSettings')}
        </Link>
      ),
    },
    ...(
      [
        ['/activities', <CalendarOutlined key="i" />, 'nav-activities', t('act.nav.activities')],
        ['/coverage', <AimOutlined key="i" />, 'nav-coverage', t('act.nav.coverage')],
        ['/visit-tasks', <CheckSquareOutlined key="i" />, 'nav-visit-tasks', t('act.nav.visitTasks')],
        [
          '/visit-plans',
          <FundProjectionScreenOutlined key="i" />,
          'nav-visit-plans',
          t('act.nav.visitPlans'),
        ],
        ['/campaigns', <FlagOutlined key="i" />, 'nav-campaigns', t('act.nav.campaigns')],
        [
          '/activities/dashboard',
          <DashboardOutlined key="i" />,
          'nav-activity-dashboard',
          t('act.nav.dashboard'),
        ],
        ['/activities/settings', <SettingOutlined key="i" />, 'nav-activity-settings', t('act.nav.settings')],
      ] as const
    ).map(([key, icon, testId, label]) => ({
      key,
      icon,
      label: (
        <Link to={key} data-testid={testId}>
          {label}
        </Link>
      ),
    })),
    { key: '/tenants', icon: <ApartmentOutlined />, label: <Link to="/tenants">{t('nav.tenants')}</Link> },
    { key: '/officers', icon: <TeamOutlined />, label: <Link to="/officers">{t('nav.officers')}</Link> },
  ];
  // The longest matching entry wins (e.g. /members/new is under /members).
  const selected =
    items
      .filter((item) => item.key !== '/' && (pathname === item.key || pathname.startsWith(`${item.key}/`)))
      .sort((a, b) => b.key.length - a.key.length)[0]?.key ?? '/';
  return <Menu mode="inline" selectedKeys={[selected]} items={items} style={{ height: '100%' }} />;
}
