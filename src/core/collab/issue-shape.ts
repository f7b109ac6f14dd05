import type { SharedShape } from './shared-shape';

// One shape for every block kind: their shared fields do not clash (a card's title and url, a raw
// block's markdown). Prose and bullet content stay plain rich-text values until the editor binds
// them to TipTap's collaboration fragments. Sources and separators are plain: they are kept or
// dropped whole, never typed into.
const bulletShape: SharedShape = {};

const blockShape: SharedShape = {
  title: 'text',
  url: 'text',
  markdown: 'text',
  bullets: { list: bulletShape },
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
