import { subgraphs } from '@frontline/supergraph';
import { z } from 'zod';

const bool = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const gatewayConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** The tenants service's public keys; defaults to the tenants subgraph's own address. */
  JWKS_URL: z.url().optional(),
  JWT_PUBLIC_KEY: z.string().optional(),
  /** Browser origins allowed to call (the admin); comma-separated, `*` for any in development. */
  CORS_ORIGINS: z.string().default('http://localhost:5173,http://127.0.0.1:5173'),
  MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  MAX_ALIASES: z.coerce.number().int().min(0).max(100).default(15),
  MAX_COST: z.coerce.number().int().min(100).default(5000),
  MAX_TOKENS: z.coerce.number().int().min(100).default(3000),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  INTROSPECTION: bool.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema> & {
  development: boolean;
  introspection: boolean;
  corsOrigins: string[];
  /** Subgraph name -> URL (from `<NAME>_URL`, else `<PORT_ENV>` on localhost, else the composed URL). */
  subgraphUrls: Record<string, string>;
};

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const parsed = gatewayConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid gateway configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const subgraphUrls: Record<string, string> = {};
  for (const s of subgraphs()) {
    const override = env[`${s.name.toUpperCase().replace(/-/g, '_')}_URL`];
    const port = env[s.portEnv];
    subgraphUrls[s.name] = override ?? (port ? `http://127.0.0.1:${port}/graphql` : s.url);
  }
  if (!c.JWKS_URL && !c.JWT_PUBLIC_KEY) {
    if (c.NODE_ENV === 'production')
      throw new Error('invalid gateway configuration:\n  JWKS_URL or JWT_PUBLIC_KEY is required');
    c.JWKS_URL = new URL('/.well-known/jwks.json', subgraphUrls.tenants).toString();
  }
  const development = c.NODE_ENV === 'development';
  return {
    ...c,
    development,
    introspection: c.INTROSPECTION ?? development,
    corsOrigins: c.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    subgraphUrls,
  };
}
