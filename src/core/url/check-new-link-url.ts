import { classifyUrl } from './classify-url';
import { hasControlCharacters, isSchemeSyntax, schemeCandidate } from './url-text';

export type NewLinkCheck = { ok: true; url: string } | { ok: false; message: string };

const onlyWebLinks = 'Only http and https links can be added';
const incomplete = 'This link is incomplete: it needs an address after "https://".';
const noMailAddress = 'This email link has no valid address after "mailto:".';

// `example.com`, `www.example.com:8080/path?q#f`, `bücher.de/x`: a host with a dot and a
// top-level domain of letters, an optional port, then an optional path, query or fragment.
const bareHost =
  /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}[\p{L}\p{N}-]*(?::\d{1,5})?(?:[/?#]\S*)?$/u;
const bareEmail = /^[^\s@/:?#]+@[^\s@/:?#]+\.[^\s@/:?#]+$/;

/**
 * Checks a URL typed or pasted for a new card. Accepts http(s) and mailto only; a bare host such
 * as `example.com/x` becomes `https://example.com/x`, a bare address becomes a mailto link.
 * The message on refusal is meant to be shown to the editor as it is.
 */
export function checkNewLinkUrl(input: string): NewLinkCheck {
  const text = input.replace(
    /^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$/g,
    '',
  );
  if (text === '') return fail('Paste or type a link first.');
  if (hasControlCharacters(text)) {
    return fail('A link cannot contain tabs, line breaks or control characters.');
  }
  if (/\s/.test(text))
    return fail('A link cannot contain spaces. Check that you pasted only the link.');
  if (text.startsWith('//')) return accept(`https:${text}`);
  if (bareEmail.test(text)) return accept(`mailto:${text}`);
  if (bareHost.test(text)) return accept(`https://${text}`);
  return checkWithScheme(text);
}

function checkWithScheme(text: string): NewLinkCheck {
  switch (classifyUrl(text)) {
    case 'http':
      return accept(text);
    case 'mailto':
      return /^mailto:[^@]+@[^@]+$/i.test(text.split('?')[0] ?? '')
        ? accept(text)
        : fail(noMailAddress);
    case 'relative':
    case 'fragment':
      return fail(`${onlyWebLinks}. Give the full address, such as https://example.com/page.`);
    case 'invalid':
      return /^mailto:/i.test(text) ? fail(noMailAddress) : fail(incomplete);
    case 'unsafe':
      return fail(unsafeMessage(text));
  }
}

function unsafeMessage(text: string): string {
  const scheme = schemeCandidate(text);
  if (scheme !== undefined && isSchemeSyntax(scheme) && scheme.length <= 20) {
    return `${onlyWebLinks}, not "${scheme.toLowerCase()}:" links.`;
  }
  return `${onlyWebLinks}. This does not look like a web address.`;
}

function accept(url: string): NewLinkCheck {
  // A prefixed bare host must still make a usable web link.
  return classifyUrl(url) === 'http' || classifyUrl(url) === 'mailto'
    ? { ok: true, url }
    : fail(incomplete);
}

function fail(message: string): NewLinkCheck {
  return { ok: false, message };
}
