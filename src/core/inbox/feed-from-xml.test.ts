// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { feedFromXmlDocument, parseFeedXml } from './feed-from-xml';
import type { XmlElementLike } from './xml-element';

// The test plays the app's part: the browser's parser (jsdom's here) reads the file, core reads
// the document. Core itself never uses DOMParser.
// eslint-disable-next-line no-restricted-globals
const parseXml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Containers</title>
    <link>https://aws.amazon.com/blogs/containers/</link>
    <atom:link href="https://aws.amazon.com/blogs/containers/feed/" rel="self" type="application/rss+xml"/>
    <item>
      <title>Amazon EKS extended support for Kubernetes versions pricing</title>
      <link>https://aws.amazon.com/blogs/containers/amazon-eks-extended-support-for-kubernetes-versions-pricing/</link>
      <description><![CDATA[<p>Introduction On October 4, 2023, Amazon EKS announced the public preview of extended support.</p><p>The post <a href="https://x">Amazon EKS pricing</a> appeared first on Containers.</p>]]></description>
    </item>
    <item>
      <title>Q&amp;A: running &lt;b&gt;GPUs&lt;/b&gt;</title>
      <guid isPermaLink="true">https://example.com/gpus</guid>
      <content:encoded>&lt;p&gt;Time slicing &amp;amp; MIG on EKS. Read more »&lt;/p&gt;</content:encoded>
      <source url="https://example.com/feed">Example Blog</source>
    </item>
    <item>
      <title>Unsafe link</title>
      <link>javascript:alert(1)</link>
      <guid isPermaLink="false">tag:example.com,2024:1</guid>
      <description>Nothing to click.</description>
    </item>
    <item></item>
  </channel>
</rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Kubernetes Blog</title>
  <id>https://kubernetes.io/</id>
  <entry>
    <title type="html">Kubernetes v1.28: &lt;em&gt;Planternetes&lt;/em&gt;</title>
    <link rel="replies" href="https://kubernetes.io/comments"/>
    <link rel="alternate" type="text/html" href="https://kubernetes.io/blog/2023/08/15/kubernetes-v1-28-release/"/>
    <id>tag:kubernetes.io,2023:v1.28</id>
    <summary type="html">&lt;p&gt;Announcing the release of Kubernetes v1.28. It has 45 enhancements. […]&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>Native sidecars</title>
    <link href="https://kubernetes.io/blog/2023/08/25/native-sidecar-containers/"/>
    <id>https://kubernetes.io/blog/2023/08/25/native-sidecar-containers/</id>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Sidecars start <b>before</b> app containers.</p></div></content>
    <source><title>SIG Node</title></source>
  </entry>
  <entry>
    <title>No link but an id</title>
    <id>https://kubernetes.io/blog/id-only/</id>
  </entry>
</feed>`;

const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://example.com/"><title>Old School</title></channel>
  <item rdf:about="https://example.com/a"><title>RSS 1.0 item</title><link>https://example.com/a</link><description>Still around.</description></item>
</rdf:RDF>`;

