/**
 * Reads a web address leniently, the way an editor types or pastes one: surrounding angle
 * brackets and whitespace are ignored, and a scheme-less address with a dotted host
 * (`karpenter.sh`, `www.cncf.io/blog`) is read as https. Returns undefined for anything that is
 * not an http or https address, so callers never see the URL constructor throw.
 */
export function parseWebUrl(input: string): URL | undefined {
  const text = input
    .trim()
    .replace(/^<(.*)>$/s, '$1')
    .trim();
  if (text === '' || /\s/.test(text)) return undefined;
  const withScheme = hasScheme(text) ? text : schemeLessToHttps(text);
  if (withScheme === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!isPlausibleHost(url.hostname)) return undefined;
  return url;
}

function hasScheme(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^/:]+:\d+(\/|$)/.test(text);
}

function schemeLessToHttps(text: string): string | undefined {
  if (text.startsWith('//')) return `https:${text}`;
  const host = text.split(/[/?#]/, 1)[0] ?? '';
  return isPlausibleHost(host.replace(/:\d+$/, '').toLowerCase()) ? `https://${text}` : undefined;
}

/** A dotted name ending in a top-level domain of two or more letters, or localhost. */
function isPlausibleHost(host: string): boolean {
  if (host === 'localhost' || /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[')) {
    return true;
  }
  return /^([a-z0-9-_]+\.)+([a-z]{2,}|xn--[a-z0-9-]+)\.?$/i.test(host);
}
