import type { SharedShape } from './shared-shape';

// One shape for every block kind: their shared fields do not clash (a card's title and url, a raw
// block's markdown, a prose block's content). Summary bullets, description paragraphs and prose
// are rich texts merged by character, so two people typing into one summary both keep their
// words. Sources and separators are plain: they are kept or dropped whole, never typed into.
const bulletShape: SharedShape = { content: 'rich' };

const paragraphShape: SharedShape = { content: 'rich' };

const blockShape: SharedShape = {
  title: 'text',
  url: 'text',
  markdown: 'text',
  content: 'rich',
  bullets: { list: bulletShape },
  description: { list: paragraphShape },
};

const sectionShape: SharedShape = {
  heading: 'text',
  blocks: { list: blockShape },
};

const frontMatterShape: SharedShape = {
  entries: { list: {} },
};

/** The issue as a Yjs document: front matter, sections, card order and card fields shared. */
export const issueShape: SharedShape = {
  frontMatter: { map: frontMatterShape },
  preamble: 'text',
  epilogue: 'text',
  intro: { list: blockShape },
  sections: { list: sectionShape },
};
