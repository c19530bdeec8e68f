import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { portalConfig } from '@liancha/api-client/kit-security';

export default portalConfig({ adapter: adapter({ precompress: false }), preprocess: vitePreprocess() });
