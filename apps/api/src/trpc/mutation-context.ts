import type { abilityMutation } from './init.js';

/** What a mutation's use case receives: the transaction, region scope, actor, abilities, audit and clock. */
export type MutationContext = Parameters<Parameters<typeof abilityMutation.mutation>[0]>[0]['ctx'];
