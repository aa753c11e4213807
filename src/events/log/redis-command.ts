// Script calls with thousands of arguments, encoded as the arguments are made rather than by ioredis on sending.
import { createHash } from 'node:crypto';
import { Command, type Redis } from 'ioredis';

/** Any UTF-16 code unit above ASCII (surrogates included). */
const nonAscii = /[\u0080-\uffff]/;

/** A string's length in UTF-8 bytes; most of what the log sends is ASCII, whose length is its byte count. */
export function utf8Length(text: string): number {
  return nonAscii.test(text) ? Buffer.byteLength(text) : text.length;
}

/**
 * Script arguments encoded as RESP bulk strings as they are added, ready to send. While every one is ASCII, the whole
 * text goes out as latin1, a plain copy, rather than through UTF-8 encoding.
 */
export class Arguments {
  text = '';
  count = 0;
  ascii = true;

  add(value: string): void {
    const length = utf8Length(value);
    // Anything above ASCII takes more bytes than UTF-16 code units.
    if (length !== value.length) this.ascii = false;
    this.text += `$${length}\r\n${value}\r\n`;
    this.count++;
  }

  /** Adds what `other` holds after what this holds. */
  append(other: Arguments): void {
    this.text += other.text;
    this.count += other.count;
    this.ascii &&= other.ascii;
  }
}

/** A command whose whole RESP text is given: ioredis only writes it and parses the reply (bulk replies as strings). */
class EncodedCommand extends Command {
  constructor(
    name: string,
    private readonly encoded: Buffer,
  ) {
    super(name, [], { replyEncoding: 'utf8' });
  }

  override toWritable(): Buffer {
    return this.encoded;
  }
}

/**
 * A Lua script called with its arguments already encoded (`Arguments`), so that a call of thousands of arguments is one
 * buffer built as they are made: ioredis would flatten the argument list, measure every argument and concatenate them
 * again on each call. The call goes as EVALSHA; a Redis that does not hold the script (it restarted, or its scripts
 * were flushed) answers NOSCRIPT without running anything, and the call goes again as EVAL.
 */
export class EncodedScript {
  private readonly sha: string;

  constructor(private readonly lua: string) {
    this.sha = createHash('sha1').update(lua).digest('hex');
  }

  /** Runs the script on `key` with `args`. */
  async call<T>(connection: Redis, key: string, args: Arguments): Promise<T> {
    const command = (name: 'eval' | 'evalsha', script: string) => {
      const head = new Arguments();
      for (const value of [name, script, '1', key]) head.add(value);
      head.append(args);
      return new EncodedCommand(name, Buffer.from(`*${head.count}\r\n${head.text}`, head.ascii ? 'latin1' : 'utf8'));
    };
    try {
      return (await connection.sendCommand(command('evalsha', this.sha))) as T;
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return (await connection.sendCommand(command('eval', this.lua))) as T;
    }
  }
}
