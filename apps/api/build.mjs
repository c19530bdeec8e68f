// Bundles the API and its workspace packages (TypeScript sources) into dist/;
// npm dependencies stay external and load from node_modules at run time.
//   node build.mjs [outdir]   (default dist; a test builds into a folder of its own)
import { build } from 'esbuild';
import { drawProducer, REPO_ROOT } from '../../scripts/draw-code-hash.mjs';

const external = {
  name: 'externalize-npm-deps',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@liancha/') ? undefined : { path: args.path, external: true }));
  },
};

await build({
  entryPoints: { server: 'src/main.ts', 'load-demo': 'src/load-demo.ts', 'demo-accounts': 'src/demo-accounts.ts' },
  outdir: process.argv[2] ?? 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  plugins: [external],
  // Every bundle names the software and the hash of the draw code it was built from (protocol §11.1).
  define: { __LIANCHA_PRODUCER__: JSON.stringify(drawProducer(REPO_ROOT)) },
  logLevel: 'warning',
});
