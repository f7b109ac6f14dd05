// The app's one QueryClient lives here, made by the first screen that reads through react-query
// (see QueryProvider). The app creates only this empty holder, so react-query's code stays out of
// the entry: the reviewer's page and the editor's first load never fetch it.

import { createContext } from 'react';
import type { QueryClient } from '@tanstack/react-query';

export interface QueryClientHolder {
  client?: QueryClient;
}

export const QueryClientHolderContext = createContext<QueryClientHolder | null>(null);
