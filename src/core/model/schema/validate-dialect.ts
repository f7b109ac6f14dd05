import {
  expectBoolean,
  expectInteger,
  expectObject,
  expectOneOf,
  field,
} from './validate-primitives';

/** Checks a dialect: the writing habits of an issue, or of a template's new issues. */
export function checkDialect(value: unknown, path: string): void {
  const dialect = expectObject(value, path);
  expectOneOf(dialect.eol, ['\n', '\r\n', '\r'], field(path, 'eol'));
  expectBoolean(dialect.bom, field(path, 'bom'));
  expectInteger(dialect.indent, field(path, 'indent'), 1, 8);
  expectOneOf(dialect.marker, ['*', '-', '+'], field(path, 'marker'));
  expectBoolean(dialect.loose, field(path, 'loose'));
  expectOneOf(dialect.cardStyle, ['item', 'paragraph'], field(path, 'cardStyle'));
  expectInteger(dialect.headingLevel, field(path, 'headingLevel'), 1, 6);
  expectOneOf(dialect.shortcodeAt, ['top', 'bottom', 'none'], field(path, 'shortcodeAt'));
  expectBoolean(dialect.finalNewline, field(path, 'finalNewline'));
  expectBoolean(dialect.sortedKeys, field(path, 'sortedKeys'));
}
