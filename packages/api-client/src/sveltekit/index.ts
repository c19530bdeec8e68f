export { loginAction, logoutAction, requireUser, safeNext, type LoginFormState, type PortalAccess } from './portal-auth.js';
export { portalHandle, type PortalLocals } from './portal-handle.js';
export { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './session-cookie.js';
