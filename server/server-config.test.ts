import { describe, expect, it } from 'vitest';
import { ConfigError, readServerConfig } from './server-config';

const token = 'editor-token';

describe('readServerConfig', () => {
  it('has defaults for all but the editor token', () => {
    const config = readServerConfig({ BROADSHEET_TOKEN: token });
    expect(config).toMatchObject({ port: 1234, host: '0.0.0.0', editorToken: token });
    expect(config.reviewToken).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/\.broadsheet-data$/);
  });

  it('reads every variable', () => {
    const config = readServerConfig({
      PORT: '4321',
      HOST: '127.0.0.1',
      BROADSHEET_DATA: '/var/lib/broadsheet',
      BROADSHEET_TOKEN: token,
      BROADSHEET_REVIEW_TOKEN: 'review-token',
      REDIS_URL: 'redis://10.0.0.5:6380/2',
    });
    expect(config).toEqual({
      port: 4321,
      host: '127.0.0.1',
      dataDir: '/var/lib/broadsheet',
      editorToken: token,
      reviewToken: 'review-token',
      redisUrl: 'redis://10.0.0.5:6380/2',
      fetchPrivate: false,
    });
  });

  it.each([
    [{}, /BROADSHEET_TOKEN/],
    [{ BROADSHEET_TOKEN: 'short' }, /BROADSHEET_TOKEN/],
    [{ BROADSHEET_TOKEN: token, PORT: 'http' }, /PORT/],
    [{ BROADSHEET_TOKEN: token, PORT: '70000' }, /PORT/],
    [{ BROADSHEET_TOKEN: token, BROADSHEET_REVIEW_TOKEN: token }, /differ/],
    [{ BROADSHEET_TOKEN: token, REDIS_URL: 'http://cache:6379' }, /REDIS_URL/],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => readServerConfig(env)).toThrow(ConfigError);
    expect(() => readServerConfig(env)).toThrow(message);
  });
});
