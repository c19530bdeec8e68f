import { env } from '$env/dynamic/private';
import { portalHandle } from '@liancha/api-client/sveltekit';

export const handle = portalHandle(() => env.LIANCHA_API_URL || 'http://127.0.0.1:4000');
