/** A safe file name for a slug: letters, digits, dot, dash and underscore only. */
export function markdownFileName(slug: string | undefined): string {
  const safe = (slug ?? '').replace(/[^\w.-]+/g, '-').replace(/^[.-]+|-+$/g, '');
  return `${safe || 'issue'}.md`;
}
