import type { Block, Issue } from '../../../src/core/model/types.ts';

/**
 * The issue as if every card, bullet, prose block and heading had been edited: no part keeps the
 * text it was read from, so the exporter writes each from the model and the preview renders each
 * from the model.
 */
export function forgetSources(issue: Issue): Issue {
  return {
    ...issue,
    intro: issue.intro.map(forgetBlock),
    sections: issue.sections.map((section) => ({
      ...section,
      headingSource: undefined,
      blocks: section.blocks.map(forgetBlock),
    })),
  };
}

function forgetBlock(block: Block): Block {
  switch (block.kind) {
    case 'card':
      return {
        ...block,
        headerSource: undefined,
        bullets: block.bullets.map((bullet) => ({ ...bullet, source: undefined })),
      };
    case 'prose':
      return { ...block, source: undefined };
    case 'raw':
      return block;
  }
}
