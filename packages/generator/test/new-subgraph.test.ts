import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../../../infra/supergraph/dist/compose.js';
import type { SubgraphEntry } from '../../../infra/supergraph/dist/index.js';
import { deriveNames } from '../src/names.mjs';

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const BIN = join(REPO, 'packages/generator/bin/new-subgraph.mjs');
const TENANTS = join(REPO, 'apps/tenants');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

interface Run {
  code: number | null;
  output: string;
}

/** Runs a command, collecting stdout and stderr together (shown when an expectation fails). */
function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

const generate = (args: string[], root: string) =>
  run(process.execPath, [BIN, ...args, '--root', root], REPO);

describe('deriveNames', () => {
  it('spells a kebab-case name every way the templates need', () => {
    expect(deriveNames('skill-records')).toMatchObject({
      name: 'skill-records',
      schemaName: 'skill_records',
      envPrefix: 'SKILL_RECORDS',
      Plural: 'SkillRecords',
      plural: 'skillRecords',
      Entity: 'SkillRecord',
      entity: 'skillRecord',
      entityKebab: 'skill-record',
      table: 'skill_record',
    });
    expect(deriveNames('members').Entity).toBe('Member');
    expect(deriveNames('categories').Entity).toBe('Category');
    expect(deriveNames('addresses').Entity).toBe('Address');
    expect(deriveNames('skill-records', 'Skill').table).toBe('skill');
    // No separate singular: the list query gets a suffix so it does not clash with `staff(id)`.
    expect(deriveNames('staff')).toMatchObject({ Entity: 'Staff', entity: 'staff', plural: 'staffList' });
  });
});

/**
 * Generates into a throw-away repository root inside this one (`.gen-tmp/` is git-ignored), whose
 * apps/<name>/node_modules is apps/tenants' (the generated package's dependencies are a subset of
 * tenants'), then runs the generated package's own scripts: nothing is edited by hand.
 */
