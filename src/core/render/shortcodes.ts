import { escapeHtml } from './escape-html';

/**
 * Hugo shortcodes (`{{< name args >}}`, `{{% name %}}`, closing `{{< /name >}}`) are expanded by
 * the site, not by markdown. The preview cannot run them, so it shows a labelled placeholder:
 * markdown is rendered with each shortcode replaced by an inert token, then the tokens are
 * swapped for placeholders. Hugo's comment form (a shortcode whose delimiters are wrapped in
 * slash-star and star-slash) writes one literally, and is shown literally.
 */
export type Shortcode =
  | { kind: 'call'; name: string; args: string; closing: boolean }
  | { kind: 'literal'; text: string };

export interface ProtectedMarkdown {
  markdown: string;
  shortcodes: Shortcode[];
}

/** The private-use characters a shortcode's token opens and closes with. */
export const tokenOpen = '\ue000';
export const tokenClose = '\ue001';
const anyTokenChar = /[\ue000\ue001]/g;
const shortcodePattern =
  /\{\{([<%])(\/\*)?[ \t]*(\/?)[ \t]*([\w.-]+(?:\/[\w.-]+)*)([^\n]*?)(\*\/)?([>%])\}\}/g;

/** Replaces shortcodes in `markdown` with tokens that markdown reads as plain text. */
export function protectShortcodes(markdown: string): ProtectedMarkdown {
  const shortcodes: Shortcode[] = [];
  const clean = markdown.replace(anyTokenChar, '');
  if (!clean.includes('{{')) return { markdown: clean, shortcodes };
  const replaced = clean.replace(shortcodePattern, (whole, ...groups: unknown[]) => {
    const [open, commentOpen, slash, name, args, commentClose, close] = groups as string[];
    if ((open === '<') !== (close === '>')) return whole;
    shortcodes.push(
      commentOpen && commentClose
        ? { kind: 'literal', text: `{{${open}${whole.slice(5, -5)}${close}}}` }
        : { kind: 'call', name: name ?? '', args: (args ?? '').trim(), closing: slash === '/' },
    );
    return `${tokenOpen}${shortcodes.length - 1}${tokenClose}`;
  });
  return { markdown: replaced, shortcodes };
}

/** The placeholder shown for one shortcode. */
export function placeholder(shortcode: Shortcode | undefined, tag: 'div' | 'span'): string {
  if (shortcode === undefined) return '';
  if (shortcode.kind === 'literal') {
    return tag === 'div' ? `<p>${escapeHtml(shortcode.text)}</p>` : escapeHtml(shortcode.text);
  }
  const { name, args, closing } = shortcode;
  const title = args ? ` title="${escapeHtml(args)}"` : '';
  const text = closing ? `End of shortcode: ${name}` : `Shortcode: ${name}`;
  return `<${tag} class="shortcode" data-shortcode="${escapeHtml(name)}"${title}>${escapeHtml(text)}</${tag}>`;
}
