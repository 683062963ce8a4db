import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRules } from '../lib/useRules';
import { isMobile, NATIONAL_ID_FORMAT } from './nationalId';

/** Basic checks before sending; the server checks the ID number's date and check character too. */
export function useMemberRules() {
  const { t } = useTranslation();
  const { required } = useRules();
  const max = (n: number): FormRule => ({ max: n, message: t('validation.tooLong', { max: n }) });
  return {
    name: [required('memberNameRequired'), max(40)],
    nationalId: [
      {
        validator: async (_rule, value?: string) => {
          if (value?.trim() && !NATIONAL_ID_FORMAT.test(value.trim()))
            throw new Error(t('validation.nationalIdFormat'));
        },
      },
    ] satisfies FormRule[],
    phone: [
      {
        validator: async (_rule, value?: string) => {
          if (value?.trim() && !isMobile(value.trim())) throw new Error(t('validation.mobile'));
        },
      },
    ] satisfies FormRule[],
    joinedOn: [{ required: true, message: t('validation.joinedOnRequired') }] satisfies FormRule[],
    text40: [max(40)],
    text60: [max(60)],
    note: [max(2000)],
    tags: [
      {
        validator: async (_rule, value?: string[]) => {
          if ((value ?? []).some((tag) => tag.trim().length > 20))
            throw new Error(t('validation.tagTooLong'));
          if ((value ?? []).length > 20) throw new Error(t('validation.tooManyTags'));
        },
      },
    ] satisfies FormRule[],
  };
}
