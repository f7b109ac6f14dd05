import { memo, useDeferredValue, useMemo, useState } from 'react';
import type { Section } from '../../core/model/types';
import { renderIssueHeader } from '../../core/render/render-issue-header';
import { renderMarkdown } from '../../core/render/render-markdown';
import { useEditorState } from './editor-store-context';
import { PreviewBlocks } from './preview-block';
import { PreviewRootContext } from './preview-root-context';

/**
 * The issue as readers will see it, beside the form. It follows the store at a lower priority
 * than typing (a deferred value), and only the section and block that changed render again.
 */
export function PreviewPane({ id }: { id: string }) {
  const issue = useDeferredValue(useEditorState((s) => s.issue));
  const header = useMemo(() => renderIssueHeader(issue.frontMatter), [issue.frontMatter]);
  // The pane scrolls: its lists of cards are rendered near what it shows (see PreviewList).
  const [root, setRoot] = useState<HTMLElement | null>(null);
  return (
    <aside id={id} className="preview-pane" aria-label="Preview" ref={setRoot}>
      <PreviewRootContext value={root}>
        <div className="newsletter">
          <div dangerouslySetInnerHTML={{ __html: header }} />
          <RawPart markdown={issue.preamble} className="preamble" />
          <PreviewBlocks blocks={issue.intro} />
          {issue.sections.map((section) => (
            <PreviewSection key={section.id} section={section} />
          ))}
          <RawPart markdown={issue.epilogue} className="epilogue" />
        </div>
      </PreviewRootContext>
    </aside>
  );
}

const PreviewSection = memo(function PreviewSection({ section }: { section: Section }) {
  const level = Math.min(6, Math.max(1, Math.trunc(section.level) || 2));
  const Heading = `h${level}` as 'h2';
  return (
    <section data-section-id={section.id}>
      <Heading>{section.heading}</Heading>
      <PreviewBlocks blocks={section.blocks} />
    </section>
  );
});

const RawPart = memo(function RawPart({
  markdown,
  className,
}: {
  markdown: string;
  className: string;
}) {
  if (markdown.trim() === '') return null;
  return (
    <div className={className} dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown) }} />
  );
});
