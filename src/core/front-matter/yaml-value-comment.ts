import { isScalar, isMap, parseDocument, type Node } from 'yaml';
import { yamlTrivia } from './yaml-trivia';

const LINE_COMMENT = /^([ \t]+#[^\r\n]*)(?:\r\n?|\n)?$/;

/**
 * The comment after the value of a one-line YAML entry, with the spaces before it
 * (`draft: false   # set by hand` gives `   # set by hand`), so an edit of the value can keep
 * it; '' when the entry has none, or its value spans lines.
 */
export function yamlValueComment(source: string): string {
  const text = source.slice(yamlTrivia(source).length);
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return '';
  const value = doc.contents.items[0]?.value as Node | null | undefined;
  if (!value?.range || (isScalar(value) && value.type?.startsWith('BLOCK'))) return '';
  const [start, end, nodeEnd] = value.range;
  if (/[\r\n]/.test(text.slice(start, end))) return '';
  return LINE_COMMENT.exec(text.slice(end, nodeEnd))?.[1] ?? '';
}
