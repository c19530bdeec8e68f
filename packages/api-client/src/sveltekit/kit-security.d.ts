import type { Adapter, Config, KitConfig } from '@sveltejs/kit';

export function portalCsp(options?: { worker?: boolean }): KitConfig['csp'];
export const portalCsrf: KitConfig['csrf'];
export function portalConfig(options: { adapter: Adapter; preprocess: Config['preprocess']; worker?: boolean }): Config;
