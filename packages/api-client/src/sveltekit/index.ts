export { loginAction, loginNotice, loginUrl, logoutAction, requireUser, safeNext, sessionNotice, type LoginFormState, type PortalAccess } from './portal-auth.js';
export { portalHandle, type PortalLocals } from './portal-handle.js';
export { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './session-cookie.js';
