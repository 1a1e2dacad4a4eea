import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './styles.css';

// Each query's `retry` is the SDK's (transient failures only, typed PlanHubError); the
// delays are short so that a stopped server is reported within a second or two.
const queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: (attempt) => 200 * 2 ** attempt, staleTime: 60_000 } } });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
