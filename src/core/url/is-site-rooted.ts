import { classifyUrl } from './classify-url';

/**
 * A link to a page of the newsletter's own site, written without its host: `/blog/post/`,
 * `/#calendar`, `#events`. Not a bare name such as `karpenter.sh`, which is a link missing its
 * scheme, nor `//host/path`, which leaves the site.
 */
export function isSiteRooted(url: string): boolean {
  const kind = classifyUrl(url);
  if (kind === 'fragment') return true;
  return kind === 'relative' && /^\/(?!\/)/.test(url.trim());
}
