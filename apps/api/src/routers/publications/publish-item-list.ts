import { DomainError } from '@liancha/domain';
import { publishItemList } from '../../publications/publish.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZPublishItemListRequest } from './publication.schema.js';

/** 随机抽查事项清单: the agency's published items as they stand, on 公示 (a new version each time). */
export const publishItemListRoute = abilityMutation.input(ZPublishItemListRequest).mutation(({ ctx, input }) => {
  const agencyId = input.agencyId ?? ctx.actor.agencyId;
  if (!agencyId) throw new DomainError('forbidden', '领导小组或平台账号不属于任何部门，不能公示事项清单', { reason: 'no_agency' });
  return publishItemList(ctx, agencyId);
});
