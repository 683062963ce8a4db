import { ApartmentOutlined, HomeOutlined, TeamOutlined } from '@ant-design/icons';
import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

export function NavMenu() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = [
    { key: '/', icon: <HomeOutlined />, label: <Link to="/">{t('nav.home')}</Link> },
    { key: '/tenants', icon: <ApartmentOutlined />, label: <Link to="/tenants">{t('nav.tenants')}</Link> },
    { key: '/officers', icon: <TeamOutlined />, label: <Link to="/officers">{t('nav.officers')}</Link> },
  ];
  const selected = items.find((item) => item.key !== '/' && pathname.startsWith(item.key))?.key ?? '/';
  return <Menu mode="inline" selectedKeys={[selected]} items={items} style={{ height: '100%' }} />;
}
