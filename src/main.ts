import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildApp, graphqlEndpoint } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const app = await buildApp(config, logger);
  const server = createServer(app.listener);
  server.listen(config.port, config.host, async () => {
    const { port } = server.address() as AddressInfo;
    const { adminKeys } = app.vigil;
    if (adminKeys.generatedSecretFile) {
      // First start of the embedded default: make it usable at once with a ready-to-paste ADMIN token.
      const token = await adminKeys.sign('admin', ['ADMIN'], '7d');
      console.log(
        [
          '',
          `Generated an admin token secret into ${adminKeys.generatedSecretFile}.`,
          'ADMIN token (valid 7 days; mint more with `npm run vigil -- token admin --sub <name> --roles ADMIN`):',
          '',
          `  Authorization: Bearer ${token}`,
          '',
        ].join('\n'),
      );
    }
    logger.info({ port, host: config.host }, `Vigil listening on http://${config.host}:${port}${graphqlEndpoint}`);
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
  console.error(error);
  process.exit(1);
});
