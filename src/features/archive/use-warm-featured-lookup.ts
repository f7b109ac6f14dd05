import { useEffect } from 'react';
import { useRepository } from '../../components/repository-context';
import { whenIdle } from '../compose/when-idle';
import { featuredLookupFor } from './featured-lookup';

/**
 * Warms the open issue's "already featured" lookup (within its newsletter, `templateId`) once the
 * editor is idle, so that the first link pasted into an add-link box does not pay for a cold read
 * of the link index.
 */
export function useWarmFeaturedLookup(issueId: string, templateId: string): void {
  const repository = useRepository();
  useEffect(
    () =>
      whenIdle(() =>
        featuredLookupFor(repository, {
          excludeIssueId: issueId,
          templateId,
          follow: false,
        }).warm(),
      ),
    [repository, issueId, templateId],
  );
}
