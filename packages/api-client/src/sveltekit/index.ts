export {
  loginAction,
  loginNotice,
  loginUrl,
  logoutAction,
  requireUser,
  safeNext,
  sessionNotice,
  type LoginFormState,
  type PortalAccess,
} from './portal-auth.js';
export { portalHandle, type PortalHandleOptions, type PortalLocals } from './portal-handle.js';
export { CROSS_SITE, crossSiteRefusal, parseOrigins } from './form-origin.js';
export { SECURITY_HEADERS, withSecurityHeaders } from './security-headers.js';
export { BAD_ACTION, INTERNAL_ERROR, malformedActionRefusal, portalHandleError } from './portal-errors.js';
export { fieldOf, invalid, maybe, must, refusal, type Refusal, type Values } from './form-actions.js';
export { FORM_TOO_LARGE, FormReader, NOT_A_FORM, notANumber, UNREADABLE_FORM } from './form-reader.js';
export { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './session-cookie.js';
export { contentDisposition, downloadRefused, downloadResponse, rfc5987, type DownloadFile } from './download-response.js';
export { notificationPage } from './notification-page.js';
export { atomFeed, xmlText, type AtomEntry, type AtomFeed } from './atom-feed.js';
