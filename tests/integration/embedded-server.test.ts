import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import pg from 'pg';
import { freePort } from '@/scripts/support/free-port';
import { startEmbeddedDatabaseProcess } from '../support/embedded-database-process';

// The embedded database is one PGlite session served to many connections (lib/database/serve-pglite.ts).
let database: ChildProcess;
let url: string;
let port: number;
const clients: pg.Client[] = [];

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  clients.push(client);
  return client;
}

beforeAll(async () => {
  port = await freePort();
  database = await startEmbeddedDatabaseProcess(port);
  url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
  const setup = await connect();
  await setup.query('CREATE TABLE note (id int PRIMARY KEY, body text NOT NULL)');
});

afterEach(() => connect().then((client) => client.query('TRUNCATE note')));

afterAll(async () => {
  await Promise.all(clients.map((client) => client.end().catch(() => {})));
  database.kill('SIGTERM');
});

/** The wire protocol by hand, to send one batch's messages in two writes (pg sends them in one). */
const int16 = (value: number) => Buffer.from([value >> 8, value & 255]);
const int32 = (value: number) => {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
};
const cString = (text: string) => Buffer.from(`${text}\0`);
const frame = (type: string, ...parts: Buffer[]) => {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from(type), int32(body.length + 4), body]);
};

class RawConnection {
  private buffer = Buffer.alloc(0);
  private messages: { type: string; body: Buffer }[] = [];
  private waiter: (() => void) | null = null;

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (data) => {
      this.buffer = Buffer.concat([this.buffer, data]);
      while (this.buffer.length >= 5 && this.buffer.length >= 1 + this.buffer.readInt32BE(1)) {
        const length = 1 + this.buffer.readInt32BE(1);
        this.messages.push({ type: String.fromCharCode(this.buffer.readUInt8(0)), body: this.buffer.subarray(5, length) });
        this.buffer = this.buffer.subarray(length);
      }
      this.waiter?.();
    });
  }

  static async open(port: number): Promise<RawConnection> {
    const socket = net.connect(port, '127.0.0.1');
    await once(socket, 'connect');
    const connection = new RawConnection(socket);
    const parameters = Buffer.concat([cString('user'), cString('postgres'), cString('database'), cString('postgres'), Buffer.from([0])]);
    socket.write(Buffer.concat([int32(parameters.length + 8), int32(196608), parameters]));
    await connection.received('Z');
    return connection;
  }

  send(...frames: Buffer[]) {
    this.socket.write(Buffer.concat(frames));
  }

  /** The messages received up to the first of `type`, which ends them. */
  async received(type: string): Promise<{ type: string; body: Buffer }[]> {
    for (;;) {
      const index = this.messages.findIndex((message) => message.type === type);
      if (index >= 0) return this.messages.splice(0, index + 1);
      await new Promise<void>((resolve) => (this.waiter = resolve));
    }
  }

  close() {
    this.socket.destroy();
  }

  async closedByServer(): Promise<void> {
    if (!this.socket.closed) await once(this.socket, 'close');
  }
}

const rowsOf = (client: pg.Client) => client.query<{ id: number }>('SELECT id FROM note ORDER BY id').then(({ rows }) => rows.map((row) => row.id));

describe('the embedded database server', () => {
  test('runs one connection’s extended-protocol batch whole, even when its messages arrive apart', async () => {
    const [first, other] = await Promise.all([RawConnection.open(port), connect()]);
    first.send(frame('P', cString(''), cString('SELECT $1::text AS who'), int16(0)));
    first.send(frame('B', cString(''), cString(''), int16(0), int16(1), int32(5), Buffer.from('first'), int16(0)));
    await first.received('2'); // BindComplete: the first batch is half done
    const second = other.query<{ who: string }>('SELECT $1::text AS who', ['second']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    first.send(frame('E', cString(''), int32(0)), frame('S'));
    const answer = await first.received('Z');
    expect(answer.filter((message) => message.type === 'E')).toEqual([]);
    expect(answer.find((message) => message.type === 'D')?.body.includes('first')).toBe(true);
    expect((await second).rows).toEqual([{ who: 'second' }]);
    first.close();
  });

  test('closes a connection whose message has an impossible length, and serves the others', async () => {
    const [broken, other] = await Promise.all([RawConnection.open(port), connect()]);
    broken.send(Buffer.concat([Buffer.from('Q'), int32(2)]));
    await broken.closedByServer();
    expect((await other.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  test('keeps another connection out of a transaction until it ends', async () => {
    const [first, second] = await Promise.all([connect(), connect()]);
    await first.query('BEGIN');
    await first.query('INSERT INTO note VALUES (1, $1)', ['rolled back']);
    const meanwhile = second.query('INSERT INTO note VALUES (2, $1)', ['kept']);
    // Time for the second connection's insert to run inside the first's transaction, were it let in.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await first.query('ROLLBACK');
    await meanwhile;
    expect(await rowsOf(second)).toEqual([2]);
  });

  test('rolls back the transaction of a connection that went away, and serves the others', async () => {
    const [leaving, staying] = await Promise.all([connect(), connect()]);
    await leaving.query('BEGIN');
    await leaving.query('INSERT INTO note VALUES (1, $1)', ['never committed']);
    const meanwhile = staying.query('INSERT INTO note VALUES (2, $1)', ['kept']);
    (leaving as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    await meanwhile;
    expect(await rowsOf(staying)).toEqual([2]);
  });

  test('a failed statement inside a transaction fails only that transaction', async () => {
    const [failing, other] = await Promise.all([connect(), connect()]);
    await failing.query('BEGIN');
    await expect(failing.query('INSERT INTO note VALUES (NULL, $1)', ['no id'])).rejects.toThrow(/null value/);
    const meanwhile = other.query('INSERT INTO note VALUES (3, $1)', ['kept']);
    await failing.query('ROLLBACK');
    await meanwhile;
    expect(await rowsOf(other)).toEqual([3]);
  });
});
