import { archiveSpellings } from './archive-spellings';

const SPELLINGS = new Map(archiveSpellings.map((word) => [word.toLowerCase(), word]));
/** A version's first part ("1", "v1") and each following part ("35"): short numbers. */
const VERSION_START = /^v?\d{1,2}$/i;
const VERSION_PART = /^\d{1,2}$/;
/** The id some blogs end their slugs with ("...-knowledge-2c96c1a94cc1"). */
const SLUG_ID = /^(?=[a-z]*\d)(?=\d*[a-z])[0-9a-f]{10,16}$/;

/**
 * A working title for a bare link: its last path segment in words, or its site when the segment
 * is an id or missing. Words the archive spells with capitals keep them, version numbers keep
 * their dots, a leading date and a trailing slug id are left out:
 * "amazon-eks-distro-kubernetes-version-1-35" gives "Amazon EKS distro kubernetes version 1.35".
 */
export function titleFromUrl(url: URL): string {
  const site = url.hostname.replace(/^www\./, '');
  const segment = url.pathname
    .split('/')
    .filter((part) => part !== '')
    .pop();
  if (segment === undefined) return site;
  const words = withoutDateAndId(
    safeDecode(segment)
      .replace(/\.(?:html?|php|aspx?)$/i, '')
      .split(/[-_+\s.]+/)
      .filter((word) => word !== ''),
  );
  if (!looksLikeWords(words)) return site;
  const [first = '', ...rest] = joinVersions(words).map(spell);
  const lead = SPELLINGS.has(first.toLowerCase()) ? first : capitalize(first);
  return [lead, ...rest].join(' ');
}

/** "2022-04-12-git-security..." and "...-knowledge-2c96c1a94cc1" keep only their words. */
function withoutDateAndId(words: readonly string[]): string[] {
  let start = 0;
  if (/^(?:19|20)\d\d$/.test(words[0] ?? '') && /^\d\d$/.test(words[1] ?? '')) {
    start = /^\d\d$/.test(words[2] ?? '') ? 3 : 2;
  }
  const last = words.length > start + 1 && SLUG_ID.test(words.at(-1) ?? '') ? -1 : undefined;
  const kept = words.slice(start, last);
  return kept.length > 0 ? kept : [...words];
}

/** ["kubernetes", "1", "35"] gives ["kubernetes", "1.35"]; "380 000" and "2024 25" stay apart. */
function joinVersions(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let word = words[i] ?? '';
    if (VERSION_START.test(word)) {
      while (VERSION_PART.test(words[i + 1] ?? '')) word = `${word}.${words[++i] ?? ''}`;
    }
    joined.push(word);
  }
  return joined;
}

function spell(word: string): string {
  return SPELLINGS.get(word.toLowerCase()) ?? word;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
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
