import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// Workspace packages ship TypeScript sources: vite compiles them (dev SSR too) instead of Node loading .ts.
export default defineConfig({ plugins: [sveltekit()], server: { port: 3001 }, ssr: { noExternal: [/^@liancha\//] } });
