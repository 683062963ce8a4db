import type { CombinedError } from '@urql/core';
import { App, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collapseIndices } from '../cases/useCaseErrors';
import {
  errorCodes,
  errorMessage,
  isConflict,
  serverFieldErrors,
  toFormFieldErrors,
} from '../lib/graphqlErrors';

/** The cases subgraph could not be reached: nothing was written. */
export function isServiceUnavailable(error: CombinedError): boolean {
  return errorCodes(error).some((c) => c === 'SERVICE_UNAVAILABLE' || c === 'CASES_UNAVAILABLE');
}

/**
 * Field errors (`extensions.fields`) under the form's fields, the rest above it; a CONFLICT
 * reloads the record at once and says so, so the next try sends the fresh `version`.
 */
export function useActivityErrors(
  form: FormInstance | null,
  onReload?: () => void,
  /** What to say on a CONFLICT when the record is not an activity (a plan, a kind). */
  conflictText?: string,
) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);

  const showError = useCallback(
    (error: CombinedError) => {
      if (isConflict(error)) {
        setConflict(true);
        setFormError(conflictText ?? t('act.detail.conflict'));
        message.warning(conflictText ?? t('act.detail.conflict'));
        onReload?.();
        return;
      }
      setConflict(false);
      if (isServiceUnavailable(error)) {
        setFormError(t('act.detail.casesUnavailable'));
        return;
      }
      const registered = new Set(form?.getFieldsError().map((f) => f.name.join('.')) ?? []);
      const fields = serverFieldErrors(error).map((f) => ({ ...f, field: collapseIndices(f.field) }));
      const fieldErrors = toFormFieldErrors(fields, 'input');
      const placed = fieldErrors.filter((f) => registered.has(f.name.join('.')));
      form?.setFields(placed);
      const unplaced = fieldErrors.filter((f) => !placed.includes(f)).flatMap((f) => f.errors);
      if (placed.length === 0 || unplaced.length > 0) {
        setFormError(unplaced.length > 0 ? unplaced.join('；') : errorMessage(error, t));
      } else {
        setFormError(null);
      }
    },
    [form, t, message, onReload, conflictText],
  );
  const clearError = useCallback(() => {
    setFormError(null);
    setConflict(false);
  }, []);
  return { formError, conflict, showError, clearError };
}
