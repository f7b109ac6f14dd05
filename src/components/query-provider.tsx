// Puts the app's QueryClient above a screen that reads storage through react-query: the library,
// the inbox, the history dialog. The client is made once per app (in the app's holder) and kept
// across screens, so a screen opened again shows what it read last while it reads again. Without
// an app above it (a component test), each provider makes its own client.

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useState, type ReactNode } from 'react';
import { QueryClientHolderContext, type QueryClientHolder } from './query-client-holder';

/**
 * Storage reads, not network requests: they run offline (react-query would pause them), are not
 * read again because the network came back, and a failed read is shown at once, not retried.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        networkMode: 'always',
        retry: false,
        refetchOnReconnect: false,
        refetchOnWindowFocus: false,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}

export function QueryProvider({ children }: { children: ReactNode }) {
  const app = useContext(QueryClientHolderContext);
  const [own] = useState<QueryClientHolder>(() => ({}));
  const holder = app ?? own;
  return (
    <QueryClientProvider client={(holder.client ??= createQueryClient())}>
      {children}
    </QueryClientProvider>
  );
}
