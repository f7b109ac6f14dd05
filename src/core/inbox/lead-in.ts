import { splitSentences } from './sentences';

// Article text copied from a page starts with what is not the article's point: a flattened
// "Introduction" heading, or a byline ("This is a guest post by …", "Post co-written by …").

const LABEL =
  /^(?:introduction|overview|background|summary|solution overview|tl;dr:?)\s+(?=["“]?[A-Z0-9])/i;
const BYLINE =
  /^(?:this (?:is a )?(?:guest )?(?:blog )?post (?:(?:was|is) )?(?:co-?authored |co-?written |written |contributed |authored )?(?:by|with)|(?:guest )?(?:blog )?post co-?(?:written|authored) by|co-?(?:authored|written) by|written by|guest post by)\s/i;
const LABEL_INSIDE = /\s(?:Introduction|Overview|Background)\s+(?=[A-Z])/;

/** The text from where the article itself begins: without a leading byline and heading label. */
export function skipLeadIn(text: string): string {
  let rest = text.trim();
  if (BYLINE.test(rest)) rest = skipByline(rest);
  return rest.replace(LABEL, '');
}

function skipByline(text: string): string {
  const label = LABEL_INSIDE.exec(text.slice(0, 400));
  if (label !== null) return text.slice(label.index + label[0].length);
  const [byline, ...rest] = splitSentences(text, 2);
  return rest.length > 0 && byline !== undefined
    ? text.slice(text.indexOf(byline) + byline.length).trim()
    : text;
}
