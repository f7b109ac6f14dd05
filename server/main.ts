import { createWorkspaceServer } from './create-workspace-server';
import { ConfigError, readServerConfig } from './server-config';

/** `npm run server`: the team workspace server, configured by its environment (server-config.ts). */
async function main(): Promise<void> {
  try {
    const config = readServerConfig(process.env);
    const server = createWorkspaceServer(config);
    await server.listen();
    const redis = config.redisUrl ? ', sharing documents through Redis' : '';
    process.stdout.write(
      `broadsheet workspace server listening on ws://${config.host}:${server.address.port}${redis}\n`,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`broadsheet server: ${message}\n`);
    process.exitCode = error instanceof ConfigError ? 2 : 1;
  }
}

void main();
