// The newsletter templates of the library: those stored (learned from an archive, corrected on
// the Template screen), each read back through the template door, then the built-in ones a
// stored template of the same id has not replaced.

import { InvalidRecordError } from '../../core/model/schema/invalid-record-error';
import { BUILT_IN_TEMPLATES } from '../../core/template/built-in-templates';
import { hugoLinkListTemplate } from '../../core/template/hugo-link-list';
import { admitTemplate } from '../../core/template/schema/admit-template';
import type { NewsletterTemplate } from '../../core/template/template';
import type { TemplateStore } from '../../persistence/issue-repository';
import { differsFromBuiltIn } from './differs-from-built-in';

export interface LibraryTemplates {
  /** The stored templates, by name; a record the door refuses is left out. */
  stored: NewsletterTemplate[];
  /** The built-in templates first (EKS News, the generic one), then the stored others. */
  all: NewsletterTemplate[];
  /**
   * The newsletters the library holds, as "New issue" offers them: EKS News, then the stored
   * templates; the generic template only once it was saved as one.
   */
  newsletters: NewsletterTemplate[];
  /** The ids of the built-in templates whose stored copy, used in their place, differs from them. */
  changedBuiltIns: string[];
}

export async function readTemplates(
  store: Pick<TemplateStore, 'listTemplates'>,
): Promise<LibraryTemplates> {
  const records = await store.listTemplates();
  const stored = records.flatMap((record) => {
    try {
      return [admitTemplate(record.data, `templates[${JSON.stringify(record.id)}]`)];
    } catch (error) {
      if (error instanceof InvalidRecordError) return [];
      throw error;
    }
  });
  const byId = new Map(stored.map((t) => [t.id, t]));
  const builtIn = BUILT_IN_TEMPLATES.map((t) => byId.get(t.id) ?? t);
  const others = stored.filter((t) => !BUILT_IN_TEMPLATES.some((b) => b.id === t.id));
  const all = [...builtIn, ...others];
  const newsletters = all.filter((t) => t.id !== hugoLinkListTemplate.id || byId.has(t.id));
  const changedBuiltIns = stored.filter(differsFromBuiltIn).map((t) => t.id);
  return { stored, all, newsletters, changedBuiltIns };
}
