import { admitTemplate } from '../../core/template/schema/admit-template';
import type { NewsletterTemplate } from '../../core/template/template';
import type { TemplateStore } from '../../persistence/issue-repository';
import { differsFromBuiltIn } from './differs-from-built-in';
import { isBuiltInTemplate } from './is-built-in-template';

/**
 * Stores the template after it passes the door; throws the door's InvalidRecordError if not. A
 * built-in template saved as the app ships it is not stored: the library's copy, if any, goes, so
 * the built-in one is used again (and a later version of it, when the app brings one).
 */
export async function saveTemplate(
  store: TemplateStore,
  template: NewsletterTemplate,
  now = Date.now(),
): Promise<NewsletterTemplate> {
  const admitted = admitTemplate(template);
  if (isBuiltInTemplate(admitted.id) && !differsFromBuiltIn(admitted)) {
    await store.deleteTemplate(admitted.id);
    return admitted;
  }
  await store.putTemplate({ id: admitted.id, name: admitted.name, data: admitted, updatedAt: now });
  return admitted;
}
