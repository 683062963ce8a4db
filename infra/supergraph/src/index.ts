import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SubgraphEntry {
  /** Subgraph name in the supergraph; its URL can be overridden with `<NAME>_URL`. */
  name: string;
  /** The SDL its build prints, relative to the repository root. */
  schema: string;
  url: string;
  portEnv: string;
  defaultPort: number;
}

const here = dirname(fileURLToPath(import.meta.url));
export const supergraphDir = join(here, '..');
export const repoRoot = join(supergraphDir, '../..');

export function subgraphs(): SubgraphEntry[] {
  return JSON.parse(readFileSync(join(supergraphDir, 'subgraphs.json'), 'utf8'));
}

/** The supergraph composed at build time (`pnpm --filter @frontline/supergraph build`). */
export function supergraphSdl(): string {
  return readFileSync(join(supergraphDir, 'supergraph.graphql'), 'utf8');
}
