import net from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

/**
 * PGlite over PostgreSQL's wire protocol, for many connections at once.
 *
 * PGlite is one session. Connections take turns holding it, and a connection keeps its turn
 * from its first message until the session answers ReadyForQuery outside a transaction: an
 * extended-protocol batch (Parse, Bind, Execute, Sync) or a transaction of several statements
 * runs whole, never interleaved with another connection's messages (which would bind one
 * client's parameters to another's statement, or run them inside its transaction).
 * @electric-sql/pglite-socket switches connections between single messages (pglite issue #1046).
 */
export interface PgliteServer {
  /** host:port */
  address: string;
  stop(): Promise<void>;
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const TERMINATE = 'X'.charCodeAt(0);
const READY_FOR_QUERY = 'Z'.charCodeAt(0);
const IDLE = 'I'.charCodeAt(0);

/** Whose turn it is on the one session, and who waits for one, first come first served. */
class Turns {
  private holder: number | null = null;
  private readonly waiting: { connection: number; start: () => void }[] = [];

  take(connection: number): Promise<void> {
    if (this.holder === connection) return Promise.resolve();
    if (this.holder === null) {
      this.holder = connection;
      return Promise.resolve();
    }
    return new Promise((start) => this.waiting.push({ connection, start }));
  }

  holds(connection: number): boolean {
    return this.holder === connection;
  }

  end(connection: number) {
    if (this.holder !== connection) return;
    const next = this.waiting.shift();
    this.holder = next?.connection ?? null;
    next?.start();
  }
}

/** Reads the backend's messages as they stream out, remembering the last ReadyForQuery's status. */
class ReadyStatusReader {
  private header = Buffer.alloc(0);
  private skip = 0;
  private typeOfCurrent = 0;
  status: number | null = null;

  read(chunk: Uint8Array) {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.skip > 0) {
        const taken = Math.min(this.skip, chunk.length - offset);
        if (this.typeOfCurrent === READY_FOR_QUERY && this.skip === 1) this.status = chunk[offset] ?? null;
        this.skip -= taken;
        offset += taken;
        continue;
      }
      const needed = 5 - this.header.length;
      this.header = Buffer.concat([this.header, chunk.subarray(offset, offset + needed)]);
      offset += Math.min(needed, chunk.length - offset);
      if (this.header.length < 5) return;
      this.typeOfCurrent = this.header.readUInt8(0);
      this.skip = this.header.readInt32BE(1) - 4;
      this.header = Buffer.alloc(0);
    }
  }
}

/**
 * The length of the first whole frontend message in `buffer` (untyped while starting up, typed
 * after), 0 while it is incomplete, -1 when its length field cannot be right.
 */
function nextMessage(buffer: Buffer, started: boolean): number {
  const headerLength = started ? 5 : 8;
  if (buffer.length < headerLength) return 0;
  const length = started ? 1 + buffer.readInt32BE(1) : buffer.readInt32BE(0);
  if (length < headerLength) return -1;
  return buffer.length >= length ? length : 0;
}

export async function servePglite(db: PGlite, { host, port }: { host: string; port: number }): Promise<PgliteServer> {
  await db.waitReady;
  const turns = new Turns();
  const sockets = new Set<net.Socket>();
  let nextConnection = 1;

  // A connection waiting for its turn is still running, so it releases only once it holds one.
  async function rollBackIfHeldBy(connection: number) {
    if (!turns.holds(connection)) return;
    try {
      if (db.isInTransaction()) await db.exec('ROLLBACK');
    } finally {
      turns.end(connection);
    }
  }

  function serve(socket: net.Socket) {
    const connection = nextConnection++;
    let buffer = Buffer.alloc(0);
    let started = false;
    let running = false;
    let closed = false;
    sockets.add(socket);
    socket.setNoDelay(true);

    // A transaction left open by a closed connection is rolled back once its last message has run.
    const release = () => void rollBackIfHeldBy(connection).catch(() => {});
    const close = () => {
      if (closed) return;
      closed = true;
      sockets.delete(socket);
      socket.destroy();
      if (!running) release();
    };

    async function execute(message: Buffer) {
      await turns.take(connection);
      if (closed) return;
      const ready = new ReadyStatusReader();
      await db.runExclusive(() =>
        db.execProtocolRawStream(new Uint8Array(message), {
          onRawData: (data) => {
            ready.read(data);
            if (!closed) socket.write(data);
          },
        }),
      );
      if (ready.status === IDLE) turns.end(connection);
    }

    /** One message at a time per connection, in the order they came. */
    async function run() {
      if (running) return;
      running = true;
      try {
        for (let length = nextMessage(buffer, started); length !== 0 && !closed; length = nextMessage(buffer, started)) {
          if (length < 0) return close();
          const message = buffer.subarray(0, length);
          buffer = buffer.subarray(length);
          if (!started) {
            const code = message.readInt32BE(4);
            if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
              socket.write('N');
              continue;
            }
            if (code === CANCEL_REQUEST) return close();
            started = true;
          } else if (message[0] === TERMINATE) {
            return close();
          }
          await execute(message);
        }
      } catch {
        close();
      } finally {
        running = false;
        if (closed) release();
      }
    }

    socket.on('data', (data) => {
      buffer = Buffer.concat([buffer, data]);
      void run();
    });
    socket.on('error', close);
    socket.on('close', close);
  }

  const server = net.createServer(serve);
  // The app's pool (11 per process), the worker's, and the CLIs beside them.
  server.maxConnections = 64;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: boundPort } = server.address() as net.AddressInfo;
  return {
    address: `${host}:${boundPort}`,
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
