import { PgliteConnection, PgliteDriver } from '@mikro-orm/pglite';

/**
 * PGlite has one connection, and Kysely's PGlite driver shares it between concurrent callers:
 * a query from request B issued while request A's transaction is open would run *inside* A's
 * transaction, with A's role and tenant scope. That would break isolation, so this driver hands
 * the connection to one caller at a time (acquire waits until the previous holder released it,
 * and a transaction holds it from begin to commit/rollback).
 */
class ConnectionMutex {
  #tail: Promise<void> = Promise.resolve();
  #release?: () => void;

  async lock(): Promise<void> {
    const previous = this.#tail;
    let release!: () => void;
    this.#tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    this.#release = release;
  }

  unlock(): void {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }
}

type KyselyDriver = {
  init(): Promise<void>;
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<void>;
  destroy(): Promise<void>;
  [method: string]: unknown;
};

function serialize(driver: KyselyDriver): KyselyDriver {
  const mutex = new ConnectionMutex();
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === 'acquireConnection') {
        return async () => {
          await mutex.lock();
          return target.acquireConnection();
        };
      }
      if (prop === 'releaseConnection') {
        return async (connection: unknown) => {
          try {
            await target.releaseConnection(connection);
          } finally {
            mutex.unlock();
          }
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

class SerializedPgliteConnection extends PgliteConnection {
  override createKyselyDialect(overrides: Record<string, unknown>) {
    const dialect = super.createKyselyDialect(overrides);
    const createDriver = dialect.createDriver.bind(dialect);
    dialect.createDriver = () => serialize(createDriver() as unknown as KyselyDriver) as never;
    return dialect;
  }
}

export class SerializedPgliteDriver extends PgliteDriver {
  constructor(config: ConstructorParameters<typeof PgliteDriver>[0]) {
    super(config);
    (this as unknown as { connection: PgliteConnection }).connection = new SerializedPgliteConnection(
      this.config,
    );
  }
}
