import { downloadResultEvidence, uploadResultEvidence } from '../../attachments/check-evidence.js';
import { abilityMutation, abilityQuery } from '../../trpc/init.js';
import { ZDownloadEvidenceRequest, ZUploadEvidenceRequest } from './check.schema.js';

/** 证据材料 for one item's result (photos, records); see http/server.ts for the body limit. */
export const uploadEvidenceRoute = abilityMutation.input(ZUploadEvidenceRequest).mutation(({ ctx, input }) => uploadResultEvidence(ctx, input));

export const downloadEvidenceRoute = abilityQuery.input(ZDownloadEvidenceRequest).query(({ ctx, input }) => downloadResultEvidence(ctx, input.id));
