// The template being corrected on the Template screen, and what its fields refused. A field whose
// text cannot be read, or whose value the template door refuses there, leaves the template as it
// was and records its problem; while any field has one, the template is not saved.

import { useState } from 'react';
import type { NewsletterTemplate } from '../../core/template/template';
import { doorProblem, type TemplateRegion } from './door-problem';

/** A field's change: the template it makes, or why its text cannot be read. */
export type FieldChange = NewsletterTemplate | { problem: string };

export interface TemplateDraft {
  draft: NewsletterTemplate;
  /** Replaces the template, as a change that is always valid makes it (a checkbox, a move). */
  edit: (next: NewsletterTemplate) => void;
  /**
   * Applies the change of one field (`id`, shown as `label`) when it can be read and the door
   * takes it in the field's region; returns the field's problem otherwise.
   */
  tryEdit: (
    id: string,
    label: string,
    change: FieldChange,
    region: TemplateRegion,
  ) => string | undefined;
  /** Each field's problem, as "label: reason", in the order they arose. */
  problems: ReadonlyMap<string, string>;
  /** Takes the saved template as the one being corrected. */
  saved: (template: NewsletterTemplate) => void;
}

/** The draft of `template`; `onChange` is told of every change a field makes or tries. */
export function useTemplateDraft(
  template: NewsletterTemplate,
  onChange: () => void,
): TemplateDraft {
  const [draft, setDraft] = useState(template);
  // The template as the door last took it (read or saved), which a field's region is put into.
  const [base, setBase] = useState(template);
  const [problems, setProblems] = useState<ReadonlyMap<string, string>>(new Map());
  const setProblem = (id: string, problem: string | undefined) =>
    setProblems((known) => {
      if (known.get(id) === problem) return known;
      const next = new Map(known);
      if (problem === undefined) next.delete(id);
      else next.set(id, problem);
      return next;
    });
  const edit = (next: NewsletterTemplate) => {
    setDraft(next);
    onChange();
  };
  const tryEdit: TemplateDraft['tryEdit'] = (id, label, change, region) => {
    const problem = 'problem' in change ? change.problem : doorProblem(base, change, region);
    setProblem(id, problem === undefined ? undefined : `${label}: ${problem}`);
    if (problem === undefined && !('problem' in change)) edit(change);
    else onChange();
    return problem;
  };
  const saved = (next: NewsletterTemplate) => {
    setDraft(next);
    setBase(next);
  };
  return { draft, edit, tryEdit, problems, saved };
}
