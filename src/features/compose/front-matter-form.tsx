import { useRef } from 'react';
import { isJsonKeptWhole } from '../../core/front-matter/json-kept-whole';
import { useEditorState } from './editor-store-context';
import { FrontMatterCategoriesField } from './front-matter-categories-field';
import { FrontMatterDateField } from './front-matter-date-field';
import { FrontMatterDraftField } from './front-matter-draft-field';
import { FrontMatterTextField } from './front-matter-text-field';
import { UnknownFrontMatter } from './unknown-front-matter';
import { UnreadableFrontMatter } from './unreadable-front-matter';
import { useFocusField } from './use-focus-request';

const FRONT_MATTER_FIELDS = ['title', 'description'] as const;

/**
 * Title, slug, date, author, description, categories and the draft flag; other keys read-only.
 * JSON front matter not written one key per line cannot be edited: its fields are disabled.
 * Front matter that could not be read is shown as written, read-only, with the reason.
 */
export function FrontMatterForm() {
  const ref = useRef<HTMLElement>(null);
  useFocusField(ref, undefined, FRONT_MATTER_FIELDS);
  const keptWhole = useEditorState((s) => isJsonKeptWhole(s.issue.frontMatter));
  const unreadable = useEditorState((s) => s.issue.frontMatter.unreadable);
  if (unreadable !== undefined) {
    return (
      <section
        role="region"
        aria-labelledby="compose-front-matter-heading"
        className="front-matter-form"
        ref={ref}
      >
        <h2 id="compose-front-matter-heading">Front matter</h2>
        <UnreadableFrontMatter reason={unreadable} />
      </section>
    );
  }
  return (
    <section
      role="region"
      aria-labelledby="compose-front-matter-heading"
      className="front-matter-form"
      ref={ref}
    >
      <h2 id="compose-front-matter-heading">Front matter</h2>
      {keptWhole && (
        <p className="hint" id="front-matter-kept-whole">
          This JSON front matter is not written one key per line, so it is shown read-only and kept
          exactly as written. Edit it in the file.
        </p>
      )}
      <fieldset
        className="field-grid"
        disabled={keptWhole}
        aria-describedby={keptWhole ? 'front-matter-kept-whole' : undefined}
      >
        <FrontMatterTextField name="title" label="Title" />
        <FrontMatterTextField name="slug" label="Slug" />
        <FrontMatterDateField />
        <FrontMatterTextField name="author" label="Author" />
        <FrontMatterTextField name="description" label="Description" />
        <FrontMatterCategoriesField />
        <FrontMatterDraftField />
      </fieldset>
      <UnknownFrontMatter />
    </section>
  );
}
