import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { SchemaVersionError } from './events/log/sqlite.ts';
import { buildApp, graphqlEndpoint } from './server/app.ts';
import { ConfigError, loadConfig, settingsSummary, unknownSettings, type VigilConfigInput } from './server/config.ts';
import { createLogger } from './server/logger.ts';

/** `npm start -- --redis redis://…` (and --port, --host): the same settings as VIGIL_REDIS_URL, VIGIL_PORT, VIGIL_HOST. */
function commandLine(): VigilConfigInput {
  let values: { redis?: string; port?: string; host?: string };
  try {
    ({ values } = parseArgs({ options: { redis: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } }, strict: true }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}\nUsage: npm start -- [--redis redis://host:6379] [--port 4000] [--host localhost]`);
  }
  const overrides: VigilConfigInput = {};
  if (values.redis !== undefined) overrides.redisUrl = values.redis;
  if (values.port !== undefined) overrides.port = values.port;
  if (values.host !== undefined) overrides.host = values.host;
  return overrides;
}

async function main(): Promise<void> {
  const config = loadConfig(commandLine());
  const logger = createLogger(config.logLevel, undefined, config.logFormat);
  const unknown = unknownSettings();
  if (unknown.length > 0) logger.warn({ unknown }, `ignoring ${unknown.join(', ')}: no such Vigil setting`);
  const app = await buildApp(config, logger);
  const server = createServer(app.listener);
  server.once('error', (error: NodeJS.ErrnoException) => {
    const reason =
      error.code === 'EADDRINUSE' ? 'the port is in use (set VIGIL_PORT)' : error.code === 'EACCES' ? 'permission denied' : error.message;
    console.error(`Vigil cannot listen on ${config.host}:${config.port}: ${reason}`);
    void app.close().finally(() => process.exit(1));
  });
  server.listen(config.port, config.host, async () => {
    const { port } = server.address() as AddressInfo;
    const { adminKeys } = app.services;
    if (adminKeys.generatedSecretAt) {
      // First start of the embedded default: make it usable at once with a ready-to-paste ADMIN token.
      const token = await adminKeys.sign('admin', ['ADMIN'], '7d');
      // A one-off on stderr, apart from the log lines on stdout: nothing that collects logs keeps it.
      console.error(
        [
          '',
          `Generated an admin token secret into ${adminKeys.generatedSecretAt}.`,
          'One-off ADMIN token, shown on this first start only (valid 7 days; mint more with `npm run vigil -- token admin --sub <name> --roles ADMIN`):',
          '',
          `  Authorization: Bearer ${token}`,
          '',
        ].join('\n'),
      );
    }
    logger.info(
      { port, host: config.host, engine: app.services.log.engine, node: app.services.nodes?.id ?? null, settings: settingsSummary(config) },
      `Vigil listening on http://${config.host}:${port}${graphqlEndpoint}`,
    );
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new connections, completing open streams');
    server.close();
    // Completing every subscription lets each SSE response end cleanly with a `complete` event.
    app.drain();
    const forced = setTimeout(() => server.closeAllConnections(), 5_000);
    // A keep-alive connection turns idle only when its stream has ended: close each as soon as it does.
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    server.closeIdleConnections();
    await new Promise<void>((resolve) => server.once('close', resolve));
    clearTimeout(forced);
    clearInterval(idle);
    await app.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // A bad setting, one that fails only once used (an unreadable key file, say), or a log file of a newer Vigil: its
  // message, no stack trace.
  console.error(error instanceof ConfigError || error instanceof SchemaVersionError ? error.message : error);
  process.exit(1);
});
