const YOUTUBE_HOSTS = new Set([
  'youtube.com',
  'm.youtube.com',
  'music.youtube.com',
  'youtube-nocookie.com',
]);
const VIDEO_ID = /^[A-Za-z0-9_-]{11}/;
const PATH_FORMS = /^\/(?:shorts|live|embed|v)\/([A-Za-z0-9_-]{11})(?:[/?#]|$)/;

/**
 * The one form of a YouTube link, `https://youtube.com/watch?v=ID` for a video (from `youtu.be/ID`,
 * `/shorts/ID`, `/live/ID`, `/embed/ID`, `m.youtube.com`), `https://youtube.com/playlist?list=ID`
 * for a playlist. Positions (`t=`), share ids (`si=`) and playlist context of a video are dropped.
 * Returns undefined for links that are not YouTube videos or playlists (channels, for instance).
 */
export function canonicalYoutubeUrl(host: string, url: URL): string | undefined {
  const video = youtubeVideoId(host, url);
  if (video !== undefined) return `https://youtube.com/watch?v=${video}`;
  if (YOUTUBE_HOSTS.has(host) && url.pathname.replace(/\/$/, '') === '/playlist') {
    const list = url.searchParams.get('list');
    if (list) return `https://youtube.com/playlist?list=${encodeURIComponent(list)}`;
  }
  return undefined;
}

function youtubeVideoId(host: string, url: URL): string | undefined {
  if (host === 'youtu.be') return VIDEO_ID.exec(url.pathname.slice(1))?.[0];
  if (!YOUTUBE_HOSTS.has(host)) return undefined;
  if (url.pathname.replace(/\/$/, '') === '/watch') {
    // `watch?v=ID?utm_source=…` occurs: the id is the first eleven id characters.
    return VIDEO_ID.exec(url.searchParams.get('v') ?? '')?.[0];
  }
  return PATH_FORMS.exec(url.pathname)?.[1];
}
