import { useRef } from 'react';
import { FrontMatterCategoriesField } from './front-matter-categories-field';
import { FrontMatterDateField } from './front-matter-date-field';
import { FrontMatterDraftField } from './front-matter-draft-field';
import { FrontMatterTextField } from './front-matter-text-field';
import { UnknownFrontMatter } from './unknown-front-matter';
import { useFocusField } from './use-focus-request';

const FRONT_MATTER_FIELDS = ['title', 'description'] as const;

/** Title, slug, date, author, description, categories and the draft flag; other keys read-only. */
export function FrontMatterForm() {
  const ref = useRef<HTMLElement>(null);
  useFocusField(ref, undefined, FRONT_MATTER_FIELDS);
  return (
    <section
      role="region"
      aria-labelledby="compose-front-matter-heading"
      className="front-matter-form"
      ref={ref}
    >
      <h2 id="compose-front-matter-heading">Front matter</h2>
      <div className="field-grid">
        <FrontMatterTextField name="title" label="Title" />
        <FrontMatterTextField name="slug" label="Slug" />
        <FrontMatterDateField />
        <FrontMatterTextField name="author" label="Author" />
        <FrontMatterTextField name="description" label="Description" />
        <FrontMatterCategoriesField />
        <FrontMatterDraftField />
      </div>
      <UnknownFrontMatter />
    </section>
  );
}
