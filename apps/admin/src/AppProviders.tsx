import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { SessionProvider } from './auth/session';
import type { ClientFactory } from './graphql/client';
import { currentLanguage } from './i18n';

function AntdConfig({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const english = currentLanguage(i18n) === 'en';
  const locale = english ? enUS : zhCN;
  // Date pickers take month and weekday names from dayjs.
  dayjs.locale(english ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={locale} theme={{ token: { colorPrimary: '#c8102e' } }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

interface Props {
  i18n: I18n;
  graphqlUrl: string;
  createClient?: ClientFactory;
  children: ReactNode;
}

export function AppProviders({ i18n, graphqlUrl, createClient, children }: Props) {
  return (
    <I18nextProvider i18n={i18n}>
      <AntdConfig>
        <SessionProvider graphqlUrl={graphqlUrl} createClient={createClient}>
          {children}
        </SessionProvider>
      </AntdConfig>
    </I18nextProvider>
  );
}
