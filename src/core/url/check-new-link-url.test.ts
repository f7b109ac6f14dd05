import { describe, expect, it } from 'vitest';
import { checkNewLinkUrl } from './check-new-link-url';

describe('checkNewLinkUrl accepts web and mail links', () => {
  it.each([
    ['https://aws.amazon.com/blogs/containers/x/', 'https://aws.amazon.com/blogs/containers/x/'],
    ['  http://registry.k8s.io/\n', 'http://registry.k8s.io/'],
    ['\u200bhttps://example.com/zero-width\ufeff', 'https://example.com/zero-width'],
    ['HTTPS://Example.com/Case', 'HTTPS://Example.com/Case'],
    ['example.com/x', 'https://example.com/x'],
    ['www.example.com', 'https://www.example.com'],
    ['karpenter.sh', 'https://karpenter.sh'],
    ['example.com:8080/path?q=1#frag', 'https://example.com:8080/path?q=1#frag'],
    ['bücher.de/katalog', 'https://bücher.de/katalog'],
    ['//cdn.example.com/file', 'https://cdn.example.com/file'],
    ['mailto:editor@example.com', 'mailto:editor@example.com'],
    ['mailto:editor@example.com?subject=Hello', 'mailto:editor@example.com?subject=Hello'],
    ['editor@example.com', 'mailto:editor@example.com'],
  ])('%j -> %s', (input, url) => {
    expect(checkNewLinkUrl(input)).toEqual({ ok: true, url });
  });
});

describe('checkNewLinkUrl refuses everything else with a message for the editor', () => {
  it.each([
    ['', /Paste or type a link/],
    ['   ', /Paste or type a link/],
    ['javascript:alert(1)', /Only http and https links can be added, not "javascript:"/],
    ['JavaScript:alert(document.cookie)', /not "javascript:"/],
    ['java\tscript:alert(1)', /tabs, line breaks/],
    ['java\nscript:alert(1)', /tabs, line breaks/],
    ['%6Aavascript:alert(1)', /Only http and https links can be added/],
    ['&#106;avascript:alert(1)', /Only http and https links can be added/],
    ['javascript%3Aalert(1)', /Only http and https links can be added/],
    ['data:text/html,<script>alert(1)</script>', /Only http and https links/],
    ['vbscript:msgbox(1)', /not "vbscript:"/],
    ['file:///etc/passwd', /not "file:"/],
    ['blob:https://example.com/1', /not "blob:"/],
    ['ftp://example.com/x', /not "ftp:"/],
    ['/archives/056/', /full address/],
    ['#section', /full address/],
    ['just some words', /spaces/],
    ['https://example.com/a page', /spaces/],
    ['http://', /incomplete/],
    ['mailto:', /no valid address/],
    ['mailto:nobody', /no valid address/],
    ['notalink', /full address/],
  ])('%j', (input, message) => {
    const result = checkNewLinkUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
