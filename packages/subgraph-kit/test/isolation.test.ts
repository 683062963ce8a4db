import { randomUUID } from 'node:crypto';
import type { TenantRef } from '@frontline/auth-tokens';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, defineTenantOwnedEntity, SCOPE_SETTING } from '../src/index.js';
import { openTestDatabase, type TestDatabase, testDbKinds } from '../src/testing/index.js';

class Note {
  id!: string;
  tenantId!: string;
  tenantPath!: string;
  body!: string;
}
const NoteSchema = defineTenantOwnedEntity<Note>({
  class: Note,
  tableName: 'note',
  properties: { id: { type: 'uuid', primary: true }, body: { type: 'text' } } as never,
});

// A federation F with unions A and B under it, and an unrelated federation G with union C.
const F = randomUUID();
const G = randomUUID();
const ids = { A: randomUUID(), B: randomUUID(), C: randomUUID() };
const fed: TenantRef = { id: F, path: `/${F}/`, kind: 'FEDERATION' };
const unionA: TenantRef = { id: ids.A, path: `/${F}/${ids.A}/`, kind: 'ENTERPRISE_UNION' };
const unionB: TenantRef = { id: ids.B, path: `/${F}/${ids.B}/`, kind: 'ENTERPRISE_UNION' };
const unionC: TenantRef = { id: ids.C, path: `/${G}/${ids.C}/`, kind: 'ENTERPRISE_UNION' };

function note(t: TenantRef, body: string): Note {
  return Object.assign(new Note(), { id: randomUUID(), tenantId: t.id, tenantPath: t.path, body });
}

describe.each(testDbKinds())('tenant isolation on %s', (kind) => {
  let test: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    test = await openTestDatabase(kind, { schema: 'kit_test', entities: [NoteSchema], migrations: [] });
    db = test.db;
    await db.orm.schema.create();
    await db.migrate(); // grants on the new table
    const owner = db.orm.em.fork();
    await owner.insertMany(Note, [
      note(unionA, 'a1'),
      note(unionA, 'a2'),
      note(unionB, 'b1'),
      note(unionC, 'c1'),
    ]);
  }, 60_000);
  afterAll(() => test?.dispose());

  it('a union sees only its own rows through the ORM', async () => {
    const rows = await db.forScope(unionA).find(Note, {}, { orderBy: { body: 'asc' } });
    expect(rows.map((r) => r.body)).toEqual(['a1', 'a2']);
  });

  it('a federation sees its subtree and nothing beyond it', async () => {
    const rows = await db.forScope(fed).find(Note, {}, { orderBy: { body: 'asc' } });
    expect(rows.map((r) => r.body)).toEqual(['a1', 'a2', 'b1']);
  });

  it('RLS alone: with the ORM filter off, raw SQL in a request still sees only the scope', async () => {
    const em = db.forScope(unionA);
    const viaOrm = await em.find(Note, {}, { filters: false });
    expect(viaOrm.map((r) => r.body).sort()).toEqual(['a1', 'a2']);
    const raw = await em.execute('select body from "kit_test"."note" order by body');
    expect(raw.map((r: Record<string, string>) => r.body)).toEqual(['a1', 'a2']);
    const role = await em.execute('select current_user as role, current_setting(?) as scope', [
      SCOPE_SETTING,
    ]);
    expect(role[0]).toEqual({ role: 'frontline_app', scope: unionA.path });
  });

  it('RLS alone: the application role cannot turn it off', async () => {
    const em = db.forScope(unionA);
    await expect(em.execute('alter table "kit_test"."note" disable row level security')).rejects.toThrow();
    await expect(em.execute('alter table "kit_test"."note" no force row level security')).rejects.toThrow();
  });

  it.runIf(kind === 'postgresql')(
    'production login (non-superuser, member of the app role) cannot step out of it',
    async () => {
      const url = new URL(test.url as string);
      const admin = new pg.Client({ connectionString: url.toString() });
      await admin.connect();
      await admin.query(`do $$ begin
        if not exists (select 1 from pg_roles where rolname = 'frontline_login_test') then
          create role frontline_login_test login nosuperuser nobypassrls noinherit;
        end if;
      exception when duplicate_object or unique_violation then null; end $$`);
      await admin.query('grant frontline_app to frontline_login_test');
      await admin.end();
      url.username = 'frontline_login_test';
      const app = new pg.Client({ connectionString: url.toString() });
      await app.connect();
      try {
        // noinherit: the login itself has no table rights until it switches to the app role.
        await expect(app.query('select * from "kit_test"."note"')).rejects.toThrow(/permission denied/);
        await app.query('begin');
        await app.query('set local role frontline_app');
        await app.query(`select set_config('${SCOPE_SETTING}', $1, true)`, [unionB.path]);
        const rows = await app.query('select body from "kit_test"."note"');
        expect(rows.rows.map((r) => r.body)).toEqual(['b1']);
        await expect(app.query('set local role postgres')).rejects.toThrow(/permission denied/);
        await app.query('rollback');
      } finally {
        await app.end();
      }
    },
  );

  it('the ORM filter alone: as the owner (RLS bypassed) the filter still limits the query', async () => {
    // The owner connection bypasses RLS, so only the filter stands between the caller and B's rows.
    const owner = db.orm.em.fork();
    owner.setFilterParams('tenantScope', { path: unionA.path, tenantId: unionA.id });
    const rows = await owner.find(Note, {}, { orderBy: { body: 'asc' } });
    expect(rows.map((r) => r.body)).toEqual(['a1', 'a2']);
    expect(await owner.count(Note, {})).toBe(2);
  });

  it('writes into another tenant are refused by RLS', async () => {
    const em = db.forScope(unionA);
    await expect(em.insert(Note, note(unionB, 'smuggled'))).rejects.toThrow(
      /row-level security|row level security/i,
    );
    const changed = await em.nativeUpdate(Note, { body: 'b1' }, { body: 'hacked' }, { filters: false });
    expect(changed).toBe(0);
    const deleted = await em.execute(`delete from "kit_test"."note" where body = 'c1'`);
    expect((deleted as unknown as { affectedRows?: number }).affectedRows ?? 0).toBe(0);
    const owner = db.orm.em.fork();
    expect(await owner.count(Note, { body: { $in: ['b1', 'c1'] } }, { filters: false })).toBe(2);
  });

  it('an EntityManager without a scope fails closed', async () => {
    const noScope = db.forSession({});
    await expect(noScope.find(Note, {})).rejects.toThrow();
    const raw = await noScope.execute('select * from "kit_test"."note"');
    expect(raw).toEqual([]);
  });

  it('concurrent requests of different tenants never see each other', async () => {
    const runs = Array.from({ length: 40 }, async (_, i) => {
      const scope = i % 2 ? unionA : unionB;
      const em = db.forScope(scope);
      const rows = await em.transactional(async (tx) => {
        await tx.execute('select pg_sleep(0.001)');
        return tx.execute('select tenant_id from "kit_test"."note"');
      });
      return rows.every((r: Record<string, string>) => r.tenant_id === scope.id) && rows.length > 0;
    });
    expect((await Promise.all(runs)).every(Boolean)).toBe(true);
  });

  it('a statement outside any transaction never runs inside a request transaction', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const request = db.forScope(unionA).transactional(async (tx) => {
      await tx.execute('select 1');
      await held;
    });
    await new Promise((r) => setTimeout(r, 20));
    const owner = db.orm.em.fork().getConnection().execute('select current_user as who');
    setTimeout(release, 50);
    const [rows] = await Promise.all([owner, request]);
    expect(rows[0].who).toBe('postgres');
  });
});
