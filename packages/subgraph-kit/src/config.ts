import { resolve } from 'node:path';
import { z } from 'zod';

/** The settings every subgraph reads from its environment; validated once at start. */
export const baseConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  SERVICE_NAME: z.string().min(1),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535),
  /** `postgres://...` selects the PostgreSQL server; unset means embedded PGlite under DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATA_DIR: z.string().default('.data'),
  /** Where the tenants service publishes its public keys; or JWT_PUBLIC_KEY (PEM). */
  JWKS_URL: z.url().optional(),
  JWT_PUBLIC_KEY: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Max `first` a connection accepts. */
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
});

export type BaseConfig = z.infer<typeof baseConfigSchema> & { dataDir: string; isProduction: boolean };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Validates the environment against the base schema plus a service's own additions.
 * Throws one error that lists every bad variable, so a misconfigured service never half-starts.
 */
export function loadConfig<E extends z.ZodRawShape = Record<string, never>>(
  env: Record<string, string | undefined> = process.env,
  extension?: E,
): BaseConfig & z.infer<z.ZodObject<E>> {
  const schema = extension ? baseConfigSchema.extend(extension) : baseConfigSchema;
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const data = parsed.data as z.infer<typeof baseConfigSchema>;
  if (
    data.NODE_ENV === 'production' &&
    !data.JWKS_URL &&
    !data.JWT_PUBLIC_KEY &&
    data.SERVICE_NAME !== 'tenants'
  ) {
    throw new ConfigError('invalid configuration:\n  JWKS_URL or JWT_PUBLIC_KEY is required in production');
  }
  return Object.assign({}, parsed.data, {
    dataDir: resolve(data.DATA_DIR),
    isProduction: data.NODE_ENV === 'production',
  }) as BaseConfig & z.infer<z.ZodObject<E>>;
}
