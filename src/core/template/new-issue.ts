import type { FrontMatterValue, Issue, Section } from '../model/types';
import { newId } from '../model/new-id';
import type { NewsletterTemplate } from './template';
import { fillPattern } from './next-issue';

/** A new, empty issue from a template: its front matter filled in, its sections in order. */
export function newIssue(
  template: NewsletterTemplate,
  slug: string,
  date: string,
  now = Date.now(),
): Issue {
  const { dialect } = template;
  const blank = dialect.eol + dialect.eol;
  const entries = template.frontMatter.map(([key, value]) => ({
    key,
    value: key === 'date' ? { date } : fill(value, slug, date),
  }));
  const sections: Section[] = template.sections.map((heading, i) => ({
    id: newId('s'),
    heading,
    level: dialect.headingLevel,
    headingAfter: i === template.sections.length - 1 ? dialect.eol : blank,
    blocks: [],
  }));
  return {
    id: newId('i'),
    frontMatter: { format: 'toml', open: '+++', entries, close: `+++${dialect.eol}` },
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

function fill(value: FrontMatterValue, slug: string, date: string): FrontMatterValue {
  if (typeof value === 'string') return fillPattern(value, slug, date);
  if (Array.isArray(value)) return value.map((v) => fill(v, slug, date));
  return value;
}
