import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { z } from 'zod';
import { type Locale, translate } from './i18n.js';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** A field-level problem: `field` is the input path (`input.firstAdmin.email`), `key` an i18n key. */
export interface FieldProblem {
  field: string;
  key: string;
  params?: Record<string, unknown>;
}

/**
 * An error meant for the caller. Its message is an i18n key; the server localizes it (and each
 * field problem) for the request's language just before the response is sent.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly params: Record<string, unknown> = {},
    readonly fields: FieldProblem[] = [],
  ) {
    super(messageKey, { extensions: { code, messageKey } });
    this.name = 'AppError';
  }
}

export const unauthenticated = (key = 'error.unauthenticated') => new AppError('UNAUTHENTICATED', key);
export const forbidden = (key = 'error.forbidden', params?: Record<string, unknown>) =>
  new AppError('FORBIDDEN', key, params);
/** `entityKey` is itself an i18n key such as `entity.tenant`. */
export const notFound = (entityKey: string) =>
  new AppError('NOT_FOUND', 'error.notFound', { entity: { key: entityKey } });
export const conflict = (key = 'error.conflict', params?: Record<string, unknown>) =>
  new AppError('CONFLICT', key, params);
export const badInput = (fields: FieldProblem[], key = 'error.badInput') =>
  new AppError('BAD_USER_INPUT', key, {}, fields);
export const rateLimited = (seconds: number) =>
  new AppError('RATE_LIMITED', 'error.rateLimited', { seconds });

/** Another service this one needs did not answer; `serviceKey` is an i18n key such as `service.members`. */
export const serviceUnavailable = (serviceKey: string) =>
  new AppError('SERVICE_UNAVAILABLE', 'error.serviceUnavailable', { service: { key: serviceKey } });

/** Params may themselves be i18n keys (`{ key: 'entity.tenant' }`), translated in the same language. */
function localizeParams(locale: Locale, params: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    const nestedKey = (value as { key?: unknown } | null)?.key;
    out[name] = typeof nestedKey === 'string' ? translate(locale, nestedKey) : value;
  }
  return out;
}

export function localizeError(error: GraphQLFormattedError, locale: Locale): GraphQLFormattedError {
  const ext = error.extensions ?? {};
  const key = ext.messageKey;
  if (typeof key !== 'string') return error;
  const params = localizeParams(locale, ext.params as Record<string, unknown>);
  const fields = (ext.fields as FieldProblem[] | undefined)?.map((f) => ({
    field: f.field,
    message: translate(locale, f.key, localizeParams(locale, f.params)),
    messageKey: f.key,
  }));
  const { params: _p, ...rest } = ext;
  return {
    ...error,
    message: translate(locale, key, params),
    extensions: { ...rest, ...(fields ? { fields } : {}) },
  };
}

/** Turns zod issues into field problems with i18n keys, so both languages get a message. */
export function fieldProblemsFromZod(error: z.ZodError, prefix?: string): FieldProblem[] {
  const problems = error.issues.map((issue): FieldProblem => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const i = issue as z.core.$ZodIssue & Record<string, unknown>;
    if (i.message?.startsWith('validation.') || i.message?.startsWith('error.'))
      return { field, key: i.message };
    switch (i.code) {
      case 'too_small':
        if (i.origin === 'string')
          return Number(i.minimum) <= 1
            ? { field, key: 'validation.required' }
            : { field, key: 'validation.tooShort', params: { min: i.minimum } };
        return { field, key: 'validation.tooSmall', params: { min: i.minimum } };
      case 'too_big':
        if (i.origin === 'string') return { field, key: 'validation.tooLong', params: { max: i.maximum } };
        return { field, key: 'validation.tooBig', params: { max: i.maximum } };
      case 'invalid_format':
        if (i.format === 'email') return { field, key: 'validation.email' };
        if (i.format === 'uuid') return { field, key: 'validation.uuid' };
        return { field, key: 'validation.invalid' };
      case 'invalid_value':
        return { field, key: 'validation.enum' };
      case 'invalid_type':
        return { field, key: i.input === undefined ? 'validation.required' : 'validation.invalid' };
      default:
        return { field, key: 'validation.invalid' };
    }
  });
  // Several rules of one field can fail with the same message (e.g. password: letters, digits).
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.field}\u0000${p.key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Parses input with a zod schema; bad input becomes one BAD_USER_INPUT error listing every field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix?: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw badInput(fieldProblemsFromZod(result.error, prefix));
  return result.data;
}

/**
 * Apollo `formatError`: errors meant for callers pass; anything else (a bug, an SQL error) is
 * replaced by a generic internal error unless in development, so no SQL or stack leaks out.
 */
export function createErrorFormatter(options: { development: boolean; onInternal?: (err: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    if (original instanceof AppError) {
      const { fields, params } = original;
      return {
        ...formatted,
        extensions: {
          code: original.code,
          messageKey: original.messageKey,
          params,
          ...(fields.length ? { fields } : {}),
        },
      };
    }
    const code = formatted.extensions?.code;
    const fromGraphQL =
      typeof code === 'string' &&
      [
        'GRAPHQL_PARSE_FAILED',
        'GRAPHQL_VALIDATION_FAILED',
        'BAD_USER_INPUT',
        'BAD_REQUEST',
        'PERSISTED_QUERY_NOT_FOUND',
      ].includes(code);
    if (fromGraphQL || !(original instanceof Error) || original instanceof GraphQLError) {
      if (fromGraphQL || (original instanceof GraphQLError && !original.originalError)) {
        const { stacktrace: _s, ...ext } = formatted.extensions ?? {};
        return options.development ? formatted : { ...formatted, extensions: ext };
      }
    }
    options.onInternal?.(original);
    if (options.development) return formatted;
    return {
      message: 'error.internal',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', messageKey: 'error.internal' },
    };
  };
}
