import { setFrontMatterValue } from '../core/front-matter/set-front-matter-value';
import { followDraftFlag } from '../core/status/follow-draft-flag';
import { setIssueStatus } from '../core/status/set-issue-status';
import type { FrontMatterActions } from './editor-state';
import type { Slice } from './slice';

export function frontMatterActions(): Slice<FrontMatterActions> {
  return (set, get) => ({
    setFrontMatterValue: (key, value) => {
      const { issue, config } = get();
      // Computed first, so a value the format cannot hold throws before anything changes.
      const frontMatter = setFrontMatterValue(issue.frontMatter, key, value);
      if (frontMatter === issue.frontMatter) return;
      get().commit(
        (current) => followDraftFlag({ ...current, frontMatter }, config.now()),
        `front-matter:${key}`,
      );
    },
    setStatus: (status) => {
      const { config, statusName } = get();
      // No coalescing key: each status chosen is an undo step of its own.
      get().commit((current) => setIssueStatus(current, status, config.now(), statusName));
    },
    statusName: undefined,
    setStatusName: (name) => set({ statusName: name }),
  });
}
