import { router } from '../../trpc/init.js';
import { complaintsRoute, ratingAggregatesRoute } from './ratings.js';

/** 检查评价 and 投诉 from the enterprises, for the leadership group. */
export const ratingsRouter = router({ aggregates: ratingAggregatesRoute, complaints: complaintsRoute });
