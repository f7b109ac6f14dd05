// The library's newsletter templates as a query, so every screen that asks (the library, the
// Template screen, "New issue") shares one read, and a save reads them again everywhere.

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useRepository } from '../../components/repository-context';
import { readTemplates, type LibraryTemplates } from './read-templates';

const templatesKey = ['newsletter-templates'] as const;

export interface LibraryTemplatesState {
  /** Undefined until read. */
  templates: LibraryTemplates | undefined;
  error: string | undefined;
  /** Reads them again (after a save, or an archive import that learned one). */
  reload: () => Promise<void>;
}

export function useLibraryTemplates(): LibraryTemplatesState {
  const repository = useRepository();
  const client = useQueryClient();
  const query = useQuery({ queryKey: templatesKey, queryFn: () => readTemplates(repository) });
  const reload = useCallback(() => client.invalidateQueries({ queryKey: templatesKey }), [client]);
  const { error } = query;
  return {
    templates: query.data,
    error: error === null ? undefined : error instanceof Error ? error.message : String(error),
    reload,
  };
}
