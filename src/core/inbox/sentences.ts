// Sentence boundaries in plain English text, careful with the dots that do not end a sentence:
// abbreviations ("e.g.", "Sr."), initials, version numbers ("v1.28") and addresses ("eks.news").

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st vs inc ltd co corp no fig approx dept est cf al ca incl min max ' +
    'ver jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

// A run of closing punctuation, then space, then what can start a sentence.
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[A-Z0-9])/g;

/** The text split into sentences, each trimmed; text without a boundary is one sentence. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (
      match[0].startsWith('.') &&
      !match[0].startsWith('..') &&
      isAbbreviation(wordBefore(text, match.index))
    ) {
      continue;
    }
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences.filter((sentence) => sentence !== '');
}

function wordBefore(text: string, index: number): string {
  const head = text.slice(0, index);
  return head.slice(head.search(/\S*$/)).replace(/^["'“‘([]+/, '');
}

function isAbbreviation(word: string): boolean {
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // e.g, i.e, U.S, a.m (the final dot is the boundary candidate), and initials such as "J".
  return /^([a-z]\.)+[a-z]$/i.test(word) || /^[A-Z]$/.test(word);
}
