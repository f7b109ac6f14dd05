// Saves text as a file through a temporary object URL. The string is written as it is (UTF-8, a
// leading byte order mark kept if the text has one, none added).

export function downloadTextFile(fileName: string, text: string, type = 'text/markdown'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A safe file name for a slug: letters, digits, dot, dash and underscore only. */
export function markdownFileName(slug: string | undefined): string {
  const safe = (slug ?? '').replace(/[^\w.-]+/g, '-').replace(/^[.-]+|-+$/g, '');
  return `${safe || 'issue'}.md`;
}
