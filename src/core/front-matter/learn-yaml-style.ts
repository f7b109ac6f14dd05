import { isDateText } from './date-style';
import { bareCrAsLf } from './split-lines';
import { isCollection, isMap, isScalar, isSeq, parseDocument, type ParsedNode } from 'yaml';

export type YamlStringType = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE';

/** How a YAML front matter writes its values, learned from the text of its entries. */
export interface YamlStyle {
  stringType: YamlStringType;
  /** Sequences as `[a, b]` rather than one `- a` line per item. */
  flow: boolean;
  /** Blanks inside flow brackets: `[ a, b ]`. */
  padded: boolean;
  /** Block sequence items indented under their key (`key:\n  - a`) rather than not (`key:\n- a`). */
  indentSeq: boolean;
  indent: number;
  eol: string;
}

export const DEFAULT_YAML_STYLE: Omit<YamlStyle, 'eol'> = {
  stringType: 'PLAIN',
  flow: false,
  padded: false,
  indentSeq: true,
  indent: 2,
};

/** Learns the style of YAML text (one entry or all of them), `fallback` for what it lacks. */
export function learnYamlStyle(text: string, fallback: YamlStyle): YamlStyle {
  const contents = parseDocument(bareCrAsLf(text)).contents;
  const values = isMap(contents) ? contents.items.map((pair) => pair.value) : [];
  const nodes = values.filter((v) => v !== null);
  const collection = nodes.find((node) => isCollection(node));
  const item = /^([ \t]*)- /m.exec(text)?.[1];
  return {
    stringType: firstStringType(nodes) ?? fallback.stringType,
    flow: isCollection(collection) ? collection.flow === true : fallback.flow,
    padded:
      isCollection(collection) && collection.flow
        ? /^[[{][ \t]/.test(text.slice(collection.range[0]))
        : fallback.padded,
    indentSeq: item === undefined ? fallback.indentSeq : item.length > 0,
    indent: item ? item.length : fallback.indent,
    eol: /\r\n/.test(text)
      ? '\r\n'
      : /\n/.test(text)
        ? '\n'
        : /\r/.test(text)
          ? '\r'
          : fallback.eol,
  };
}

function firstStringType(nodes: ParsedNode[]): YamlStringType | undefined {
  for (const node of nodes) {
    const scalars = isSeq(node) ? node.items : [node];
    for (const scalar of scalars) {
      if (!isScalar(scalar) || typeof scalar.value !== 'string' || isDateText(scalar.value))
        continue;
      const type = scalar.type;
      if (type === 'PLAIN' || type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') return type;
    }
  }
  return undefined;
}
