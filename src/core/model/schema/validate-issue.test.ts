import { describe, expect, it } from 'vitest';
import type { Issue } from '../types';
import { InvalidRecordError } from './invalid-record-error';
import { buildTestIssue } from '../../../../test/support/test-issue';
import { isIssue, validateIssue } from './validate-issue';

type Damage = (issue: Record<string, unknown> & Issue) => void;

const cases: [string, Damage, string][] = [
  ['no id', (i) => Reflect.deleteProperty(i, 'id'), 'id: expected a string, found undefined'],
  ['an empty id', (i) => (i.id = ''), 'id: must not be empty'],
  [
    'an unknown status',
    (i) => Object.assign(i, { status: 'lost' }),
    'status: expected one of "draft", "in review", "ready", "published"',
  ],
  [
    'a status time that is not a number',
    (i) => Object.assign(i, { statusChangedAt: '2026-12-03' }),
    'statusChangedAt: expected a finite number, found string',
  ],
  [
    'a template id that is not text',
    (i) => Object.assign(i, { templateId: 7 }),
    'templateId: expected a string, found number',
  ],
  [
    'a front matter format',
    (i) => Object.assign(i.frontMatter, { format: 'org' }),
    'frontMatter.format: expected one of "toml", "yaml", "json", "none"',
  ],
  [
    'a front matter entry without a value',
    (i) => Reflect.deleteProperty(i.frontMatter.entries[0]!, 'value'),
    'frontMatter.entries[0].value: missing',
  ],
  [
    'a front matter null',
    (i) => Object.assign(i.frontMatter.entries[1]!, { value: ['Archive', null] }),
    'frontMatter.entries[1].value[1]: expected an object, found null',
  ],
  [
    'a date that is not text',
    (i) => Object.assign(i.frontMatter.entries[0]!, { value: { date: 5 } }),
    'frontMatter.entries[0].value.date: expected a string, found number',
  ],
  [
    'an intro block kind',
    (i) => Object.assign(i.intro[0]!, { kind: 'table' }),
    'intro[0].kind: expected one of "card", "prose", "raw"',
  ],
  [
    'a card without bullets',
    (i) => Reflect.deleteProperty(i.sections[0]!.blocks[0]!, 'bullets'),
    'sections[0].blocks[0].bullets: expected an array, found undefined',
  ],
  [
    'a bullet too deep',
    (i) =>
      Object.assign((i.sections[2]!.blocks[1] as { bullets: object[] }).bullets[0]!, { depth: 0 }),
    'sections[2].blocks[1].bullets[0].depth: expected a whole number from 1 to 3, found 0',
  ],
  [
    'a link mark without href',
    (i) =>
      Object.assign(
        (i.sections[0]!.blocks[0] as { bullets: { content: { marks: object[] }[] }[] }).bullets[0]!
          .content[3]!.marks[0]!,
        { href: undefined },
      ),
    'sections[0].blocks[0].bullets[0].content[3].marks[0].href: expected a string, found undefined',
  ],
  [
    'an inline kind',
    (i) => Object.assign(i.intro[0]! as { content: object[] }, { content: [{ kind: 'image' }] }),
    'intro[0].content[0].kind: expected one of "text", "hardBreak", "raw"',
  ],
  [
    'a heading level',
    (i) => Object.assign(i.sections[1]!, { level: 7 }),
    'sections[1].level: expected a whole number from 1 to 6, found 7',
  ],
  [
    'a dialect eol',
    (i) => Object.assign(i.dialect, { eol: '\n\r' }),
    'dialect.eol: expected one of "\\n", "\\r\\n", "\\r"',
  ],
  [
    'a NaN time',
    (i) => Object.assign(i, { updatedAt: Number.NaN }),
    'updatedAt: expected a finite number, found number',
  ],
];

describe('validateIssue', () => {
  it('accepts a well-formed issue, and extra fields a newer model may add', () => {
    const issue = buildTestIssue();
    expect(validateIssue(issue)).toBe(issue);
    expect(isIssue({ ...issue, pinned: true })).toBe(true);
  });

  it('accepts each line ending a file may have', () => {
    for (const eol of ['\n', '\r\n', '\r'] as const) {
      const issue = buildTestIssue();
      issue.dialect.eol = eol;
      expect(isIssue(issue)).toBe(true);
    }
  });

  it.each(cases)('refuses %s, naming the field', (_label, damage, message) => {
    const issue = structuredClone(buildTestIssue()) as Record<string, unknown> & Issue;
    damage(issue);
    const error = (() => {
      try {
        validateIssue(issue);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as Error).message).toBe(message);
    expect(isIssue(issue)).toBe(false);
  });

  it('prefixes the path it is given', () => {
    expect(() => validateIssue(null, 'issues[2].issue')).toThrow(
      'issues[2].issue: expected an object, found null',
    );
  });

  it('refuses front matter nested beyond reason', () => {
    let value: unknown = 'leaf';
    for (let n = 0; n < 20; n++) value = [value];
    const issue = buildTestIssue();
    issue.frontMatter.entries.push({ key: 'deep', value: value as string });
    expect(() => validateIssue(issue)).toThrow('nested deeper than 16 levels');
  });
});
