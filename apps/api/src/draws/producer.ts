import type { DrawProducer } from '@liancha/domain';
import { drawProducer as computeProducer, REPO_ROOT } from '../../../../scripts/draw-code-hash.mjs';

/** Set by build.mjs (esbuild `define`) from the checkout the API was built from; absent in development and tests. */
declare const __LIANCHA_PRODUCER__: DrawProducer | undefined;

let computed: DrawProducer | null = null;

/**
 * The software that runs draws, written into every new bundle's `producer` (protocol §11.1):
 * fixed at build time in a release; computed from the working tree (the same function) otherwise.
 */
export function drawProducer(): DrawProducer {
  if (typeof __LIANCHA_PRODUCER__ !== 'undefined') return __LIANCHA_PRODUCER__;
  computed ??= computeProducer(REPO_ROOT);
  return computed;
}
