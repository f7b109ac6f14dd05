import { classifyUrl } from './classify-url';
import { normalizeUrlText } from './url-text';

/**
 * The WebSocket address of a workspace server as typed in the workspace settings, or undefined
 * when it is not one: ws:// or wss:// (http:// and https:// are taken as the same server's ws://
 * and wss://), with a host, no credentials and no fragment. Checked as an http(s) link is, at
 * the same door, so nothing but a plain server address is ever connected to.
 */
export function workspaceServerUrl(text: string): string | undefined {
  const trimmed = normalizeUrlText(text);
  const scheme = /^(wss?|https?):\/\//i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined;
  const secure = scheme === 'wss' || scheme === 'https';
  const asHttp = `${secure ? 'https' : 'http'}${trimmed.slice(scheme.length)}`;
  if (classifyUrl(asHttp) !== 'http') return undefined;
  let url: URL;
  try {
    url = new URL(asHttp);
  } catch {
    return undefined;
  }
  if (url.hostname === '' || url.username !== '' || url.password !== '' || url.hash !== '') {
    return undefined;
  }
  url.protocol = secure ? 'wss:' : 'ws:';
  return url.href.replace(/\/$/, '');
}
