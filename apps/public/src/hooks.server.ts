import { env } from '$env/dynamic/private';
import { portalHandle, portalHandleError } from '@liancha/api-client/sveltekit';

export const handle = portalHandle({ apiUrl: () => env.LIANCHA_API_URL || 'http://127.0.0.1:4000', origins: () => env.LIANCHA_ORIGINS });
export const handleError = portalHandleError;
