// The security part of every portal's svelte.config.js, in plain JavaScript because
// svelte.config.js is loaded by Node before any TypeScript is compiled. Types: kit-security.d.ts.

/**
 * Content-Security-Policy for a portal. SvelteKit adds a fresh nonce per server-rendered page
 * (hashes for prerendered ones, `mode: 'auto'`) to script-src for its own inline start-up
 * script, so nothing else inline can run. Style: `<style>` elements only from the portal
 * itself (plus SvelteKit's nonce), while style *attributes* stay allowed — Svelte's `style:`
 * directive and a few layout attributes render them, and an attribute cannot select or read
 * other elements.
 *
 * @param {{ worker?: boolean }} [options] `worker`: the page starts a Web Worker from the portal's own files
 * @returns {import('@sveltejs/kit').KitConfig['csp']}
 */
export function portalCsp({ worker = false } = {}) {
  return {
    mode: 'auto',
    directives: {
      'default-src': ['self'],
      'script-src': ['self'],
      'style-src': ['self'],
      'style-src-attr': ['unsafe-inline'],
      // data: for the empty icon in app.html (it spares a request for /favicon.ico).
      'img-src': ['self', 'data:'],
      'font-src': ['self'],
      'connect-src': ['self'],
      'worker-src': worker ? ['self'] : ['none'],
      'frame-src': ['none'],
      'object-src': ['none'],
      'base-uri': ['self'],
      'form-action': ['self'],
      'frame-ancestors': ['none'],
    },
  };
}

/**
 * SvelteKit's own CSRF check compares a post's Origin with the single configured `ORIGIN`;
 * the portals' shared handle does that check instead, against the portal's origin and the
 * ones listed in LIANCHA_ORIGINS (form-origin.ts). `'*'` is how SvelteKit 2 turns its check off.
 *
 * @type {import('@sveltejs/kit').KitConfig['csrf']}
 */
export const portalCsrf = { trustedOrigins: ['*'] };

/**
 * A portal's whole svelte.config.js: its adapter and preprocessor (each portal imports them, as
 * its own dependencies) with the shared security settings.
 *
 * @param {{ adapter: import('@sveltejs/kit').Adapter, preprocess: import('@sveltejs/kit').Config['preprocess'], worker?: boolean }} options
 *   `worker`: the portal starts a Web Worker from its own files (portalCsp)
 * @returns {import('@sveltejs/kit').Config}
 */
export function portalConfig({ adapter, preprocess, worker = false }) {
  return {
    preprocess,
    kit: {
      adapter,
      csp: portalCsp({ worker }),
      // Form actions are the write path: the shared handle refuses posts from other origins (CSRF)
      // in place of SvelteKit's check, so that both http://localhost and http://127.0.0.1 work.
      csrf: portalCsrf,
    },
  };
}
