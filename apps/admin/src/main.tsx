import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppProviders } from './AppProviders';
import { loadRuntimeConfig } from './config';
import { createI18n } from './i18n';
import { AppRoutes } from './routes';
import './styles.css';

const i18n = createI18n();

loadRuntimeConfig().then(({ graphqlUrl }) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders i18n={i18n} graphqlUrl={graphqlUrl}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  );
});
