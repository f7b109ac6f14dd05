// Whether the library's template of a built-in id differs from the one the app ships: saving an
// edited built-in template stores a copy under its id, used in its place until restored.

import { BUILT_IN_TEMPLATES } from '../../core/template/built-in-templates';
import { admitTemplate } from '../../core/template/schema/admit-template';
import type { NewsletterTemplate } from '../../core/template/template';
import { sameData } from '../../persistence/same-data';

/**
 * True when `template` has a built-in template's id and other contents than it, compared as the
 * template door gives both (a stored template is read through it).
 */
export function differsFromBuiltIn(template: NewsletterTemplate): boolean {
  const shipped = BUILT_IN_TEMPLATES.find((t) => t.id === template.id);
  return shipped !== undefined && !sameData(admitTemplate(shipped), admitTemplate(template));
}
