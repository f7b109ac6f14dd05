// Query parameters that say where a click came from, not what it points at. Dropping them lets
// `?utm_source=newsletter` and a clean link be seen as one link.

const TRACKING_PREFIXES = ['utm_', 'mc_', 'sc_', '_hs', 'hss_', 'oly_', 'pk_', 'mtm_', 'ga_'];

const TRACKING_NAMES = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mkt_tok',
  'ref',
  'ref_',
  'ref_src',
  'ref_url',
  'trk',
  'trkcampaign',
  'trackingid',
  'si',
  'pli',
  'vero_id',
  'wickedid',
  '_amp',
  's_kwcid',
  'ef_id',
  'cmpid',
  'spm',
  'share_source',
]);

/** Hosts whose own parameters are mostly share tokens or positions, not identity. */
const HOST_RULES: Record<string, (name: string) => boolean> = {
  // `s=20&t=…` on a tweet are share tokens.
  'twitter.com': () => true,
  // A timestamp into the same video.
  'twitch.tv': (name) => name === 't',
  // Site navigation tracking on AWS pages (`?nc=sn&loc=2`).
  'aws.amazon.com': (name) => name === 'nc' || name === 'loc' || name === 'dn',
};

/** Whether a query parameter of a link on `host` (lowercase, without `www.`) is tracking. */
export function isTrackingParam(host: string, name: string): boolean {
  const lower = name.toLowerCase();
  if (TRACKING_NAMES.has(lower)) return true;
  if (TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix))) return true;
  return HOST_RULES[host]?.(lower) ?? false;
}
