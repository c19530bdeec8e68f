import { publishJointTask } from '../../publications/publish.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZPublishTaskRequest } from './publication.schema.js';

export const publishTaskRoute = abilityMutation.input(ZPublishTaskRequest).mutation(({ ctx, input }) => publishJointTask(ctx, input.taskId));
