import 'i18next';
import type actZhCN from './activities.zh-CN.json';
import type zhCN from './zh-CN.json';

// Typed keys: a misspelt or missing translation key fails `tsc`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN & typeof actZhCN };
  }
}
