import { BUILT_IN_TEMPLATES } from '../../core/template/built-in-templates';

/** True for the id of a template the app ships (EKS News, the generic Hugo link list). */
export function isBuiltInTemplate(id: string): boolean {
  return BUILT_IN_TEMPLATES.some((t) => t.id === id);
}
