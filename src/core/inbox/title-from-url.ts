/**
 * A working title for a bare link: its last path segment in words ("amazon-eks-extended-support"
 * gives "Amazon eks extended support"), or its site when the segment is an id or missing.
 */
export function titleFromUrl(url: URL): string {
  const site = url.hostname.replace(/^www\./, '');
  const segment = url.pathname
    .split('/')
    .filter((part) => part !== '')
    .pop();
  if (segment === undefined) return site;
  const words = safeDecode(segment)
    .replace(/\.(?:html?|php|aspx?)$/i, '')
    .split(/[-_+\s.]+/)
    .filter((word) => word !== '');
  if (!looksLikeWords(words)) return site;
  const title = words.join(' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** "introducing-karpenter" or "eksdemo", not ids such as "-zKYT2I_WhE" or "1557754198648913921". */
function looksLikeWords(words: readonly string[]): boolean {
  if (words.length === 1) return /^[A-Za-z]?[a-z]{2,}$/.test(words[0] ?? '');
  const plain = words.filter((word) => /^[a-z]{3,}$/i.test(word)).length;
  return plain >= 2 && plain * 2 >= words.length;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
