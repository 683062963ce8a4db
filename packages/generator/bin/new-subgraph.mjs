#!/usr/bin/env node
// pnpm new:subgraph <name> [--root <dir>] [--no-register] [--entity <PascalName>]
import { parseArgs } from 'node:util';
import { generateSubgraph, UsageError } from '../src/generate.mjs';

const USAGE = `usage: pnpm new:subgraph <name> [options]

Creates apps/<name>: a complete subgraph from @frontline/subgraph-kit with a tenant-owned sample
entity, its initial migration, tests, and registers it in infra/supergraph.

  <name>              kebab-case, e.g. members or skill-records (entity: Member, SkillRecord)

options:
  --root <dir>        repository root to write into (default: this repository)
  --no-register       do not edit infra/supergraph/subgraphs.json and package.json
  --entity <Name>     PascalCase entity name instead of the singular of <name>
  -h, --help          show this help
`;

/** @param {string} message */
function usageError(message) {
  process.stderr.write(`new:subgraph: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    allowNegative: true,
    options: {
      root: { type: 'string' },
      register: { type: 'boolean', default: true },
      entity: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (err) {
  usageError(/** @type {Error} */ (err).message);
}
const { values, positionals } = /** @type {NonNullable<typeof parsed>} */ (parsed);
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) usageError(positionals.length ? 'give exactly one name' : 'a name is required');

try {
  const { names, registered } = await generateSubgraph({
    name: positionals[0],
    root: values.root,
    register: values.register,
    entity: values.entity,
  });
  const notRegistered = registered
    ? ''
    : `  (--no-register: add it to infra/supergraph/subgraphs.json and to the devDependencies of
   infra/supergraph/package.json, or the supergraph will not include it)
`;
  process.stdout.write(`
apps/${names.name} is ready. Next steps:
${notRegistered}  pnpm install          link the new package into the workspace
  pnpm turbo run build  build it, print its schema, compose the supergraph
  npm start             run everything; the gateway serves ${names.plural}, ${names.entity} and Tenant.${names.plural}Count
Test it alone: pnpm --filter @frontline/${names.name} test
`);
} catch (err) {
  if (err instanceof UsageError) usageError(err.message);
  process.stderr.write(`new:subgraph failed: ${/** @type {Error} */ (err).stack ?? err}\n`);
  process.exit(1);
}
