import type { PortalAccess } from '@liancha/api-client/sveltekit';

/** Agency staff, inspectors and leaders work here; the leadership group has its own portal. */
export const access: PortalAccess = {
  roles: ['platform_admin', 'agency_admin', 'coordinator', 'inspector', 'agency_leader'],
  refusal: '该账号属于领导小组，请使用领导小组门户登录',
};
