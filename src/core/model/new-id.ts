let counter = 0;

/** A short id, unique within this run; random enough to merge drafts from two browsers. */
export function newId(prefix = ''): string {
  counter = (counter + 1) % 1_000_000;
  const random = Math.floor(Math.random() * 2 ** 32).toString(36);
  return `${prefix}${Date.now().toString(36)}${counter.toString(36)}${random}`;
}
