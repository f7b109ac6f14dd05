import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routeKeepsDrafts } from './route-keeps-drafts';
import { appRoutes } from './routes';

describe('routeKeepsDrafts', () => {
  it.each(['/', '/issues/abc', '/issues/abc/preview', '/search', '/inbox', '/no/such/screen'])(
    'opens storage early for %s, a screen of the drafts layout',
    (path) => expect(routeKeepsDrafts(matchRoutes(appRoutes, path) ?? [])).toBe(true),
  );

  it.each(['/preview', '/review/live/team/056'])(
    'leaves storage closed for %s, which never needs it',
    (path) => expect(routeKeepsDrafts(matchRoutes(appRoutes, path) ?? [])).toBe(false),
  );
});
