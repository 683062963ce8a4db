import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { TenantRef } from '@frontline/auth-tokens';
import {
  type AnyEntity,
  type EntityClass,
  EntitySchema,
  type EntitySchemaMetadata,
  type MigrationObject,
  MikroORM,
  type Options,
} from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PgliteDriver } from '@mikro-orm/pglite';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from './logger.js';
import {
  APP_ROLE,
  SCOPE_SETTING,
  scopeFilterArgs,
  TENANT_SCOPE_FILTER,
  tenantOwnedProperties,
  tenantScopeFilter,
  tenantScopePolicy,
} from './tenancy.js';

export interface DatabaseOptions {
  /** PostgreSQL schema this subgraph owns (one schema per subgraph; it is their only writer). */
  schema: string;
  entities: (EntitySchema | EntityClass<AnyEntity>)[];
  migrations: MigrationObject[];
  /** `postgres://...` for the PostgreSQL server; otherwise PGlite. */
  databaseUrl?: string;
  /** PGlite data directory; `memory://` for a throw-away in-memory database. */
  pgliteDataDir?: string;
  /** An already open PGlite instance (tests share one across services). */
  pglite?: PGlite;
  logger?: Logger;
  debug?: boolean;
}

export interface Database {
  orm: MikroORM;
  schema: string;
  kind: 'pglite' | 'postgresql';
  /** Runs pending migrations as the owner, then grants the application role what it needs. */
  migrate(): Promise<string[]>;
  /** An EntityManager limited to `scope` by the ORM filter and by RLS under the application role. */
  forScope(scope: TenantRef): EntityManager;
  /**
   * An EntityManager with no tenant scope but still under the application role, for the few
   * operations that have no caller yet (login); pass the session variables its policies read.
   */
  forSession(variables: Record<string, string>): EntityManager;
  /** Is the database answering? (readiness) */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Dates and timestamps come back as the strings PostgreSQL sends, as MikroORM sets up for the
 * instances it creates itself: `date` columns stay `YYYY-MM-DD`, with no time zone to shift them.
 */
const RAW_TEMPORAL_PARSERS = Object.fromEntries(
  [1082, 1114, 1184, 1186].map((oid) => [oid, (s: string) => s]),
);

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const common: Partial<Options> = {
    entities: options.entities,
    schema: options.schema,
    extensions: [Migrator],
    migrations: {
      migrationsList: options.migrations,
      tableName: 'mikro_orm_migrations',
      snapshot: false,
      silent: true,
      allOrNothing: true,
      transactional: true,
    },
    // Every statement of a request runs in a transaction that first switches to the app role.
    sessionContext: 'transaction',
    allowGlobalContext: false,
    forceUndefined: false,
    debug: options.debug ?? false,
    logger: (msg) => options.logger?.debug({ orm: msg }),
    filters: {},
    discovery: { warnWhenNoEntities: false },
    // Database functions (e.g. cross-tenant checks) are written by hand in migrations; the diff leaves them be.
    schemaGenerator: { ignoreRoutines: true },
  };
  let orm: MikroORM;
  let ownedPglite: PGlite | undefined;
  if (options.databaseUrl) {
    orm = await MikroORM.init({
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: options.databaseUrl,
      pool: { min: 0, max: 10 },
    } as Options);
  } else {
    let pglite = options.pglite;
    if (!pglite) {
      const dir = options.pgliteDataDir ?? 'memory://';
      if (!dir.startsWith('memory://')) await mkdir(dir, { recursive: true });
      pglite = await PGlite.create(dir, { parsers: RAW_TEMPORAL_PARSERS });
      ownedPglite = pglite;
    }
    orm = await MikroORM.init({
      ...common,
      // One connection: PGlite queues statements behind an open transaction (tests prove it).
      driver: PgliteDriver,
      dbName: 'postgres',
      driverOptions: { pglite },
    } as Options);
  }
  const kind = options.databaseUrl ? 'postgresql' : 'pglite';
  const schema = options.schema;
  const q = (id: string) => `"${id.replace(/"/g, '""')}"`;

  return {
    orm,
    schema,
    kind,
    async migrate() {
      const conn = orm.em.getConnection();
      await conn.execute(`create schema if not exists ${q(schema)}`);
      await ensureAppRole(orm);
      const executed = await orm.migrator.up();
      // Grants follow every migration run, so new tables are reachable by the app role at once.
      for (const sql of [
        `grant usage on schema ${q(schema)} to ${APP_ROLE}`,
        `grant select, insert, update, delete on all tables in schema ${q(schema)} to ${APP_ROLE}`,
        `grant usage, select on all sequences in schema ${q(schema)} to ${APP_ROLE}`,
        `revoke all on ${q(schema)}.mikro_orm_migrations from ${APP_ROLE}`,
      ]) {
        await conn.execute(sql);
      }
      return executed.map((m) => m.name);
    },
    forScope(scope) {
      const em = orm.em.fork({
        clear: true,
        useContext: false,
        // JIT compilation cost 0.1–0.4 s per federation-wide query and bought nothing (infra/bench).
        session: { role: APP_ROLE, variables: { [SCOPE_SETTING]: scope.path, jit: 'off' } },
      });
      em.setFilterParams(TENANT_SCOPE_FILTER, scopeFilterArgs(scope));
      return em as EntityManager;
    },
    forSession(variables) {
      return orm.em.fork({
        clear: true,
        useContext: false,
        session: { role: APP_ROLE, variables: { [SCOPE_SETTING]: '', ...variables } },
      }) as EntityManager;
    },
    async ping() {
      try {
        await orm.em.getConnection().execute('select 1');
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      await orm.close(true);
      await ownedPglite?.close();
    },
  };
}

/** Creates the cluster-wide application role once; concurrent creators (parallel tests) are fine. */
async function ensureAppRole(orm: MikroORM): Promise<void> {
  await orm.em.getConnection().execute(`
    do $$
    begin
      if not exists (select 1 from pg_roles where rolname = '${APP_ROLE}') then
        create role ${APP_ROLE} nologin nosuperuser nobypassrls noinherit;
      end if;
    exception when duplicate_object or unique_violation then null;
    end $$;
  `);
}

/**
 * Defines a tenant-owned entity: adds `tenant_id` and `tenant_path`, the default scope filter,
 * the forced row-level security policy, and leads the given indexes with `tenant_id`.
 */
export function defineTenantOwnedEntity<T extends object>(
  meta: EntitySchemaMetadata<T> & {
    tableName: string;
    tenantIndexes?: { name?: string; properties: string[] }[];
  },
): EntitySchema<T> {
  const { tenantIndexes = [], ...rest } = meta;
  const table = meta.tableName;
  return new EntitySchema<T>({
    ...rest,
    properties: { ...tenantOwnedProperties, ...meta.properties } as never,
    // An entity may replace the scope filter (same name), e.g. a row shared by two tenants.
    filters: { [TENANT_SCOPE_FILTER]: tenantScopeFilter, ...(meta.filters ?? {}) },
    rowLevelSecurity: 'force',
    policies: [tenantScopePolicy(table), ...(meta.policies ?? [])],
    indexes: [
      { name: `${table}_tenant_path_idx`, properties: ['tenantPath'] as never },
      ...tenantIndexes.map((ix) => ({
        name: ix.name ?? `${table}_tenant_${ix.properties.join('_')}_idx`,
        properties: ['tenantId', ...ix.properties] as never,
      })),
      ...((meta.indexes as never[]) ?? []),
    ],
  } as EntitySchemaMetadata<T>);
}
