import type { TemplateStore } from '../../persistence/issue-repository';
import { isBuiltInTemplate } from './is-built-in-template';

/**
 * Forgets the library's copy of a built-in template, so the one the app ships is used again by
 * every screen and every draft of it. Refuses any other id: that would delete a newsletter.
 */
export async function restoreBuiltInTemplate(store: TemplateStore, id: string): Promise<void> {
  if (!isBuiltInTemplate(id)) throw new Error(`“${id}” is not a built-in template`);
  await store.deleteTemplate(id);
}
