import { setFrontMatterValue } from '../core/front-matter/set-front-matter-value';
import type { FrontMatterActions } from './editor-state';
import type { Slice } from './slice';

export function frontMatterActions(): Slice<FrontMatterActions> {
  return (_set, get) => ({
    setFrontMatterValue: (key, value) => {
      const { issue } = get();
      // Computed first, so a value the format cannot hold throws before anything changes.
      const frontMatter = setFrontMatterValue(issue.frontMatter, key, value);
      if (frontMatter === issue.frontMatter) return;
      get().commit((current) => ({ ...current, frontMatter }), `front-matter:${key}`);
    },
  });
}
