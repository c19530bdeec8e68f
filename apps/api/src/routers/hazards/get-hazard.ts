import { loadHazardDetail } from '../../hazards/run-hazard-event.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZIdRequest } from '../../trpc/schemas.js';

/** One hazard with its timeline (整改、复查、挂牌、五落实、进展、验收、核销、升级). */
export const getHazardRoute = abilityQuery.input(ZIdRequest).query(({ ctx, input }) => loadHazardDetail(ctx, input.id));
