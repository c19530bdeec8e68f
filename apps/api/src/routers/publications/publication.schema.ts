import { PUBLICATION_KINDS } from '@liancha/domain';
import { z } from 'zod';
import { paging, ZCursor, ZDate, ZId } from '../../trpc/schemas.js';
import { ZRegionCode } from '../public/region-overview.schema.js';

export const ZPublicationKind = z.enum(PUBLICATION_KINDS, '公示类别不正确');

/** The public portal's listing: one region, newest first; `after` (a page's `nextCursor`) pages by keyset, without a count. */
export const ZListPublicationsRequest = z.object({
  regionCode: ZRegionCode,
  ...paging,
  filter: z
    .object({
      kind: ZPublicationKind.optional(),
      agencyId: ZId.optional(),
      subjectId: ZId.optional(),
      search: z.string().trim().max(100, '搜索内容过长').optional(),
      publishedFrom: ZDate.optional(),
      publishedTo: ZDate.optional(),
      currentOnly: z.boolean().optional(),
    })
    .default({}),
  after: ZCursor.optional(),
});

export const ZGetPublicationRequest = z.object({ regionCode: ZRegionCode, id: ZId });

export const ZPublishTaskRequest = z.object({ taskId: ZId });
/** `agencyId` defaults to the caller's agency. */
export const ZPublishItemListRequest = z.object({ agencyId: ZId.optional() });
/** `agencyId` defaults to the caller's agency: each agency publishes its own results. */
export const ZPublishResultsRequest = z.object({ checkId: ZId, agencyId: ZId.optional() });
export const ZCorrectPublicationRequest = z.object({ id: ZId, reason: z.string().trim().min(2, '请填写更正原因').max(1000, '更正原因过长') });

/** What an agency must still publish; `agencyId` narrows the leadership's region-wide view. */
export const ZDueRequest = z.object({ agencyId: ZId.optional(), ...paging });
