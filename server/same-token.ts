import { createHash, timingSafeEqual } from 'node:crypto';

/** Whether `given` is the expected token, compared in constant time; never for an unset one. */
export function sameToken(given: string, expected: string | undefined): boolean {
  if (!expected) return false;
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
