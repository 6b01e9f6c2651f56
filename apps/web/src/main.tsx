import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ApiContext } from './app/ApiContext.tsx';
import { AppProviders } from './app/AppProviders.tsx';
import { createApi } from './app/apollo.ts';
import { createAppRouter } from './app/router.tsx';
import { setupI18n } from './i18n/index.ts';

setupI18n();
const api = createApi();
const router = createAppRouter();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ApiContext.Provider value={api}>
      <ApolloProvider client={api.client}>
        <AppProviders>
          <RouterProvider router={router} />
        </AppProviders>
      </ApolloProvider>
    </ApiContext.Provider>
  </StrictMode>,
);
