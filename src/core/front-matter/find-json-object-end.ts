/**
 * Where the JSON object that opens `text` ends: the index after its matching `}`, found as Hugo
 * finds it (braces counted outside double quotes, a backslash skipping the character after it),
 * or -1 when the text ends first.
 */
export function findJsonObjectEnd(text: string): number {
  let depth = 0;
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') inQuote = !inQuote;
    else if (!inQuote && c === '{') depth++;
    else if (!inQuote && c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}
