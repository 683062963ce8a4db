// `pnpm new:subgraph <name>`: writes apps/<name> from templates/subgraph, generates its initial
// migration with the kit, and registers it with the supergraph.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateInitialMigration } from './migration.mjs';
import { deriveNames, NAME_PATTERN } from './names.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const TEMPLATE_DIR = join(here, '../templates/subgraph');
/** The repository this generator lives in. */
export const REPO_ROOT = resolve(here, '../../..');

/** A problem with what the user asked for (bad name, folder exists): exit code 2. */
export class UsageError extends Error {
  name = 'UsageError';
}

/** Scripts of the generated package: the same as apps/tenants'. */
export const SCRIPTS = {
  build: 'tsc -p tsconfig.build.json && node dist/print-schema.js > dist/schema.graphql',
  start: 'node dist/main.js',
  typecheck: 'tsc -p tsconfig.json --noEmit',
  lint: 'biome check src test',
  test: 'vitest run',
  'migration:create': 'node dist/cli/migration-create.js',
};
/** What the generated code imports; versions are taken from apps/tenants so they never drift. */
const DEPENDENCIES = [
  '@frontline/auth-tokens',
  '@frontline/subgraph-kit',
  '@mikro-orm/core',
  '@mikro-orm/migrations',
  'graphql',
  'reflect-metadata',
  'type-graphql',
  'zod',
];
const DEV_DEPENDENCIES = ['@types/node', 'typescript', 'vitest'];

/**
 * Replaces `__key__` with `vars[key]`; an unknown key is a bug in a template, so it throws.
 * @param {string} text
 * @param {Record<string, string | number>} vars
 */
export function render(text, vars) {
  return text.replace(/__([A-Za-z]+)__/g, (match, key) => {
    if (!(key in vars)) throw new Error(`template placeholder ${match} has no value`);
    return String(vars[key]);
  });
}

/** @param {string} file */
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
/** @param {string} file @param {unknown} value */
const writeJson = (file, value) => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

/** @param {string} dir @returns {string[]} paths relative to `dir` */
function listFiles(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = join(prefix, entry.name);
    return entry.isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

/**
 * @typedef {{ name: string; schema: string; url: string; portEnv: string; defaultPort: number }} SubgraphEntry
 */

/** @param {string} root @returns {SubgraphEntry[]} */
function readSubgraphs(root) {
  const file = join(root, 'infra/supergraph/subgraphs.json');
  return existsSync(file) ? readJson(file) : [];
}

/**
 * The new subgraph's default port: one above the highest registered.
 * @param {SubgraphEntry[]} subgraphs
 */
export function nextPort(subgraphs) {
  return Math.max(4001, ...subgraphs.map((s) => s.defaultPort)) + 1;
}

/**
 * The tenants app the new one mirrors: the target repository's, else this repository's.
 * @param {string} root
 */
function tenantsDir(root) {
  const inRoot = join(root, 'apps/tenants');
  return existsSync(join(inRoot, 'package.json')) ? inRoot : join(REPO_ROOT, 'apps/tenants');
}

/**
 * The package.json of the new app: tenants' versions for the dependencies it shares.
 * @param {import('./names.mjs').Names} names
 * @param {string} root
 */
function packageJson(names, root) {
  const tenants = readJson(join(tenantsDir(root), 'package.json'));
  /** @param {string[]} list @param {Record<string, string>} versions */
  const pick = (list, versions) =>
    Object.fromEntries(
      list.map((dep) => {
        const version = versions?.[dep];
        if (!version) throw new Error(`apps/tenants/package.json has no version of ${dep}`);
        return [dep, version];
      }),
    );
  return {
    name: `@frontline/${names.name}`,
    version: '0.1.0',
    private: true,
    type: 'module',
    description: `${names.Label} subgraph: ${names.labelPlural} of federations and enterprise unions`,
    scripts: SCRIPTS,
    dependencies: pick(DEPENDENCIES, tenants.dependencies),
    devDependencies: pick(DEV_DEPENDENCIES, tenants.devDependencies),
  };
}

/**
 * Formats the generated code and sorts its imports with the repository's biome (placeholders change
 * line lengths and import order). Skipped, with a note, when biome is not installed.
 * @param {string} root @param {string} appDir
 */
function formatWithBiome(root, appDir) {
  let biome;
  try {
    biome = createRequire(join(REPO_ROOT, 'package.json')).resolve('@biomejs/biome/bin/biome');
  } catch {
    return 'biome not installed: generated code left unformatted';
  }
  const r = spawnSync(process.execPath, [biome, 'check', '--write', relative(root, appDir)], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) return `biome check reported problems:\n${r.stdout}${r.stderr}`;
  return null;
}

/**
 * Why the generated type and class names cannot be used, or null: a template imports an identifier
 * of that name, or the composed supergraph already has such a type (composition would fail).
 * @param {string} root @param {import('./names.mjs').Names} names
 */
function takenNames(root, names) {
  const imported = new Set();
  for (const file of listFiles(TEMPLATE_DIR)) {
    const text = readFileSync(join(TEMPLATE_DIR, file), 'utf8');
    for (const [, list] of text.matchAll(/^import\s+(?:type\s+)?\{([^}]*)\}/gm)) {
      for (const item of list.split(',')) imported.add(item.replace(/^\s*type\s+/, '').trim());
    }
  }
  if (imported.has(names.Entity)) return `the generated code imports another ${names.Entity}`;
  const supergraph = join(root, 'infra/supergraph/supergraph.graphql');
  if (!existsSync(supergraph)) return null;
  const sdl = readFileSync(supergraph, 'utf8');
  const E = names.Entity;
  for (const type of [E, `${E}Connection`, `${E}Edge`, `Create${E}Input`, `Update${E}Input`]) {
    if (new RegExp(`^(type|input|enum|scalar|interface|union) ${type}\\b`, 'm').test(sdl)) {
      return `the supergraph already has a type ${type}`;
    }
  }
  return null;
}