describe('feedFromXmlDocument with the browser parser (jsdom)', () => {
  it('reads RSS 2.0 items: title, link, source, excerpt as plain text without trailers', () => {
    const feed = parseFeedXml(rss, parseXml, { now: 5 });
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Containers');
    expect(
      feed.candidates.map(({ title, url, source, excerpt, addedAt }) => ({
        title,
        url,
        source,
        excerpt,
        addedAt,
      })),
    ).toEqual([
      {
        title: 'Amazon EKS extended support for Kubernetes versions pricing',
        url: 'https://aws.amazon.com/blogs/containers/amazon-eks-extended-support-for-kubernetes-versions-pricing/',
        source: 'Containers',
        excerpt:
          'Introduction On October 4, 2023, Amazon EKS announced the public preview of extended support.',
        addedAt: 5,
      },
      {
        title: 'Q&A: running GPUs',
        url: 'https://example.com/gpus',
        source: 'Example Blog',
        excerpt: 'Time slicing & MIG on EKS.',
        addedAt: 5,
      },
      {
        title: 'Unsafe link',
        url: undefined,
        source: 'Containers',
        excerpt: 'Nothing to click.',
        addedAt: 5,
      },
    ]);
  });

  it('reads Atom entries: the alternate link, html and xhtml text, the entry source', () => {
    const feed = parseFeedXml(atom, parseXml);
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Kubernetes Blog');
    expect(
      feed.candidates.map(({ title, url, source, excerpt }) => ({ title, url, source, excerpt })),
    ).toEqual([
      {
        title: 'Kubernetes v1.28: Planternetes',
        url: 'https://kubernetes.io/blog/2023/08/15/kubernetes-v1-28-release/',
        source: 'Kubernetes Blog',
        excerpt: 'Announcing the release of Kubernetes v1.28. It has 45 enhancements.',
      },
      {
        title: 'Native sidecars',
        url: 'https://kubernetes.io/blog/2023/08/25/native-sidecar-containers/',
        source: 'SIG Node',
        excerpt: 'Sidecars start before app containers.',
      },
      {
        title: 'No link but an id',
        url: 'https://kubernetes.io/blog/id-only/',
        source: 'Kubernetes Blog',
        excerpt: '',
      },
    ]);
  });

  it('reads RSS 1.0 (RDF) items beside the channel', () => {
    const feed = parseFeedXml(rdf, parseXml);
    expect(feed.candidates.map((c) => [c.title, c.url, c.source])).toEqual([
      ['RSS 1.0 item', 'https://example.com/a', 'Old School'],
    ]);
  });

  it('refuses malformed XML, XML that is not a feed, empty and binary files', () => {
    expect(() => parseFeedXml('<rss><channel><item></channel>', parseXml)).toThrow(
      /not well-formed XML/,
    );
    expect(() => parseFeedXml('<html><body>hi</body></html>', parseXml)).toThrow(
      'The file is XML but not an RSS or Atom feed: its root is <html>.',
    );
    expect(() => parseFeedXml('   ', parseXml)).toThrow('The feed file is empty.');
    expect(() => parseFeedXml('\u0089PNG\r\n\u001a\n\u0000\u0000', parseXml)).toThrow(
      'The feed file is binary data, not text.',
    );
    expect(() => parseFeedXml('<rss/', parseXml)).toThrow(InputError);
  });

  it('gives no candidates for a feed without items', () => {
    expect(
      parseFeedXml('<rss version="2.0"><channel><title>Quiet</title></channel></rss>', parseXml),
    ).toEqual({
      format: 'rss',
      title: 'Quiet',
      candidates: [],
    });
  });
});

/** A tiny element tree, the way a test or another XML parser can feed core without a DOM. */
function el(
  tagName: string,
  content: string | XmlElementLike[] = [],
  attributes: Record<string, string> = {},
): XmlElementLike {
  const children = typeof content === 'string' ? [] : content;
  return {
    tagName,
    children,
    textContent:
      typeof content === 'string'
        ? content
        : children.map((child) => child.textContent ?? '').join(''),
    getAttribute: (name) => attributes[name] ?? null,
  };
}

describe('feedFromXmlDocument with a hand-built tree', () => {
  it('reads an Atom feed with prefixed tag names', () => {
    const doc = {
      documentElement: el('atom:feed', [
        el('atom:title', 'Hand made'),
        el('atom:entry', [
          el('atom:title', 'Bottlerocket turns five'),
          el('atom:link', [], { href: 'https://bottlerocket.dev/en/blog/five/' }),
          el('atom:summary', 'The container OS reaches five years. Continue reading →'),
        ]),
      ]),
    };
    expect(
      feedFromXmlDocument(doc).candidates.map(({ title, url, source, excerpt }) => ({
        title,
        url,
        source,
        excerpt,
      })),
    ).toEqual([
      {
        title: 'Bottlerocket turns five',
        url: 'https://bottlerocket.dev/en/blog/five/',
        source: 'Hand made',
        excerpt: 'The container OS reaches five years.',
      },
    ]);
  });

  it('reports a parser error element and a missing root', () => {
    expect(() =>
      feedFromXmlDocument({ documentElement: el('parsererror', 'line 1: unclosed tag') }),
    ).toThrow('The feed file is not well-formed XML: line 1: unclosed tag');
    expect(() => feedFromXmlDocument({ documentElement: null })).toThrow('The feed file is empty.');
  });
});
