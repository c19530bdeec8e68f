import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { portalCsp, portalCsrf } from '@liancha/api-client/kit-security';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ precompress: false }),
    csp: portalCsp(),
    // Form actions are the write path: the shared handle refuses posts from other origins (CSRF)
    // in place of SvelteKit's check, so that both http://localhost and http://127.0.0.1 work.
    csrf: portalCsrf,
  },
};
