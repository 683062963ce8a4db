import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { gql } from 'graphql-tag';
import { repoRoot, type SubgraphEntry, subgraphs, supergraphDir } from './index.js';

/** Composes the given subgraphs; throws with every composition error listed. */
export function compose(entries: SubgraphEntry[], root = repoRoot): string {
  const services = entries.map((s) => ({
    name: s.name,
    url: s.url,
    typeDefs: gql(readFileSync(join(root, s.schema), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors?.length) {
    throw new Error(
      `supergraph composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`,
    );
  }
  return result.supergraphSdl as string;
}

// Build step: a composition error exits non-zero and so fails the build.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() as string)) {
  try {
    const sdl = compose(subgraphs());
    writeFileSync(join(supergraphDir, 'supergraph.graphql'), sdl);
    process.stdout.write(
      `composed ${subgraphs().length} subgraphs into infra/supergraph/supergraph.graphql\n`,
    );
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
}
