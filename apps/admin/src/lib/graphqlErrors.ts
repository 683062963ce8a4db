import type { CombinedError } from '@urql/core';
import type { TFunction } from 'i18next';

export interface ServerFieldError {
  field: string;
  message: string;
}

export interface FormFieldErrors {
  name: string[];
  errors: string[];
}

export function errorCodes(error: CombinedError): string[] {
  return error.graphQLErrors.map((e) => e.extensions?.code).filter((c): c is string => typeof c === 'string');
}

/** A stale `version`: someone else saved the record since it was read. */
export function isConflict(error: CombinedError): boolean {
  return errorCodes(error).includes('CONFLICT');
}

/** The server's i18n key of an error (`extensions.messageKey`), e.g. `member.needUnionScope`. */
export function hasMessageKey(error: CombinedError, key: string): boolean {
  return error.graphQLErrors.some((e) => e.extensions?.messageKey === key);
}

export function isUnauthenticated(error: CombinedError): boolean {
  return errorCodes(error).includes('UNAUTHENTICATED') || error.response?.status === 401;
}

/** `extensions.fields` of BAD_USER_INPUT errors: `{ field: 'input.firstAdmin.email', message }`. */
export function serverFieldErrors(error: CombinedError): ServerFieldError[] {
  return error.graphQLErrors.flatMap((e) => {
    const fields = e.extensions?.fields;
    if (!Array.isArray(fields)) return [];
    return fields.filter(
      (f): f is ServerFieldError => typeof f?.field === 'string' && typeof f?.message === 'string',
    );
  });
}

/**
 * Maps server field paths onto antd form name paths. Forms mirror the mutation's input object,
 * so `input.firstAdmin.email` becomes `['firstAdmin', 'email']` when `root` is `input`.
 */
export function toFormFieldErrors(fields: ServerFieldError[], root?: string): FormFieldErrors[] {
  const byPath = new Map<string, FormFieldErrors>();
  for (const { field, message } of fields) {
    const parts = field.split('.');
    const name = root && parts[0] === root && parts.length > 1 ? parts.slice(1) : parts;
    const key = name.join('.');
    const entry = byPath.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(message)) entry.errors.push(message);
    byPath.set(key, entry);
  }
  return [...byPath.values()];
}

/** One line for the user; the server already localised its messages from Accept-Language. */
export function errorMessage(error: CombinedError, t: TFunction): string {
  if (error.graphQLErrors.length > 0) {
    return [...new Set(error.graphQLErrors.map((e) => e.message))].join('；');
  }
  return error.networkError ? t('errors.network') : t('errors.unknown');
}