describe('pnpm new:subgraph', () => {
  const name = 'skill-records';
  const root = join(REPO, '.gen-tmp', `generator-test-${randomBytes(4).toString('hex')}`);
  const app = join(root, 'apps', name);
  /** The generated package's scripts see its own bin (tsc, vitest via tenants') and the root's (biome). */
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')),
  );
  env.PATH = [join(app, 'node_modules/.bin'), join(REPO, 'node_modules/.bin'), dirname(process.execPath)]
    .concat(process.env.PATH ?? '')
    .join(delimiter);
  /** Runs one of the generated package.json's scripts as `pnpm run <name> [args]` would. */
  const script = (scriptName: string, args: string[] = []) => {
    const command = readJson(join(app, 'package.json')).scripts[scriptName];
    return run('sh', ['-c', `${command} "$@"`, scriptName, ...args], app, env);
  };

  beforeAll(() => {
    mkdirSync(join(root, 'infra/supergraph'), { recursive: true });
    mkdirSync(join(root, 'apps/tenants'), { recursive: true });
    copyFileSync(join(REPO, 'tsconfig.base.json'), join(root, 'tsconfig.base.json'));
    for (const file of ['subgraphs.json', 'package.json', 'supergraph.graphql']) {
      copyFileSync(join(REPO, 'infra/supergraph', file), join(root, 'infra/supergraph', file));
    }
    for (const file of ['package.json', 'vitest.config.ts']) {
      if (existsSync(join(TENANTS, file)))
        copyFileSync(join(TENANTS, file), join(root, 'apps/tenants', file));
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a bad name or an existing folder with exit code 2, writing nothing', async () => {
    for (const bad of ['Members', 'skill_records', 'skill--records', '9lives', 'public']) {
      const r = await generate([bad], root);
      expect(r.code, r.output).toBe(2);
      expect(r.output).toMatch(/not a kebab-case name|reserved/);
    }
    // Entity names that would clash: a JavaScript built-in, a type another subgraph already has.
    const dates = await generate(['dates'], root);
    expect(dates.code).toBe(2);
    expect(dates.output).toContain('would be called Date');
    const officers = await generate(['officers'], root);
    expect(officers.code).toBe(2);
    expect(officers.output).toContain('the supergraph already has a type Officer');
    const existing = await generate(['tenants'], root);
    expect(existing.code).toBe(2);
    expect(existing.output).toContain('apps/tenants already exists');
    expect((await generate([], root)).code).toBe(2);
    expect(readdirSync(join(root, 'apps'))).toEqual(['tenants']);
  });

  it('generates the app and its migration, and registers it with the supergraph', async () => {
    const before: SubgraphEntry[] = readJson(join(root, 'infra/supergraph/subgraphs.json'));
    const r = await generate([name], root);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toMatch(/pnpm install[\s\S]*pnpm turbo run build[\s\S]*npm start/);

    const port = Math.max(...before.map((s) => s.defaultPort)) + 1;
    expect(readJson(join(root, 'infra/supergraph/subgraphs.json'))).toEqual([
      ...before,
      {
        name,
        schema: `apps/${name}/dist/schema.graphql`,
        url: `http://127.0.0.1:${port}/graphql`,
        portEnv: 'SKILL_RECORDS_PORT',
        defaultPort: port,
      },
    ]);
    expect(readJson(join(root, 'infra/supergraph/package.json')).devDependencies[`@frontline/${name}`]).toBe(
      'workspace:*',
    );

    // Same scripts as tenants; dependencies a subset of tenants', at the same versions.
    const pkg = readJson(join(app, 'package.json'));
    const tenantsPkg = readJson(join(TENANTS, 'package.json'));
    expect(pkg.name).toBe(`@frontline/${name}`);
    for (const key of ['build', 'start', 'typecheck', 'lint', 'test', 'migration:create']) {
      expect(pkg.scripts[key], key).toBe(tenantsPkg.scripts[key]);
    }
    for (const kind of ['dependencies', 'devDependencies']) {
      for (const [dep, version] of Object.entries(pkg[kind]))
        expect(version, dep).toBe(tenantsPkg[kind][dep]);
    }
    expect(existsSync(join(app, 'vitest.config.ts'))).toBe(existsSync(join(TENANTS, 'vitest.config.ts')));

    const migrations = readdirSync(join(app, 'src/migrations'));
    expect(migrations).toHaveLength(1);
    const migration = readFileSync(join(app, 'src/migrations', migrations[0]), 'utf8');
    for (const table of ['skill_record', 'audit_event']) {
      expect(migration).toContain(`alter table "skill_records"."${table}" enable row level security;`);
      expect(migration).toContain(`alter table "skill_records"."${table}" force row level security;`);
      expect(migration).toContain(`create policy "${table}_tenant_scope" on "skill_records"."${table}"`);
    }
    const className = migrations[0].replace(/\.ts$/, '');
    expect(readFileSync(join(app, 'src/schema.ts'), 'utf8')).toContain(
      `{ name: '${className}', class: ${className} }`,
    );
    expect(readFileSync(join(app, 'src/app.ts'), 'utf8')).toContain(`.default(${port})`);
  }, 120_000);

  it('builds, typechecks and lints with its own scripts', async () => {
    symlinkSync(join(TENANTS, 'node_modules'), join(app, 'node_modules'), 'dir');
    const build = await script('build');
    expect(build.code, build.output).toBe(0);
    const sdl = readFileSync(join(app, 'dist/schema.graphql'), 'utf8');
    expect(sdl).toContain('type SkillRecord @key(fields: "id")');
    expect(sdl).toMatch(
      /type Tenant @key\(fields: "id"\) \{\s+id: ID!\s+"""[^"]+"""\s+skillRecordsCount: Int!/,
    );
    for (const name of ['typecheck', 'lint']) {
      const r = await script(name);
      expect(r.code, `${name}:\n${r.output}`).toBe(0);
    }
  }, 180_000);

  it('has a migration that matches its entities (migration:create finds no changes)', async () => {
    const r = await script('migration:create');
    expect(r.code, r.output).toBe(0);
    expect(r.output.trim()).toBe('no changes');
  }, 60_000);

  it('composes into the supergraph with the other subgraphs', () => {
    const entries: SubgraphEntry[] = readJson(join(root, 'infra/supergraph/subgraphs.json'));
    // compose() reads schema paths relative to one root: the new one lives under the temp root.
    const located = entries.map((e) =>
      existsSync(join(root, e.schema)) ? { ...e, schema: relative(REPO, join(root, e.schema)) } : e,
    );
    const supergraph = compose(located, REPO);
    expect(supergraph).toMatch(/skillRecordsCount: Int! @join__field\(graph: SKILL_RECORDS\)/);
    expect(supergraph).toMatch(/type SkillRecord\s[^{]*@join__type\(graph: SKILL_RECORDS, key: "id"\)/);
  });

  it('passes its own test suite (HTTP, cross-tenant, RLS) on PGlite and PostgreSQL', async () => {
    const r = await script('test', ['--reporter=verbose']);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toMatch(/Tests\s+.*\d+ passed/);
    expect(r.output).toContain('skill-records subgraph on pglite');
    if (process.env.FRONTLINE_TEST_PG !== '0')
      expect(r.output).toContain('skill-records subgraph on postgresql');
  }, 300_000);
});
