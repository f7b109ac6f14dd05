const UNITS = ['bytes', 'kB', 'MB', 'GB', 'TB'];

/** A byte count for people: `980 bytes`, `1.2 MB`, `15 GB` (powers of 1000, as disks are sold). */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}
