import { describe, expect, it } from 'vitest';
import { shareDictionaries } from '../../../test/helpers/share-dictionaries.ts';
import { crc32 } from './crc32.ts';
import { inflateCapped } from './inflate-capped.ts';
import { closeLink, MAX_TEXT_BYTES, openLink } from './link-envelope.ts';
import { sealLink } from './seal-link.ts';
import { dictionaryOfFragment, LINK_FORMATS } from './link-formats.ts';
import { inflateWithFflate, unpackLink } from './link-payload.ts';
import {
  checkShareDictionary,
  readShareDictionaries,
  SHARE_DICTIONARY_CHECKS,
} from './share-dictionaries.ts';
import { SHARE_MESSAGES } from './share-messages.ts';
import { encodeShareLink, encodeShareLinkAs } from './share-link.ts';
import { unpackLinkAsync } from './unpack-link.ts';

const v2 = encodeShareLink('# Hi\n', shareDictionaries);
const v1 = encodeShareLinkAs('# Hi\n', '1', shareDictionaries);

describe('the link envelope', () => {
  it('opens a link to its format, checksum and deflate stream, and closes it to the text', () => {
    const opened = openLink(`#${v1}`, 'issue');
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.format).toEqual({ tag: '1', kind: 'issue' });
    expect(opened.maxBytes).toBe(MAX_TEXT_BYTES.issue);
    const inflated = inflateCapped(opened.deflated, { maxBytes: opened.maxBytes });
    expect(closeLink(opened, inflated)).toEqual({ ok: true, text: '# Hi\n' });
    expect(opened.checksum).toBe(crc32(new TextEncoder().encode('# Hi\n')));
  });

  it('seals what any deflater made: the bytes of the text, their checksum, the stream', () => {
    const bytes = new TextEncoder().encode('# Hi\n');
    const stored = new Uint8Array([1, 5, 0, 0xfa, 0xff, ...bytes]);
    const fragment = sealLink('1', bytes, stored);
    expect(unpackLink(fragment, 'issue', inflateWithFflate, {})).toEqual({
      ok: true,
      text: '# Hi\n',
    });
  });

  it('says the dictionary is missing, only for links whose format needs one', async () => {
    const missing = { ok: false, message: SHARE_MESSAGES.dictionaryUnavailable };
    expect(unpackLink(v2, 'issue', inflateWithFflate, {})).toEqual(missing);
    expect(unpackLink(v1, 'issue', inflateWithFflate, {})).toEqual({ ok: true, text: '# Hi\n' });
    const inflate = (...args: Parameters<typeof inflateWithFflate>) =>
      Promise.resolve(inflateWithFflate(...args));
    const offline = () => Promise.reject(new Error('offline'));
    expect(await unpackLinkAsync(v2, 'issue', inflate, offline)).toEqual(missing);
    expect(await unpackLinkAsync(v1, 'issue', inflate, offline)).toEqual({
      ok: true,
      text: '# Hi\n',
    });
  });

  it('never throws or rejects, even when the inflater does', async () => {
    const throwing = () => {
      throw new Error('inflater bug');
    };
    const damaged = { ok: false, message: SHARE_MESSAGES.damaged };
    expect(unpackLink(v1, 'issue', throwing, {})).toEqual(damaged);
    const rejecting = () => Promise.reject(new Error('inflater bug'));
    const load = () => Promise.resolve(shareDictionaries.v2);
    expect(await unpackLinkAsync(v2, 'issue', rejecting, load)).toEqual(damaged);
  });
});

describe('the share dictionaries', () => {
  it('are named by the format table and pinned by size and checksum', () => {
    const named = LINK_FORMATS.flatMap((format) => (format.dictionary ? [format.dictionary] : []));
    expect(named).toEqual(Object.keys(SHARE_DICTIONARY_CHECKS));
    expect(checkShareDictionary('v2', shareDictionaries.v2)).toBe(shareDictionaries.v2);
    const edited = shareDictionaries.v2.slice();
    edited[100] = (edited[100] ?? 0) ^ 1;
    expect(checkShareDictionary('v2', edited)).toBeUndefined();
    expect(checkShareDictionary('v2', new TextEncoder().encode('<!doctype html>'))).toBeUndefined();
  });

  it('are refused when a file is not the one links use', () => {
    expect(() => readShareDictionaries(() => new Uint8Array(10))).toThrow(/not the one/);
  });

  it('are wanted, by the fragment alone, only for the formats that use one', () => {
    expect(dictionaryOfFragment('#2.AbC-_')).toBe('v2');
    expect(dictionaryOfFragment('2.AbC')).toBe('v2');
    for (const fragment of ['#1.AbC', '#n1.AbC', '#22.AbC', '', '#', '2', 'x.2.']) {
      expect(dictionaryOfFragment(fragment)).toBeUndefined();
    }
  });
});