/**
 * @typedef {object} GenerateOptions
 * @property {string} name           kebab-case, e.g. `skill-records`
 * @property {string} [root]         repository root to write into (default: this repository)
 * @property {boolean} [register]    add to infra/supergraph (default true)
 * @property {string} [entity]       PascalCase entity name instead of the derived singular
 * @property {(line: string) => void} [log]
 */

/**
 * Generates apps/<name>. Throws UsageError for a bad name or an existing folder / subgraph; on any
 * other failure removes what it wrote.
 * @param {GenerateOptions} options
 */
export async function generateSubgraph(options) {
  const log = options.log ?? ((line) => process.stdout.write(`${line}\n`));
  const root = resolve(options.root ?? REPO_ROOT);
  const register = options.register ?? true;
  if (!existsSync(root) || !statSync(root).isDirectory())
    throw new UsageError(`--root ${root} is not a folder`);
  if (NAME_PATTERN.test(options.name) && existsSync(join(root, 'apps', options.name))) {
    throw new UsageError(`apps/${options.name} already exists in ${root}`);
  }
  let names;
  try {
    names = deriveNames(options.name, options.entity);
  } catch (err) {
    throw new UsageError(/** @type {Error} */ (err).message);
  }
  const taken = takenNames(root, names);
  if (taken) {
    throw new UsageError(
      `the entity would be called ${names.Entity}, but ${taken}; pick another name or --entity`,
    );
  }
  const appDir = join(root, 'apps', names.name);
  const subgraphs = readSubgraphs(root);
  if (subgraphs.some((s) => s.name === names.name)) {
    throw new UsageError(`a subgraph named ${names.name} is already in infra/supergraph/subgraphs.json`);
  }
  if (register && !existsSync(join(root, 'infra/supergraph/subgraphs.json'))) {
    throw new UsageError(
      `${root} has no infra/supergraph/subgraphs.json (use --no-register to skip registration)`,
    );
  }
  const port = nextPort(subgraphs);

  mkdirSync(appDir, { recursive: true });
  try {
    log(
      `generating apps/${names.name} (entity ${names.Entity}, table ${names.schemaName}.${names.table}, port ${port})`,
    );
    const migrationsDir = join(appDir, 'src/migrations');
    mkdirSync(migrationsDir, { recursive: true });
    const MigrationClass = await generateInitialMigration(names, migrationsDir);
    log(`  src/migrations/${MigrationClass}.ts (generated by the kit's generateMigration)`);

    const vars = { ...names, port, MigrationClass };
    for (const file of listFiles(TEMPLATE_DIR)) {
      const target = join(appDir, render(file, vars).replace(/\.tpl$/, ''));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, render(readFileSync(join(TEMPLATE_DIR, file), 'utf8'), vars));
    }
    writeJson(join(appDir, 'package.json'), packageJson(names, root));
    // Test settings (timeouts for the PostgreSQL runs) as apps/tenants has them, if it has any.
    const vitestConfig = join(tenantsDir(root), 'vitest.config.ts');
    if (existsSync(vitestConfig)) copyFileSync(vitestConfig, join(appDir, 'vitest.config.ts'));
    const note = formatWithBiome(root, appDir);
    if (note) log(`  note: ${note}`);
    for (const file of listFiles(appDir).sort()) log(`  ${file}`);
  } catch (err) {
    rmSync(appDir, { recursive: true, force: true });
    throw err;
  }

  if (register) {
    const entry = {
      name: names.name,
      schema: `apps/${names.name}/dist/schema.graphql`,
      url: `http://127.0.0.1:${port}/graphql`,
      portEnv: `${names.envPrefix}_PORT`,
      defaultPort: port,
    };
    writeJson(join(root, 'infra/supergraph/subgraphs.json'), [...subgraphs, entry]);
    log(`registered in infra/supergraph/subgraphs.json (${entry.portEnv}, default ${port})`);
    const pkgFile = join(root, 'infra/supergraph/package.json');
    if (existsSync(pkgFile)) {
      const pkg = readJson(pkgFile);
      const devDependencies = { ...pkg.devDependencies, [`@frontline/${names.name}`]: 'workspace:*' };
      pkg.devDependencies = Object.fromEntries(
        Object.entries(devDependencies).sort(([a], [b]) => a.localeCompare(b)),
      );
      writeJson(pkgFile, pkg);
      log(`added @frontline/${names.name} to infra/supergraph devDependencies (built before composing)`);
    }
  }
  return { names, appDir, port, registered: register };
}
