// The one door through which a newsletter template enters: a stored template read back, a
// template file given to the command line, a template learned from an archive. Its tree is
// checked for hostile keys and sizes, then migrated from the version it says it was written in,
// then validated field by field; what cannot be made a template is refused with the path of the
// first bad value.

import { checkUntrustedTree } from '../../model/schema/check-untrusted-tree';
import type { NewsletterTemplate } from '../template';
import { migrateTemplate } from './template-migrations';
import { validateTemplate } from './validate-template';

const TEMPLATE_LIMITS = { maxStringLength: 10_000, maxDepth: 12, maxNodes: 20_000 };

/** Returns `value` as a NewsletterTemplate of the current shape, or throws an InvalidRecordError. */
export function admitTemplate(value: unknown, path = ''): NewsletterTemplate {
  checkUntrustedTree(value, TEMPLATE_LIMITS);
  return validateTemplate(migrateTemplate(value, path), path);
}
