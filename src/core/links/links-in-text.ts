import type { RichText } from '../model/types';

/** The href of every link in rich text, in order; neighbouring runs of one link count once. */
export function linksInRichText(content: RichText): string[] {
  const hrefs: string[] = [];
  let previous: string | undefined;
  for (const run of content) {
    const href =
      run.kind === 'text' ? run.marks?.find((mark) => mark.type === 'link')?.href : undefined;
    if (href !== undefined && href !== previous) hrefs.push(href);
    if (run.kind === 'raw') hrefs.push(...linksInMarkdown(run.markdown));
    previous = href;
  }
  return hrefs;
}

/** The targets of inline markdown links `[text](target)` and autolinks `<https://…>` in raw text. */
export function linksInMarkdown(markdown: string): string[] {
  const targets: string[] = [];
  for (const match of markdown.matchAll(
    /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|<(https?:\/\/[^>\s]+)>/g,
  )) {
    const target = match[1] ?? match[2];
    if (target !== undefined) targets.push(target);
  }
  return targets;
}
