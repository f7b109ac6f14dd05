import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../src/cli/commands.ts';
import { exportIssue } from '../../src/core/markdown/export-issue.ts';
import { importIssue } from '../../src/core/markdown/import-issue.ts';
import { renderIssue } from '../../src/core/render/render-issue.ts';
import { buildWithHugo } from './build-with-hugo.ts';
import { readCorpus } from './corpus.ts';
import { forgetSources } from './html/forget-sources.ts';
import { normalizeHref } from './html/normalize-href.ts';
import { visibleContent, type VisibleContent } from './html/visible-text.ts';
import { parityCases } from './preview-parity-cases.ts';

// Issue 12, item 2: the preview shows the links and the text Hugo renders. One hugo run builds
// every archive issue and the synthetic cases; each is compared with the preview of the same
// file (what `broadsheet render` prints): the hrefs of its links in order, and its lines of
// text (the text between block edges and line breaks, white space collapsed). Each file is also
// taken as if every part had been edited (`edited/`): the preview renders the model, and Hugo
// renders what the exporter writes for it.
//
// Left out of both sides, and why:
// - The front matter: Hugo's layout prints the title outside the body it renders; the preview's
//   header (title and date) is taken off.
// - Shortcodes: Hugo runs the site's `eo` template (an empty `div.eo-stub`), the preview shows a
//   labelled placeholder (`.shortcode`); neither is markdown's doing.
// - Images: their alt text is not visible text, and their src is no link.
// Hrefs are compared in goldmark's percent-encoded form (normalizeHref): a browser follows both
// spellings to the same place.

interface KnownDifference {
  /** Hrefs Hugo renders that the preview does not link (their text shows, unlinked). */
  hugoOnlyHrefs?: string[];
  /** Lines of text as each side shows them, where they differ. */
  lines?: { hugo: string[]; preview: string[] };
  why: string;
}

// Every difference left, each asserted as it is, so the test fails when one changes.
const unknownScheme: KnownDifference = {
  hugoOnlyHrefs: ['hhttps://reinvent.awsevents.com/'],
  why: 'a typo for https; the URL door links http(s), mailto, relative and fragment URLs only',
};
const rawHtmlLink: KnownDifference = {
  hugoOnlyHrefs: ['https://example.com/raw'],
  why: 'no element of raw HTML reaches the preview, so an <a> written in HTML shows its text',
};
const definitionList: KnownDifference = {
  lines: {
    hugo: ['Term', 'The definition \u2013 with \u201cquotes\u201d'],
    preview: ['Term : The definition \u2013 with \u201cquotes\u201d'],
  },
  why: "goldmark's definition lists (on in Hugo) are not read by the preview; the archive has none",
};
const knownDifferences: Record<string, KnownDifference> = {
  'corpus/069.md': unknownScheme,
  'edited/corpus/069.md': unknownScheme,
  'case/link written as raw HTML': rawHtmlLink,
  'edited/case/link written as raw HTML': rawHtmlLink,
  'case/definition lists': definitionList,
  'edited/case/definition lists': definitionList,
  'case/footnotes': {
    hugoOnlyHrefs: ['#fn:1', '#fnref:1'],
    lines: {
      hugo: ['Claim with a note1 and more.', 'The note, see https://example.com/fn. \u21a9\ufe0e'],
      preview: ['Claim with a note[^1] and more.', '[^1]: The note, see https://example.com/fn.'],
    },
    why: "goldmark's footnotes (on in Hugo) are not read by the preview; the archive has none",
  },
  // Edited, the prose holding the reference is written back with `[` escaped, so Hugo shows the
  // reference as text too, and the two agree.
};

const corpus = readCorpus();

function withoutHeader(html: string): string {
  return html.replace(/<header class="issue-header">[\s\S]*?<\/header>/, '');
}

function withNormalHrefs(content: VisibleContent): VisibleContent {
  return { ...content, hrefs: content.hrefs.map(normalizeHref) };
}

describe('the preview shows the links and text Hugo renders', () => {
  const inputs: Record<string, string> = {};
  for (const file of corpus) inputs[`corpus/${file.name}`] = file.text;
  for (const [name, text] of Object.entries(parityCases)) inputs[`case/${name}`] = text;
  const previews: Record<string, string> = {};
  for (const [key, text] of Object.entries(inputs)) {
    previews[key] = withoutHeader(renderText(text));
    const edited = forgetSources(importIssue(text));
    inputs[`edited/${key}`] = exportIssue(edited);
    previews[`edited/${key}`] = withoutHeader(renderIssue(edited));
  }
  let rendered: Record<string, string> = {};

  beforeAll(async () => {
    rendered = await buildWithHugo(inputs);
  });

  it('covers the whole archive and every synthetic case', () => {
    expect(corpus).toHaveLength(79);
    expect(Object.keys(parityCases).length).toBeGreaterThanOrEqual(18);
  });

  it.each(Object.keys(inputs))('%s', (key) => {
    const hugo = withNormalHrefs(visibleContent(rendered[key] ?? '', '.eo-stub'));
    const preview = withNormalHrefs(visibleContent(previews[key] ?? '', '.shortcode'));
    expect(hugo.lines.length).toBeGreaterThan(0);
    const known = knownDifferences[key];
    const hugoOnly = known?.hugoOnlyHrefs ?? [];
    for (const href of hugoOnly) expect(hugo.hrefs).toContain(href);
    expect(preview.hrefs).toEqual(hugo.hrefs.filter((href) => !hugoOnly.includes(href)));
    if (known?.lines) {
      expect(hugo.lines).toEqual(expect.arrayContaining(known.lines.hugo));
      expect(preview.lines).toEqual(expect.arrayContaining(known.lines.preview));
      const drop = (lines: string[], out: string[]): string[] =>
        lines.filter((line) => !out.includes(line));
      expect(drop(preview.lines, known.lines.preview)).toEqual(drop(hugo.lines, known.lines.hugo));
    } else {
      expect(preview.lines).toEqual(hugo.lines);
    }
  });
});
