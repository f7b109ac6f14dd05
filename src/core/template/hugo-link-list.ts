import { defaultDialect } from '../model/default-dialect';
import { TEMPLATE_SCHEMA_VERSION } from './schema/template-migrations';
import type { NewsletterTemplate } from './template';

const links = 'Links';

/**
 * The template for a Hugo link newsletter nobody has described: list items and paragraphs that
 * open with a link are cards (a heading that is a link only where a template says so), no title
 * or description pattern is checked, and a new issue has YAML front matter (Hugo's own default)
 * with a title, a date and the draft flag, and one section of links.
 */
export const hugoLinkListTemplate: NewsletterTemplate = {
  version: TEMPLATE_SCHEMA_VERSION,
  id: 'hugo-link-list',
  name: 'Hugo link list',
  frontMatter: {
    format: 'yaml',
    entries: [
      ['title', 'Issue {number}'],
      ['date', { date: '' }],
      ['draft', true],
    ],
    quoting: 'plain',
    dateStyle: 'as-given',
  },
  patterns: { numberDigits: 1 },
  cadence: { unit: 'week', hourUtc: 9, minuteUtc: 0 },
  sections: [{ name: links, aliases: [], cardShapes: ['link-item', 'link-paragraph'] }],
  defaultSection: links,
  urlRules: [],
  cardShapes: ['link-item', 'link-paragraph'],
  preamble: '',
  lintChecks: ['empty-section', 'duplicate-url', 'unsafe-url', 'site-relative-url'],
  dialect: { ...defaultDialect, marker: '-', shortcodeAt: 'none', sortedKeys: false },
};
