import { downloadHazardAttachment } from '../../attachments/hazard-attachments.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZIdRequest } from '../../trpc/schemas.js';

/** The file (base64) with its detected type, for whoever can read its hazard. */
export const downloadAttachmentRoute = abilityQuery.input(ZIdRequest).query(({ ctx, input }) => downloadHazardAttachment(ctx, input.id));
