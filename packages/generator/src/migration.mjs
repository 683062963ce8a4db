// Generates the new subgraph's initial migration in-process with the kit's `generateMigration`,
// so the generator needs neither a build nor an install of the new app.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The sample entity's table, as `templates/subgraph/src/modules/__entityKebab__/__entityKebab__.entity.ts.tpl`
 * defines it. Keep the two in step: the generator test runs the generated app's `migration:create`
 * and expects "no changes".
 * @param {typeof import('@frontline/subgraph-kit')} kit
 * @param {import('./names.mjs').Names} names
 */
export function sampleEntitySchema(kit, names) {
  // A class named like the entity, as the template's `class <Entity>`.
  const cls = { [names.Entity]: class {} }[names.Entity];
  return kit.defineTenantOwnedEntity({
    class: cls,
    tableName: names.table,
    properties: /** @type {never} */ ({
      id: { type: 'uuid', primary: true },
      name: { type: 'text' },
      createdAt: { type: 'datetime', defaultRaw: 'now()' },
      updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
      version: { type: 'integer', version: true, default: 1 },
    }),
    tenantIndexes: [{ properties: ['name'] }],
  });
}

/** Loads the built kit; a clear message when it has not been built yet. */
export async function loadKit() {
  const require = createRequire(import.meta.url);
  let entry;
  try {
    entry = require.resolve('@frontline/subgraph-kit');
  } catch {
    entry = null;
  }
  if (!entry || !existsSync(entry)) {
    throw new Error(
      'the subgraph kit is not built; run `pnpm install` and `pnpm turbo run build --filter @frontline/subgraph-kit` first',
    );
  }
  return import('@frontline/subgraph-kit');
}

/**
 * Writes `Migration<timestamp>_initial.ts` (sample entity + the kit's audit log, with forced RLS
 * and the tenant policy) into `outDir`; returns the migration's class name.
 * @param {import('./names.mjs').Names} names
 * @param {string} outDir
 * @returns {Promise<string>}
 */
export async function generateInitialMigration(names, outDir) {
  const kit = await loadKit();
  const file = await kit.generateMigration({
    schema: names.schemaName,
    entities: [sampleEntitySchema(kit, names), kit.AuditEventSchema],
    migrations: [],
    outDir,
    name: 'initial',
  });
  if (!file) throw new Error('generateMigration produced no migration');
  return file.replace(/\.[cm]?[jt]s$/, '');
}
