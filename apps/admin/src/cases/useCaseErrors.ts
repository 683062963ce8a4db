import type { CombinedError } from '@urql/core';
import { App, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, isConflict, serverFieldErrors, toFormFieldErrors } from '../lib/graphqlErrors';

/** `input.memberIds.2` → `input.memberIds`: a list's item errors go under the list's field. */
export function collapseIndices(field: string): string {
  return field
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
}

/**
 * Field errors under the form's fields (the rest above the form), like `useServerErrors`; a
 * CONFLICT (someone else changed the case since it was read) reloads the case at once and says so,
 * so the next try sends the fresh `version`.
 */
export function useCaseErrors(form: FormInstance, onReload?: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);

  const showError = useCallback(
    (error: CombinedError) => {
      if (isConflict(error)) {
        setConflict(true);
        setFormError(t('cases.conflictReloaded'));
        message.warning(t('cases.conflictReloaded'));
        onReload?.();
        return;
      }
      setConflict(false);
      const registered = new Set(form.getFieldsError().map((f) => f.name.join('.')));
      const fields = serverFieldErrors(error).map((f) => ({ ...f, field: collapseIndices(f.field) }));
      const fieldErrors = toFormFieldErrors(fields, 'input');
      const placed = fieldErrors.filter((f) => registered.has(f.name.join('.')));
      form.setFields(placed);
      const unplaced = fieldErrors.filter((f) => !placed.includes(f)).flatMap((f) => f.errors);
      if (placed.length === 0 || unplaced.length > 0) {
        setFormError(unplaced.length > 0 ? unplaced.join('；') : errorMessage(error, t));
      } else {
        setFormError(null);
      }
    },
    [form, t, message, onReload],
  );
  const clearError = useCallback(() => {
    setFormError(null);
    setConflict(false);
  }, []);
  return { formError, conflict, showError, clearError };
}
