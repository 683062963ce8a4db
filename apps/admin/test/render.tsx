import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../src/AppProviders';
import { createI18n, type Language } from '../src/i18n';
import { AppRoutes } from '../src/routes';

export const TEST_GRAPHQL_URL = 'http://gateway.test/graphql';

interface Options {
  language?: Language;
  path?: string;
  token?: string;
}

/** Renders with the real providers (i18n, antd, session, urql); pair with fakeGraphqlServer. */
export function renderWithProviders(
  ui: ReactElement,
  { language = 'zh-CN', path = '/', token }: Options = {},
) {
  if (token) localStorage.setItem('frontline.token', token);
  const i18n = createI18n(language);
  return {
    i18n,
    ...render(
      <AppProviders i18n={i18n} graphqlUrl={TEST_GRAPHQL_URL}>
        <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
      </AppProviders>,
    ),
  };
}

export function renderApp(options: Options = {}) {
  return renderWithProviders(<AppRoutes />, options);
}
