import type { PortalAccess } from '@liancha/api-client/sveltekit';

export const access: PortalAccess = { roles: ['leadership_member'], refusal: '该账号不是领导小组成员，请使用部门工作门户登录' };
