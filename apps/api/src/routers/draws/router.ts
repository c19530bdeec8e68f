import { router } from '../../trpc/init.js';
import { commitSecretRoute } from './commit-secret.js';
import { freezeDrawRoute } from './freeze-draw.js';
import { drawBundleRoute, drawOfTaskRoute, getDrawRoute } from './get-draw.js';
import { openDrawRoute } from './open-draw.js';
import { enterPublicValueRoute, revealSecretRoute } from './reveal-secret.js';
import { substituteObjectRoute } from './substitute-object.js';

/** 抽取仪式: open → commit → freeze → reveal (the last reveal runs the draw) → substitutions only. */
export const drawsRouter = router({
  open: openDrawRoute,
  commit: commitSecretRoute,
  freeze: freezeDrawRoute,
  reveal: revealSecretRoute,
  enterPublicValue: enterPublicValueRoute,
  substitute: substituteObjectRoute,
  get: getDrawRoute,
  ofTask: drawOfTaskRoute,
  bundle: drawBundleRoute,
});
