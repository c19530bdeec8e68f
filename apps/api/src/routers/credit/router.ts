import { router } from '../../trpc/init.js';
import { changeRiskClassRoute } from './change-risk-class.js';
import { creditHistoryRoute } from './credit-history.js';
import { dishonestListRoute } from './dishonest-list.js';
import { liftDishonestRoute } from './lift-dishonest.js';
import { markDishonestRoute } from './mark-dishonest.js';

/** 信用: the object's credit record, its risk class for the next draw, and 失信 for joint punishment. */
export const creditRouter = router({
  history: creditHistoryRoute,
  changeRiskClass: changeRiskClassRoute,
  markDishonest: markDishonestRoute,
  liftDishonest: liftDishonestRoute,
  dishonestList: dishonestListRoute,
});
