import type { FrontMatter, FrontMatterValue, Issue, Section } from '../model/types';
import { newId } from '../model/new-id';
import type { NewsletterTemplate } from './template';
import { draftForStatus } from '../status/draft-for-status';
import { fillPattern } from './next-issue';

/**
 * A new, empty issue from a template: its front matter filled in, in the template's format and
 * key order (a draft key set to true, since its status is draft), its sections in order.
 * `number` is the issue number as the slug writes it.
 */
export function newIssue(
  template: NewsletterTemplate,
  number: string,
  date: string,
  now = Date.now(),
): Issue {
  const { dialect } = template;
  const blank = dialect.eol + dialect.eol;
  const entries = template.frontMatter.entries.map(([key, value]) => ({
    key,
    value: entryValue(key, value, number, date),
  }));
  const sections: Section[] = template.sections.map(({ name }, i) => ({
    id: newId('s'),
    heading: name,
    level: dialect.headingLevel,
    headingAfter: i === template.sections.length - 1 ? dialect.eol : blank,
    blocks: [],
  }));
  return {
    id: newId('i'),
    frontMatter: emptyFrontMatter(template.frontMatter.format, dialect.eol, entries),
    preamble: template.preamble.replace(/\n/g, dialect.eol),
    intro: [],
    sections,
    epilogue: '',
    dialect,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
  };
}

/** TOML gets its fences written out, as new issues always had; the others the writer's. */
function emptyFrontMatter(
  format: FrontMatter['format'],
  eol: string,
  entries: FrontMatter['entries'],
): FrontMatter {
  if (format === 'toml') return { format, open: '+++', entries, close: `+++${eol}` };
  return { format, open: '', entries, close: '' };
}

/**
 * A template value filled in for a new issue: the date given, patterns filled, and a boolean
 * draft key true whatever the archive the template was learned from says, since a new issue's
 * status is draft (core/status/draft-for-status.ts).
 */
function entryValue(key: string, value: FrontMatterValue, number: string, date: string) {
  if (key === 'date') return { date };
  if (key === 'draft' && typeof value === 'boolean') return draftForStatus('draft');
  return fill(value, number, date);
}

function fill(value: FrontMatterValue, number: string, date: string): FrontMatterValue {
  if (typeof value === 'string') return fillPattern(value, number, date);
  if (Array.isArray(value)) return value.map((v) => fill(v, number, date));
  return value;
}
