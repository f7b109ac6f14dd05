import type { Dialect, FrontMatterValue } from '../model/types';

/** A rule that suggests the section a pasted link lands in. */
export interface UrlRule {
  /** Host without `www.`; the rule matches the host and its subdomains. */
  host: string;
  /** The path must start with this, when given. */
  pathPrefix?: string;
  section: string;
}

/** What a newsletter's issues share: sections, front matter patterns, cadence, dialect. */
export interface NewsletterTemplate {
  id: string;
  name: string;
  sections: string[];
  /** Section for links no rule matches. */
  defaultSection: string;
  urlRules: UrlRule[];
  /**
   * Front matter of a new issue, in key order. In strings, `{slug}` and `{year}` are filled in;
   * the `date` key is written as a date.
   */
  frontMatter: [string, FrontMatterValue][];
  /** Patterns the title and description must match (same placeholders). */
  titlePattern: string;
  descriptionPattern: string;
  /** Lines between the front matter and the intro. */
  preamble: string;
  cadence: { unit: 'week' | 'month'; hourUtc: number; minuteUtc: number };
  slugDigits: number;
  dialect: Dialect;
}
