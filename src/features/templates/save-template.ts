import { admitTemplate } from '../../core/template/schema/admit-template';
import type { NewsletterTemplate } from '../../core/template/template';
import type { TemplateStore } from '../../persistence/issue-repository';

/** Stores the template after it passes the door; throws the door's InvalidRecordError if not. */
export async function saveTemplate(
  store: TemplateStore,
  template: NewsletterTemplate,
  now = Date.now(),
): Promise<NewsletterTemplate> {
  const admitted = admitTemplate(template);
  await store.putTemplate({ id: admitted.id, name: admitted.name, data: admitted, updatedAt: now });
  return admitted;
}
