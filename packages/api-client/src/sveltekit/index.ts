export { loginAction, loginNotice, loginUrl, logoutAction, requireUser, safeNext, sessionNotice, type LoginFormState, type PortalAccess } from './portal-auth.js';
export { portalHandle, type PortalLocals } from './portal-handle.js';
export { fieldOf, invalid, maybe, must, refusal, type Refusal, type Values } from './form-actions.js';
export { FormReader, notANumber } from './form-reader.js';
export { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './session-cookie.js';
export { contentDisposition, downloadResponse, rfc5987, type DownloadFile } from './download-response.js';
