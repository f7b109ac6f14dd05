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

/** The text split into sentences, each trimmed; text without a boundary is one sentence. At most `limit`. */
export function splitSentences(text: string, limit = Infinity): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    if (sentences.length >= limit) return sentences;
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
  if (rest !== '' && sentences.length < limit) sentences.push(rest);
  return sentences.filter((sentence) => sentence !== '');
}

function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start--;
  return text.slice(start, index).replace(/^["'“‘([]+/, '');
}

function isAbbreviation(word: string): boolean {
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // e.g, i.e, U.S, a.m (the final dot is the boundary candidate), and initials such as "J".
  return /^([a-z]\.)+[a-z]$/i.test(word) || /^[A-Z]$/.test(word);
}
