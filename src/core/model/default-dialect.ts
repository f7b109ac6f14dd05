import type { Dialect } from './types';

/** The dialect of the newest EKS News issues (064 on): what a new issue is written in. */
export const defaultDialect: Dialect = {
  eol: '\n',
  bom: false,
  indent: 2,
  marker: '*',
  loose: true,
  cardStyle: 'item',
  headingLevel: 2,
  shortcodeAt: 'top',
  finalNewline: true,
  sortedKeys: true,
};
