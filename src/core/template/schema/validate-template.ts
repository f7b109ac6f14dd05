// The validator of the newsletter template: a hand-written guard over ../template.ts. Templates
// enter through admitTemplate (admit-template.ts), which migrates them first, not here.

import { LINT_CODES } from '../../lint/lint-code';
import { checkDialect } from '../../model/schema/validate-dialect';
import { checkFrontMatterValue } from '../../model/schema/validate-front-matter';
import {
  expectArray,
  expectEach,
  expectInteger,
  expectObject,
  expectOneOf,
  expectString,
  fail,
  field,
  item,
} from '../../model/schema/validate-primitives';
import type { NewsletterTemplate } from '../template';
import { checkCardShapes, checkSections, checkUrlRules } from './validate-template-sections';
import { isPreambleLine } from './is-preamble-line';

/** Returns `value` typed as a NewsletterTemplate, or throws an InvalidRecordError naming the field. */
export function validateTemplate(value: unknown, path = ''): NewsletterTemplate {
  const template = expectObject(value, path);
  const at = (key: string) => field(path, key);
  expectInteger(template.version, at('version'), 1, Number.MAX_SAFE_INTEGER);
  if (expectString(template.id, at('id')) === '') fail(at('id'), 'must not be empty');
  if (expectString(template.name, at('name')).trim() === '') fail(at('name'), 'must not be empty');
  checkTemplateFrontMatter(template.frontMatter, at('frontMatter'));
  checkPatterns(template.patterns, at('patterns'));
  checkCadence(template.cadence, at('cadence'));
  const sections = checkSections(template.sections, at('sections'));
  const defaultSection = expectString(template.defaultSection, at('defaultSection'));
  if (!sections.has(defaultSection)) {
    fail(at('defaultSection'), `"${defaultSection}" is not one of the template's sections`);
  }
  checkUrlRules(template.urlRules, at('urlRules'), sections);
  checkCardShapes(template.cardShapes, at('cardShapes'));
  const preamble = expectString(template.preamble, at('preamble'));
  const line = preamble.split(/\r\n?|\n/).findIndex((text) => !isPreambleLine(text));
  if (line >= 0) fail(at('preamble'), `line ${line + 1} is not a shortcode or HTML tag line`);
  expectEach(template.lintChecks, at('lintChecks'), (code, codeAt) =>
    expectOneOf(code, LINT_CODES, codeAt),
  );
  checkDialect(template.dialect, at('dialect'));
  return value as NewsletterTemplate;
}

function checkTemplateFrontMatter(value: unknown, path: string): void {
  const fm = expectObject(value, path);
  expectOneOf(fm.format, ['toml', 'yaml', 'json'], field(path, 'format'));
  const keys = new Set<string>();
  expectEach(fm.entries, field(path, 'entries'), (entry, at) => {
    const pair = expectArray(entry, at);
    if (pair.length !== 2) fail(at, 'expected a [key, value] pair');
    const key = expectString(pair[0], item(at, 0));
    if (key === '' || keys.has(key)) fail(item(at, 0), `"${key}" is empty or set twice`);
    keys.add(key);
    checkFrontMatterValue(pair[1], item(at, 1));
  });
  expectOneOf(fm.quoting, ['double', 'single', 'plain'], field(path, 'quoting'));
  expectOneOf(fm.dateStyle, ['utc-seconds', 'as-given'], field(path, 'dateStyle'));
}

function checkPatterns(value: unknown, path: string): void {
  const patterns = expectObject(value, path);
  for (const key of ['title', 'description', 'slug'] as const) {
    if (patterns[key] !== undefined) expectString(patterns[key], field(path, key));
  }
  if (patterns.categories !== undefined) {
    expectEach(patterns.categories, field(path, 'categories'), (c, at) => expectString(c, at));
  }
  expectInteger(patterns.numberDigits, field(path, 'numberDigits'), 1, 9);
}

function checkCadence(value: unknown, path: string): void {
  const cadence = expectObject(value, path);
  expectOneOf(cadence.unit, ['week', 'month'], field(path, 'unit'));
  expectInteger(cadence.hourUtc, field(path, 'hourUtc'), 0, 23);
  expectInteger(cadence.minuteUtc, field(path, 'minuteUtc'), 0, 59);
}
