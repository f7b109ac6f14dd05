import { InvalidRecordError } from '../../core/model/schema/invalid-record-error';
import { admitTemplate } from '../../core/template/schema/admit-template';
import type { NewsletterTemplate } from '../../core/template/template';

/** The part of a template one field of the Template screen edits. */
export interface TemplateRegion {
  /** The template's fields the region spans (with those its values refer to). */
  pick: (template: NewsletterTemplate) => Partial<NewsletterTemplate>;
  /** Whether a path the door names lies in the region, such as `cadence.hourUtc`. */
  within: (path: string) => boolean;
}

/**
 * What the template door says of a field's change: `changed`'s region put into `base` (a template
 * the door took, so that a value refused elsewhere in the form hides nothing here), as the reason
 * alone when the value it refuses lies in the region, since the screen shows it by the field.
 * Undefined when the door takes it.
 */
export function doorProblem(
  base: NewsletterTemplate,
  changed: NewsletterTemplate,
  region: TemplateRegion,
): string | undefined {
  try {
    admitTemplate({ ...base, ...region.pick(changed) });
    return undefined;
  } catch (error) {
    if (!(error instanceof InvalidRecordError) || !region.within(error.path)) return undefined;
    return error.message.slice(error.path === '' ? 0 : error.path.length + 2);
  }
}
