import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from './html-to-text';

describe('htmlToText', () => {
  it('drops tags, scripts, styles and comments, keeping word breaks between blocks', () => {
    expect(
      htmlToText(
        '<p>Karpenter <b>v1.0</b> is here.</p><p>Read <a href="https://karpenter.sh">the docs</a>.</p><script>alert(1)</script><style>p{}</style><!-- x -->',
      ),
    ).toBe('Karpenter v1.0 is here. Read the docs.');
    expect(htmlToText('one<br/>two<li>three</li>')).toBe('one two three');
  });

  it('decodes named and numeric entities after removing tags', () => {
    expect(htmlToText('Q&amp;A &#8217;s &#x2014; &lt;b&gt; &hellip;&nbsp;end')).toBe(
      'Q&A ’s — <b> … end',
    );
  });

  it('leaves unknown or impossible entities as written', () => {
    expect(decodeEntities('&bogus; &#0; &#xD800; &#99999999;')).toBe(
      '&bogus; &#0; &#xD800; &#99999999;',
    );
  });
});
