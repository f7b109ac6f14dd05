import { eksNewsTemplate } from './eks-news';
import { hugoLinkListTemplate } from './hugo-link-list';
import type { NewsletterTemplate } from './template';

/** The templates Broadsheet ships: EKS News, then the generic Hugo link list. */
export const BUILT_IN_TEMPLATES: readonly NewsletterTemplate[] = [
  eksNewsTemplate,
  hugoLinkListTemplate,
];
