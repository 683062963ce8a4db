import 'reflect-metadata';
import { generateMigration } from '@frontline/subgraph-kit';
import { entities, migrations, SCHEMA_NAME } from '../schema.js';

// Usage: pnpm migration:create [name]   (after pnpm build)
const file = await generateMigration({
  schema: SCHEMA_NAME,
  entities,
  migrations: migrations.filter((m) => m.class.prototype?.up),
  outDir: new URL('../../src/migrations', import.meta.url).pathname,
  name: process.argv[2],
});
process.stdout.write(file ? `created ${file}\n` : 'no changes\n');
