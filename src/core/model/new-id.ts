/** Random per page load, so ids made in two browsers do not collide when drafts are merged. */
const session = Math.floor(Math.random() * 36 ** 6)
  .toString(36)
  .padStart(6, '0');
let counter = 0;

/** A short id, unique within this page load and, with high probability, across browsers. */
export function newId(prefix = ''): string {
  counter++;
  return `${prefix}${session}${counter.toString(36)}`;
}
