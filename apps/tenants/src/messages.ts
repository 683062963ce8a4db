import { addMessages } from '@frontline/subgraph-kit';

addMessages({
  'zh-CN': {
    'entity.tenant': '组织',
    'entity.officer': '干部账号',
    'auth.badCredentials': '邮箱或密码不正确',
    'auth.accountDisabled': '该账号已停用，请联系管理员',
    'auth.cannotSwitch': '只有联合会干部可以切换到下级组织',
    'tenant.notInScope': '该组织不在您的管辖范围内',
    'tenant.parentNotFederation': '企业工会下不能再建下级组织，请选择一个联合会',
    'tenant.nameTaken': '同一上级下已有同名组织',
    'officer.emailTaken': '该邮箱已被其他账号使用',
    'officer.roleNotForTenant': '该角色不适用于此类组织',
    'officer.cannotDisableSelf': '不能停用自己的账号',
    'validation.password': '密码至少 8 位，且须同时包含字母和数字',
  },
  en: {
    'entity.tenant': 'Organisation',
    'entity.officer': 'Officer account',
    'auth.badCredentials': 'Email or password is incorrect',
    'auth.accountDisabled': 'This account is disabled; contact your administrator',
    'auth.cannotSwitch': 'Only federation officers can switch to a subordinate organisation',
    'tenant.notInScope': 'This organisation is outside your scope',
    'tenant.parentNotFederation':
      'An enterprise union cannot have subordinate organisations; choose a federation',
    'tenant.nameTaken': 'An organisation with this name already exists under the same parent',
    'officer.emailTaken': 'This email is already used by another account',
    'officer.roleNotForTenant': 'This role does not fit this kind of organisation',
    'officer.cannotDisableSelf': 'You cannot disable your own account',
    'validation.password': 'Password needs at least 8 characters with both letters and digits',
  },
});
