import { describe, expect, it } from 'vitest';
import { classifyUrl, isSafeHref, safeHref, type UrlKind } from './classify-url';

const cases: Array<[string, UrlKind]> = [
  // Plain, safe links as found in the archive.
  ['https://aws.amazon.com/blogs/containers/', 'http'],
  ['http://registry.k8s.io/', 'http'],
  ['HTTPS://EXAMPLE.COM/Path', 'http'],
  ['https://www.youtube.com/watch?v=9AQEptIi2o8&t=359s', 'http'],
  ['https://example.com/redirect?to=javascript:alert(1)', 'http'],
  ['https://example.com/a%3Ajavascript:x', 'http'],
  ['  https://example.com/padded  ', 'http'],
  ['\u00a0https://example.com/nbsp\ufeff', 'http'],
  ['ht\ttps://example.com/tab-inside', 'http'],
  ['mailto:someone@example.com', 'mailto'],
  ['MAILTO:someone@example.com?subject=Hi', 'mailto'],
  ['karpenter.sh', 'relative'],
  ['/archives/056/', 'relative'],
  ['../056/', 'relative'],
  ['?page=2', 'relative'],
  ['//cdn.example.com/x.png', 'relative'],
  ['docs/a:b', 'relative'],
  ['#new-aws-services', 'fragment'],
  ['#a:b', 'fragment'],
  // Empty or unusable.
  ['', 'invalid'],
  ['   \t\n ', 'invalid'],
  ['http://', 'invalid'],
  ['https://exa mple.com', 'invalid'],
  ['mailto:', 'invalid'],
  ['mailto:   ', 'invalid'],
  // Dangerous schemes and their disguises.
  ['javascript:alert(1)', 'unsafe'],
  ['JavaScript:alert(1)', 'unsafe'],
  ['JAVASCRIPT:alert(1)', 'unsafe'],
  ['  javascript:alert(1)', 'unsafe'],
  ['\u0000javascript:alert(1)', 'unsafe'],
  ['\u001fjavascript:alert(1)', 'unsafe'],
  ['\u200bjavascript:alert(1)', 'unsafe'],
  ['\ufeffjavascript:alert(1)', 'unsafe'],
  ['java\tscript:alert(1)', 'unsafe'],
  ['java\nscript:alert(1)', 'unsafe'],
  ['java\r\nscript:alert(1)', 'unsafe'],
  ['java\u0000script:alert(1)', 'unsafe'],
  ['java\u200bscript:alert(1)', 'unsafe'],
  ['javascript\t:alert(1)', 'unsafe'],
  ['javascript :alert(1)', 'unsafe'],
  ['%6Aavascript:alert(1)', 'unsafe'],
  ['%6a%61%76%61%73%63%72%69%70%74:alert(1)', 'unsafe'],
  ['javascript%3Aalert(1)', 'unsafe'],
  ['javascript%253Aalert(1)', 'unsafe'],
  ['&#106;avascript:alert(1)', 'unsafe'],
  ['&#x6A;avascript:alert(1)', 'unsafe'],
  ['&#0000106avascript:alert(1)', 'unsafe'],
  ['javascript&colon;alert(1)', 'unsafe'],
  ['java&Tab;script:alert(1)', 'unsafe'],
  ['java\\script:alert(1)', 'unsafe'],
  ['javascript://%0Aalert(1)', 'unsafe'],
  ['vbscript:msgbox(1)', 'unsafe'],
  ['VBScript:msgbox(1)', 'unsafe'],
  ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'unsafe'],
  ['data:image/svg+xml,<svg onload=alert(1)>', 'unsafe'],
  [' DATA:text/html,x', 'unsafe'],
  ['file:///etc/passwd', 'unsafe'],
  ['blob:https://example.com/uuid', 'unsafe'],
  ['ftp://example.com/file', 'unsafe'],
  ['chrome://settings', 'unsafe'],
  ['xmpp:someone@example.com', 'unsafe'],
  ['ircs://irc.example.com', 'unsafe'],
  ['C:\\Windows\\x', 'unsafe'],
  [':no-scheme', 'unsafe'],
  ['jav&#x09;ascript:alert(1)', 'unsafe'],
];

describe('classifyUrl', () => {
  it.each(cases)('%j is %s', (url, kind) => {
    expect(classifyUrl(url)).toBe(kind);
  });
});

describe('isSafeHref', () => {
  it.each(cases)('%j', (url, kind) => {
    const safe = kind === 'http' || kind === 'mailto' || kind === 'relative' || kind === 'fragment';
    expect(isSafeHref(url)).toBe(safe);
  });
});

describe('safeHref', () => {
  it('returns the URL as the browser reads it, so the checked text is the written text', () => {
    expect(safeHref('  https://example.com/x\n')).toBe('https://example.com/x');
    expect(safeHref('ht\ttps://example.com/')).toBe('https://example.com/');
  });

  it('returns nothing for unsafe or invalid links', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('')).toBeUndefined();
  });

  it('never lets a scheme other than http, https or mailto through', () => {
    const schemes = ['javascript', 'vbscript', 'data', 'file', 'blob', 'about', 'ws', 'tel', 'x-y'];
    for (const scheme of schemes) {
      for (const variant of [
        scheme,
        scheme.toUpperCase(),
        ` ${scheme}`,
        `${scheme.slice(0, 2)}\t${scheme.slice(2)}`,
      ]) {
        expect(safeHref(`${variant}:payload`), variant).toBeUndefined();
      }
    }
  });
});
