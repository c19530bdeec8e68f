import { uploadHazardAttachment } from '../../attachments/hazard-attachments.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZUploadAttachmentRequest } from './hazard.schema.js';

/** 现场照片、整改报告: a file (base64) for a hazard or one of its steps; see http/server.ts for the body limit. */
export const uploadAttachmentRoute = abilityMutation.input(ZUploadAttachmentRequest).mutation(({ ctx, input }) => uploadHazardAttachment(ctx, input));
