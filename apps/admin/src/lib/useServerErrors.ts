import type { CombinedError } from '@urql/core';
import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, isConflict, serverFieldErrors, toFormFieldErrors } from './graphqlErrors';

/**
 * Puts a mutation's field errors under the matching form fields and returns whatever could not
 * be placed (other errors, or fields the form does not have) as a message for an Alert.
 * A CONFLICT (stale version) is flagged so the form can offer to reload.
 */
export function useServerErrors(form: FormInstance, inputRoot?: string) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);

  const showError = useCallback(
    (error: CombinedError) => {
      if (isConflict(error)) {
        setConflict(true);
        setFormError(t('errors.conflict'));
        return;
      }
      setConflict(false);
      const registered = new Set(form.getFieldsError().map((f) => f.name.join('.')));
      const fieldErrors = toFormFieldErrors(serverFieldErrors(error), inputRoot);
      const placed = fieldErrors.filter((f) => registered.has(f.name.join('.')));
      form.setFields(placed);
      const unplaced = fieldErrors.filter((f) => !placed.includes(f)).flatMap((f) => f.errors);
      if (placed.length === 0 || unplaced.length > 0) {
        setFormError(unplaced.length > 0 ? unplaced.join('；') : errorMessage(error, t));
      } else {
        setFormError(null);
      }
    },
    [form, inputRoot, t],
  );

  const clearError = useCallback(() => {
    setFormError(null);
    setConflict(false);
  }, []);
  return { formError, conflict, showError, clearError };
}
