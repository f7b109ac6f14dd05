import { STATUS_SET_BY_MAX } from './status-set-by-max';

/**
 * A name as Issue.statusSetBy keeps it: trimmed and cut to STATUS_SET_BY_MAX characters (whole
 * code points); undefined for anything that is not a string, or only spaces.
 */
export function statusSetByName(given: unknown): string | undefined {
  if (typeof given !== 'string') return undefined;
  const name = Array.from(given.trim()).slice(0, STATUS_SET_BY_MAX).join('').trimEnd();
  return name === '' ? undefined : name;
}
