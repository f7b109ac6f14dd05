import type { DateStyle } from '../front-matter/date-style';
import type { LintCode } from '../lint/lint-code';
import type { CardShape } from '../model/card-shape';
import type { Dialect, FrontMatterValue } from '../model/types';

/**
 * A newsletter's shape as data: what its issues share, so that one editor serves any Hugo link
 * newsletter. Stored, learned or read from a file, it enters through admitTemplate
 * (schema/admit-template.ts), which migrates an older `version` and validates every field.
 */
export interface NewsletterTemplate {
  /** The shape version this record was written in (TEMPLATE_SCHEMA_VERSION for new ones). */
  version: number;
  id: string;
  name: string;
  frontMatter: TemplateFrontMatter;
  patterns: TemplatePatterns;
  cadence: Cadence;
  /** The usual sections, in their usual order. */
  sections: TemplateSection[];
  /** The section for links no URL rule matches; one of `sections`. */
  defaultSection: string;
  /** Rules that suggest the section of a pasted link, first match wins. */
  urlRules: UrlRule[];
  /** The item shapes read as cards in a section the template does not describe. */
  cardShapes: CardShape[];
  /** Lines between the front matter and the intro of a new issue (shortcodes, HTML tags). */
  preamble: string;
  /** The lint checks that apply to this newsletter's issues. */
  lintChecks: LintCode[];
  /** How new issues and new parts are written: markers, indent, heading level, shortcodes. */
  dialect: Dialect;
}

/** The front matter of a new issue. */
export interface TemplateFrontMatter {
  format: 'toml' | 'yaml' | 'json';
  /**
   * The keys of a new issue, in order, with their values. Strings may hold the pattern
   * variables (see TemplatePatterns); the `date` key is written as a date.
   */
  entries: [string, FrontMatterValue][];
  /** How the archive quotes strings: `"x"`, `'x'` or unquoted where the format allows. */
  quoting: 'double' | 'single' | 'plain';
  dateStyle: DateStyle;
}

/**
 * What the front matter of every issue follows. Variables: `{number}` (the issue number, padded
 * to `numberDigits`), `{date}` (YYYY-MM-DD), `{year}` and `{month}` (the month's English name). A
 * pattern left out is not checked.
 */
export interface TemplatePatterns {
  title?: string;
  description?: string;
  slug?: string;
  categories?: string[];
  numberDigits: number;
}

/** How often an issue comes out, and at what time of day (UTC). */
export interface Cadence {
  unit: 'week' | 'month';
  hourUtc: number;
  minuteUtc: number;
}

export interface TemplateSection {
  name: string;
  /** Earlier names of the same section ("New videos and webinars"), compared ignoring case. */
  aliases: string[];
  /** The item shapes read as cards in this section. */
  cardShapes: CardShape[];
}

/** A rule that suggests the section a pasted link lands in. */
export interface UrlRule {
  /** Host without `www.`; the rule matches the host and its subdomains. */
  host: string;
  /** The path must start with this, when given. */
  pathPrefix?: string;
  section: string;
}
