import { createConnection } from 'node:net';

/** Debian's redis-server: the tests and the bench start their own, never the machine's. */
export const redisServerBinary = '/usr/bin/redis-server';

/**
 * The flags every Redis Vigil's tests and bench start: on `port` of 127.0.0.1 in `dir`, every write fsynced to its AOF
 * before Redis answers (what "acknowledged means durable" needs), no RDB snapshots, logs on stdout.
 */
export function durableRedisArgs(port: number, dir: string): string[] {
  return [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--appendonly',
    'yes',
    '--appendfsync',
    'always',
    '--save',
    '',
    '--protected-mode',
    'no',
    '--logfile',
    '',
  ];
}

/** True once a raw PING on the port gets +PONG (not -LOADING or anything else). */
export function pong(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString('latin1');
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}
