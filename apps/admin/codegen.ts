import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations come from the supergraph composed at build time (turbo builds it first), so an
// operation that no longer fits the schema fails the admin's build and typecheck.
const schema = '../../infra/supergraph/supergraph.graphql';

const config: CodegenConfig = {
  schema,
  documents: ['src/graphql/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', ID: 'string' },
        skipTypename: false,
      },
    },
  },
};

export default config;
