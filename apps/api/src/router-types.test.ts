import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };

/**
 * The portals and api-client may depend on this app for types only: its one package entry must
 * compile to no JavaScript at all, so that no runtime code (database, secrets, procedures) can
 * reach a portal bundle through it.
 */
describe('@liancha/api/router', () => {
  it('is the only entry of the package', () => {
    expect(packageJson.exports).toEqual({ './router': './src/router-types.ts' });
  });

  it('compiles to nothing: every export is a type', async () => {
    const source = await readFile(new URL('./router-types.ts', import.meta.url), 'utf8');
    const { code } = await transform(source, { loader: 'ts', format: 'esm' });
    expect(code.trim()).toBe('');
  });

  it('would be caught if it exported a value', async () => {
    const { code } = await transform("export { appRouter } from './routers/app-router.js';", { loader: 'ts', format: 'esm' });
    expect(code.trim()).not.toBe('');
  });
});
