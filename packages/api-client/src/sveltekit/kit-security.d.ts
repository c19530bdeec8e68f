import type { KitConfig } from '@sveltejs/kit';

export function portalCsp(options?: { worker?: boolean }): KitConfig['csp'];
export const portalCsrf: KitConfig['csrf'];
