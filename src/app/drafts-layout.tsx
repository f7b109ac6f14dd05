// Every screen that works on drafts: storage opens (and the sample loads on first run) before the
// frame renders. The reviewer's page sits outside it.

import { AppLayout } from './app-layout';
import { RepositoryProvider } from '../components/repository-provider';

export function DraftsLayout() {
  return (
    <RepositoryProvider>
      <AppLayout />
    </RepositoryProvider>
  );
}
