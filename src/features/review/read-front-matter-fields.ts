// The few front matter fields the reviewer's page shows (title, date, slug), read without a
// TOML or YAML library: the page stays light, and a field it cannot read is simply not shown.
// Opening the issue in the editor goes through the full importer instead.

export interface FrontMatterFields {
  title: string;
  date: string;
  slug: string;
  /** The text after the front matter (all of it when there is none). */
  body: string;
}

const wanted = ['title', 'date', 'slug'] as const;
type Wanted = (typeof wanted)[number];

export function readFrontMatterFields(text: string): FrontMatterFields {
  const lines = text.split('\n');
  const fence = (lines[0] ?? '').replace(/^\uFEFF/, '').trimEnd();
  const fields: FrontMatterFields = { title: '', date: '', slug: '', body: text };
  if (fence !== '+++' && fence !== '---') return fields;
  const close = lines.findIndex(
    (line, index) =>
      index > 0 && (line.trimEnd() === fence || (fence === '---' && line.trimEnd() === '...')),
  );
  if (close < 0) return fields;
  const read = fence === '+++' ? readTomlLine : readYamlLine;
  for (const line of lines.slice(1, close)) {
    if (fence === '+++' && /^\s*\[/.test(line)) break;
    const entry = read(line);
    if (
      entry &&
      (wanted as readonly string[]).includes(entry.key) &&
      !fields[entry.key as Wanted]
    ) {
      fields[entry.key as Wanted] = entry.value;
    }
  }
  fields.body = lines.slice(close + 1).join('\n');
  return fields;
}

interface Entry {
  key: string;
  value: string;
}

function readTomlLine(line: string): Entry | undefined {
  const match = /^\s*([A-Za-z0-9_-]+)\s*=\s*(.*?)\s*$/.exec(line);
  if (!match?.[1]) return undefined;
  const raw = match[2] ?? '';
  if (raw.startsWith('"""') || raw.startsWith("'''")) return undefined;
  if (raw.startsWith('"')) return quoted(match[1], /^"((?:[^"\\]|\\.)*)"/.exec(raw)?.[1]);
  if (raw.startsWith("'")) return quoted(match[1], /^'([^']*)'/.exec(raw)?.[1], false);
  return { key: match[1], value: raw.replace(/\s+#.*$/, '') };
}

function readYamlLine(line: string): Entry | undefined {
  const match = /^([A-Za-z0-9_-]+):[ \t]*(.*?)\s*$/.exec(line);
  if (!match?.[1]) return undefined;
  const raw = match[2] ?? '';
  if (raw.startsWith('"')) return quoted(match[1], /^"((?:[^"\\]|\\.)*)"/.exec(raw)?.[1]);
  if (raw.startsWith("'")) {
    const text = /^'((?:[^']|'')*)'/.exec(raw)?.[1];
    return text === undefined ? undefined : { key: match[1], value: text.replace(/''/g, "'") };
  }
  if (/^[|>[{&*!]/.test(raw)) return undefined;
  return { key: match[1], value: raw.replace(/\s+#.*$/, '') };
}

function quoted(key: string, text: string | undefined, escapes = true): Entry | undefined {
  if (text === undefined) return undefined;
  return { key, value: escapes ? unescapeBasic(text) : text };
}

const simpleEscapes: Record<string, string> = {
  b: '\b',
  t: '\t',
  n: '\n',
  f: '\f',
  r: '\r',
  '"': '"',
  '\\': '\\',
  '/': '/',
};

function unescapeBasic(text: string): string {
  return text.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (whole, code: string) => {
    if (code.length === 1) return simpleEscapes[code] ?? whole;
    const point = parseInt(code.slice(1), 16);
    return point <= 0x10ffff && (point < 0xd800 || point > 0xdfff)
      ? String.fromCodePoint(point)
      : '\ufffd';
  });
}
