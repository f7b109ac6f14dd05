import { describe, expect, it } from 'vitest';
import { InvalidRecordError } from '../../model/schema/invalid-record-error';
import { eksNewsTemplate } from '../eks-news';
import { hugoLinkListTemplate } from '../hugo-link-list';
import type { NewsletterTemplate } from '../template';
import { admitTemplate } from './admit-template';

/** A deep copy as a template file or a stored record gives it: plain JSON. */
const asJson = (template: NewsletterTemplate) =>
  JSON.parse(JSON.stringify(template)) as NewsletterTemplate;

function errorOf(run: () => unknown): InvalidRecordError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidRecordError) return error;
    throw error;
  }
  throw new Error('expected an InvalidRecordError');
}

describe('admitTemplate', () => {
  it.each([eksNewsTemplate, hugoLinkListTemplate])('admits the built-in $name as data', (t) => {
    expect(admitTemplate(asJson(t))).toEqual(t);
  });

  const cases: [string, (t: NewsletterTemplate) => void, string][] = [
    ['a newer version', (t) => Object.assign(t, { version: 2 }), 'written by a newer Broadsheet'],
    ['an empty id', (t) => Object.assign(t, { id: '' }), 'id: must not be empty'],
    [
      'an unknown front matter format',
      (t) => Object.assign(t.frontMatter, { format: 'org' }),
      'frontMatter.format: expected one of "toml", "yaml", "json"',
    ],
    [
      'a front matter key set twice',
      (t) => t.frontMatter.entries.push(['title', 'x']),
      'frontMatter.entries[7][0]: "title" is empty or set twice',
    ],
    [
      'an unknown card shape',
      (t) => Object.assign(t.sections[0]!, { cardShapes: ['table-row'] }),
      'sections[0].cardShapes[0]: expected one of "link-item"',
    ],
    [
      'one heading naming two sections',
      (t) => t.sections[3]!.aliases.push('aws blogs'),
      'sections[3].aliases[3]: "aws blogs" names another section too',
    ],
    [
      'a URL rule into no section',
      (t) => Object.assign(t.urlRules[0]!, { section: 'Videos' }),
      'urlRules[0].section: "Videos" is not one of the template\'s sections',
    ],
    [
      'a URL rule host that is a URL',
      (t) => Object.assign(t.urlRules[0]!, { host: 'https://youtube.com' }),
      'urlRules[0].host: expected a lower-case host name',
    ],
    [
      'a default section it does not have',
      (t) => Object.assign(t, { defaultSection: 'Misc' }),
      'defaultSection: "Misc" is not one of the template\'s sections',
    ],
    [
      'a preamble with prose in it',
      (t) => Object.assign(t, { preamble: '{{< eo >}}\nHello readers\n' }),
      'preamble: line 2 is not a shortcode or HTML tag line',
    ],
    [
      'an unknown lint check',
      (t) => t.lintChecks.push('spelling' as never),
      'lintChecks[7]: expected one of',
    ],
    [
      'a number of no digits',
      (t) => Object.assign(t.patterns, { numberDigits: 0 }),
      'patterns.numberDigits: expected a whole number from 1 to 9, found 0',
    ],
    [
      'an hour past 23',
      (t) => Object.assign(t.cadence, { hourUtc: 24 }),
      'cadence.hourUtc: expected a whole number from 0 to 23, found 24',
    ],
    [
      'a broken dialect',
      (t) => Object.assign(t.dialect, { marker: '#' }),
      'dialect.marker: expected one of "*", "-", "+"',
    ],
  ];

  it.each(cases)('refuses %s, naming the field', (_label, damage, message) => {
    const template = asJson(eksNewsTemplate);
    damage(template);
    expect(errorOf(() => admitTemplate(template)).message).toContain(message);
  });

  it('refuses a hostile key before reading any field', () => {
    const template = JSON.parse(
      '{"version": 1, "patterns": {"__proto__": {"title": "x"}}}',
    ) as unknown;
    expect(errorOf(() => admitTemplate(template)).message).toBe(
      'patterns.__proto__: a forbidden key',
    );
  });
});
