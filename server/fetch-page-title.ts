import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { classifyUrl } from '../src/core/url/classify-url';
import { pageTitleFromHtml } from '../src/core/links/page-title-from-html';
import { isPublicAddress } from './is-public-address';

export interface TitleFetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Lets loopback and private addresses through: for tests only. */
  allowPrivate: boolean;
}

export const titleFetchLimits: TitleFetchLimits = {
  timeoutMs: 5000,
  maxBytes: 1024 * 1024,
  maxRedirects: 3,
  allowPrivate: false,
};

export type TitleResult = { ok: true; title: string } | { ok: false; message: string };

class TitleFetchError extends Error {}

/**
 * The title of the page at `url` (og:title, else <title>), fetched by the server for a pasted
 * link: http(s) only, its first MiB read at most, 5 s in all, a few redirects each checked again, and
 * never an address on this host or a private network (the check is made on the address actually
 * connected to, so a name that resolves differently the second time gains nothing). Never
 * throws: a failure is a message to show the editor.
 */
export async function fetchPageTitle(
  url: string,
  limits: TitleFetchLimits = titleFetchLimits,
): Promise<TitleResult> {
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  try {
    let target = url;
    for (let hop = 0; hop <= limits.maxRedirects; hop++) {
      if (classifyUrl(target) !== 'http')
        throw new TitleFetchError('only http(s) pages have titles');
      const response = await get(new URL(target), limits, deadline);
      const location = response.headers.location;
      if (
        response.statusCode &&
        response.statusCode >= 300 &&
        response.statusCode < 400 &&
        location
      ) {
        response.resume();
        target = new URL(location, target).toString();
        continue;
      }
      return await titleOf(response, limits);
    }
    throw new TitleFetchError('the page redirects too many times');
  } catch (error) {
    if (deadline.aborted)
      return failure(`the page did not answer within ${limits.timeoutMs / 1000} s`);
    return failure(
      error instanceof TitleFetchError ? error.message : 'the page could not be fetched',
    );
  }
}

function failure(message: string): TitleResult {
  return { ok: false, message: `No title: ${message}.` };
}

function get(url: URL, limits: TitleFetchLimits, signal: AbortSignal): Promise<IncomingMessage> {
  // An address written as the host is connected to without a lookup: check it here.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !limits.allowPrivate && !isPublicAddress(host)) {
    return Promise.reject(new TitleFetchError('the address is on a private network'));
  }
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(url, {
      signal,
      lookup: guardedLookup(limits.allowPrivate),
      headers: { accept: 'text/html', 'user-agent': 'Broadsheet page titles' },
    });
    outgoing.on('response', resolve);
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** DNS lookup that refuses every address not on the public internet. */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4);
      const usable = addresses.filter((a) => allowPrivate || isPublicAddress(a.address));
      if (usable.length === 0) {
        return callback(new TitleFetchError('the address is on a private network'), '', 4);
      }
      if (options.all) return callback(null, usable);
      const [first] = usable as [LookupAddress];
      return callback(null, first.address, first.family);
    });
  };
}

async function titleOf(response: IncomingMessage, limits: TitleFetchLimits): Promise<TitleResult> {
  const status = response.statusCode ?? 0;
  const type = String(response.headers['content-type'] ?? '');
  if (status < 200 || status >= 300) {
    response.resume();
    throw new TitleFetchError(`the page answered ${status}`);
  }
  if (!/^\s*(text\/html|application\/xhtml\+xml)/i.test(type)) {
    response.resume();
    throw new TitleFetchError('the link is not a web page');
  }
  // A title sits in the head: read the first MiB at most, and look there.
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= limits.maxBytes) {
      response.destroy();
      break;
    }
  }
  const html = Buffer.concat(chunks).subarray(0, limits.maxBytes).toString('utf8');
  const title = pageTitleFromHtml(html);
  if (!title) {
    const where =
      size >= limits.maxBytes ? ` in its first ${limits.maxBytes / 1024 / 1024} MiB` : '';
    throw new TitleFetchError(`the page has no title${where}`);
  }
  return { ok: true, title };
}
