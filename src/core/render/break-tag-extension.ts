import type { Options } from 'micromark';

type HtmlExtension = NonNullable<Options['htmlExtensions']>[number];

const escapedBreak = /(&lt;br\s*\/?&gt;)/i;

/**
 * micromark escapes raw HTML when dangerous HTML is off, which is what the preview wants. This
 * extension gives back the one tag the newsletter relies on, a bare `<br>` / `<br/>` /
 * `<br />` (the `<br/><br/><br/><br/>` spacer under the subscribe form); any other HTML, and a
 * `<br>` with attributes, stays escaped text.
 */
export const breakTagExtension: HtmlExtension = {
  enter: {
    htmlFlow() {
      this.lineEndingIfNeeded();
      this.buffer();
    },
    htmlText() {
      this.buffer();
    },
  },
  exit: {
    htmlFlow() {
      writeWithBreaks(
        this.resume(),
        (text) => this.raw(text),
        (html) => this.tag(html),
      );
    },
    htmlText() {
      writeWithBreaks(
        this.resume(),
        (text) => this.raw(text),
        (html) => this.tag(html),
      );
    },
  },
};

/** Writes escaped HTML text, turning each escaped bare `<br>` back into a tag. */
function writeWithBreaks(
  escaped: string,
  raw: (text: string) => void,
  tag: (html: string) => void,
): void {
  escaped.split(escapedBreak).forEach((part, index) => {
    if (index % 2 === 1) tag('<br />');
    else if (part !== '') raw(part);
  });
}
