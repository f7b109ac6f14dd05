import { resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  /** The folder of the SQLite database. */
  dataDir: string;
  editorToken: string;
  reviewToken: string | undefined;
  redisUrl: string | undefined;
  /** Page titles may be fetched from loopback and private addresses: for tests only. */
  fetchPrivate: boolean;
}

/** A setting the server cannot start with; the message names the variable. */
export class ConfigError extends Error {}

/**
 * The server's settings from its environment: PORT (1234), HOST (0.0.0.0), BROADSHEET_DATA
 * (.broadsheet-data), BROADSHEET_TOKEN (required), BROADSHEET_REVIEW_TOKEN and REDIS_URL
 * (optional); BROADSHEET_FETCH_PRIVATE=1 only in tests.
 */
export function readServerConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const port = Number(env.PORT || '1234');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number, not "${env.PORT}"`);
  }
  const editorToken = env.BROADSHEET_TOKEN ?? '';
  if (editorToken.length < 8) {
    throw new ConfigError(
      'BROADSHEET_TOKEN must be set to the editor token (8 characters or more)',
    );
  }
  const reviewToken = env.BROADSHEET_REVIEW_TOKEN || undefined;
  if (reviewToken !== undefined && (reviewToken.length < 8 || reviewToken === editorToken)) {
    throw new ConfigError(
      'BROADSHEET_REVIEW_TOKEN must have 8 characters or more and differ from BROADSHEET_TOKEN',
    );
  }
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl !== undefined && !/^redis:\/\/[^/]/.test(redisUrl)) {
    throw new ConfigError(`REDIS_URL must be a redis:// address, not "${redisUrl}"`);
  }
  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(env.BROADSHEET_DATA || '.broadsheet-data'),
    editorToken,
    reviewToken,
    redisUrl,
    fetchPrivate: env.BROADSHEET_FETCH_PRIVATE === '1',
  };
}
