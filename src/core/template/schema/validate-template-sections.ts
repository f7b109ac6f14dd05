import {
  expectEach,
  expectObject,
  expectOneOf,
  expectString,
  fail,
  field,
  item,
} from '../../model/schema/validate-primitives';
import type { CardShape } from '../../model/card-shape';
import type { TemplateSection, UrlRule } from '../template';

export const CARD_SHAPES: readonly CardShape[] = ['link-item', 'link-paragraph', 'link-heading'];

export function checkCardShapes(value: unknown, path: string): void {
  expectEach(value, path, (shape, at) => expectOneOf(shape, CARD_SHAPES, at));
}

/**
 * Checks the sections, with their earlier names (no two sections may answer to the same heading,
 * compared ignoring case), and returns the sections' names.
 */
export function checkSections(value: unknown, path: string): Set<string> {
  const names = new Set<string>();
  const headings = new Set<string>();
  expectEach(value, path, (element, at) => {
    const section = expectObject(element, at) as Partial<TemplateSection>;
    const name = expectString(section.name, field(at, 'name'));
    if (name.trim() === '') fail(field(at, 'name'), 'must not be empty');
    expectEach(section.aliases, field(at, 'aliases'), (alias, aliasAt) =>
      expectString(alias, aliasAt),
    );
    checkCardShapes(section.cardShapes, field(at, 'cardShapes'));
    names.add(name);
    [name, ...(section.aliases ?? [])].forEach((heading, i) => {
      const key = heading.trim().toLowerCase();
      const where = i === 0 ? field(at, 'name') : item(field(at, 'aliases'), i - 1);
      if (headings.has(key)) fail(where, `"${heading}" names another section too`);
      headings.add(key);
    });
  });
  return names;
}

/** Checks the URL rules; each must suggest a section the template has. */
export function checkUrlRules(value: unknown, path: string, sections: Set<string>): void {
  expectEach(value, path, (element, at) => {
    const rule = expectObject(element, at) as Partial<Record<keyof UrlRule, unknown>>;
    const host = expectString(rule.host, field(at, 'host'));
    if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host)) {
      fail(
        field(at, 'host'),
        `expected a lower-case host name such as "github.com", not "${host}"`,
      );
    }
    if (rule.pathPrefix !== undefined) {
      const prefix = expectString(rule.pathPrefix, field(at, 'pathPrefix'));
      if (!prefix.startsWith('/')) fail(field(at, 'pathPrefix'), 'must start with "/"');
    }
    const section = expectString(rule.section, field(at, 'section'));
    if (!sections.has(section)) {
      fail(field(at, 'section'), `"${section}" is not one of the template's sections`);
    }
  });
}
