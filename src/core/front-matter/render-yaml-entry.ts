import { Document, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { InputError } from '../errors';
import type { FrontMatterValue } from '../model/types';
import { isDateText } from './date-style';
import { isFrontMatterDate } from './is-front-matter-date';
import { learnYamlStyle, type YamlStyle } from './learn-yaml-style';
import { yamlTrivia } from './yaml-trivia';
import { yamlValueComment } from './yaml-value-comment';

/**
 * Writes a `key: value` entry with the yaml library, in the style of the entry it replaces
 * (`previous`, whose leading comment and blank lines are kept, and the comment after its value
 * when both are one line) or else of the file. A comment inside a value of several lines is not
 * kept.
 */
export function renderYamlEntry(
  key: string,
  value: FrontMatterValue,
  previous: string | undefined,
  file: YamlStyle,
): string {
  const style = previous === undefined ? file : learnYamlStyle(previous, file);
  const doc = new Document({});
  doc.set(key, toYamlNode(doc, value, style));
  const text = doc.toString({
    defaultStringType: style.stringType,
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
    indent: style.indent,
    indentSeq: style.indentSeq,
    flowCollectionPadding: style.padded,
    doubleQuotedAsJSON: true,
  });
  return yamlTrivia(previous ?? '') + withComment(text, previous).replace(/\n/g, style.eol);
}

/** The one-line entry `text` with the comment that followed the previous value, if any. */
function withComment(text: string, previous: string | undefined): string {
  const comment = previous === undefined ? '' : yamlValueComment(previous);
  if (comment === '' || text.indexOf('\n') !== text.length - 1) return text;
  return `${text.slice(0, -1)}${comment}\n`;
}

function toYamlNode(doc: Document, value: FrontMatterValue, style: YamlStyle): Node {
  if (isFrontMatterDate(value)) {
    if (!isDateText(value.date)) throw new InputError(`"${value.date}" is not a date`);
    return scalar(value.date, 'PLAIN');
  }
  if (typeof value === 'string' && /[\n\r]/.test(value)) {
    // yaml 2.9 may write such a string as a block scalar that reads back without its blanks
    // (' \n' reads as '\n'); an escaped double-quoted string always reads back the same.
    return scalar(value, 'QUOTE_DOUBLE');
  }
  if (typeof value === 'string' && isDateText(value)) {
    // Written plain, it would read back as a date.
    return scalar(value, style.stringType === 'QUOTE_SINGLE' ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE');
  }
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    seq.flow = style.flow || value.length === 0;
    seq.items = value.map((item) => toYamlNode(doc, item, style));
    return seq;
  }
  if (typeof value === 'object') {
    const map = new YAMLMap();
    for (const [k, v] of Object.entries(value)) map.set(k, toYamlNode(doc, v, style));
    return map;
  }
  return doc.createNode(value);
}

function scalar(text: string, type: Scalar.Type): Scalar {
  const node = new Scalar(text);
  node.type = type;
  return node;
}
