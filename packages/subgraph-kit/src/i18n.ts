import i18next, { type TFunction } from 'i18next';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Picks zh-CN or en from an Accept-Language header; Chinese users are the default audience. */
export function localeFromHeader(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase();
    if (!tag) continue;
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}

/** Messages shared by every subgraph; a service adds its own with `addMessages`. */
const common = {
  'zh-CN': {
    'error.unauthenticated': '请先登录',
    'error.tokenMissing': '请先登录',
    'error.tokenMalformed': '登录凭证格式无效，请重新登录',
    'error.tokenExpired': '登录已过期，请重新登录',
    'error.tokenInvalid': '登录凭证无效，请重新登录',
    'error.forbidden': '您没有执行此操作的权限',
    'error.notFound': '未找到{{entity}}',
    'error.badInput': '输入有误，请检查标注的字段',
    'error.conflict': '该记录已被他人修改，请刷新后重试',
    'error.rateLimited': '尝试次数过多，请在 {{seconds}} 秒后重试',
    'validation.date': '请输入有效日期（年-月-日）',
    'validation.periodOrder': '结束日期不能早于开始日期',
    'error.serviceUnavailable': '{{service}}服务暂时不可用，未做任何更改，请稍后重试',
    'error.internal': '服务器内部错误',
    'error.pageSize': '每页条数必须在 1 到 {{max}} 之间',
    'error.cursor': '分页游标无效',
    'validation.required': '此项为必填项',
    'validation.tooShort': '至少需要 {{min}} 个字符',
    'validation.tooLong': '最多 {{max}} 个字符',
    'validation.email': '请输入有效的电子邮箱地址',
    'validation.uuid': '编号格式无效',
    'validation.invalid': '输入无效',
    'validation.enum': '请选择有效的选项',
    'validation.tooSmall': '不能小于 {{min}}',
    'validation.tooBig': '不能大于 {{max}}',
  },
  en: {
    'error.unauthenticated': 'Please sign in first',
    'error.tokenMissing': 'Please sign in first',
    'error.tokenMalformed': 'The access token is malformed; please sign in again',
    'error.tokenExpired': 'Your session has expired; please sign in again',
    'error.tokenInvalid': 'The access token is not valid; please sign in again',
    'error.forbidden': 'You are not allowed to do this',
    'error.notFound': '{{entity}} not found',
    'error.badInput': 'Some fields are not valid; please check them',
    'error.conflict': 'Someone else changed this record; reload it and try again',
    'error.rateLimited': 'Too many attempts; try again in {{seconds}} seconds',
    'validation.date': 'Enter a valid date (YYYY-MM-DD)',
    'validation.periodOrder': 'The end cannot be before the start',
    'error.serviceUnavailable':
      'The {{service}} service is unavailable; nothing was changed. Try again later',
    'error.internal': 'Internal server error',
    'error.pageSize': 'Page size must be between 1 and {{max}}',
    'error.cursor': 'The page cursor is not valid',
    'validation.required': 'This field is required',
    'validation.tooShort': 'Must be at least {{min}} characters',
    'validation.tooLong': 'Must be at most {{max}} characters',
    'validation.email': 'Enter a valid email address',
    'validation.uuid': 'Not a valid id',
    'validation.invalid': 'Not valid',
    'validation.enum': 'Choose one of the allowed options',
    'validation.tooSmall': 'Must be at least {{min}}',
    'validation.tooBig': 'Must be at most {{max}}',
  },
};

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  resources: { 'zh-CN': { translation: common['zh-CN'] }, en: { translation: common.en } },
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  interpolation: { escapeValue: false },
});

export function addMessages(messages: Record<Locale, Record<string, string>>): void {
  for (const locale of LOCALES) i18n.addResources(locale, 'translation', messages[locale]);
}

export function translate(locale: Locale, key: string, params?: Record<string, unknown>): string {
  return (i18n.t as TFunction)(key, { ...params, lng: locale });
}
