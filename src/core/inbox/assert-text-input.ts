import { InputError } from '../errors';

/**
 * Refuses input that cannot hold candidates, with a message for the editor: nothing but
 * whitespace, or a binary file (a NUL byte, or many control or undecodable characters).
 */
export function assertTextInput(text: string, what = 'The pasted text'): void {
  if (text.trim() === '') throw new InputError(`${what} is empty.`);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw new InputError(`${what} is binary data, not text.`, lineAt(text, nul));
  const sample = text.slice(0, 4096);
  if (oddCharacters(sample) > Math.max(4, sample.length / 100)) {
    throw new InputError(`${what} is binary data, not text.`);
  }
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Control characters other than tab, line feed, form feed and carriage return; U+FFFD. */
function oddCharacters(sample: string): number {
  let count = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0xfffd)
      count++;
  }
  return count;
}
