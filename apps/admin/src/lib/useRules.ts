import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import type zhCN from '../i18n/zh-CN.json';

type ValidationKey = keyof typeof zhCN.validation;

/** Client-side rules with messages in the current language (the server checks again). */
export function useRules() {
  const { t } = useTranslation();
  return {
    required: (key: ValidationKey): FormRule => ({
      required: true,
      whitespace: true,
      message: t(`validation.${key}`),
    }),
    email: { type: 'email', message: t('validation.emailInvalid') } satisfies FormRule,
  };
}
