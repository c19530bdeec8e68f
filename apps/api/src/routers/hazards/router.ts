import { router } from '../../trpc/init.js';
import { createHazardRoute } from './create-hazard.js';
import { downloadAttachmentRoute } from './download-attachment.js';
import { getHazardRoute } from './get-hazard.js';
import {
  acceptRoute,
  escalateRoute,
  filePlanRoute,
  putUnderSupervisionRoute,
  reinspectRoute,
  reportProgressRoute,
  reportRectifiedRoute,
  requestAcceptanceRoute,
  writeOffRoute,
} from './hazard-steps.js';
import { listHazardsRoute, listOverdueHazardsRoute } from './list-hazards.js';
import { uploadAttachmentRoute } from './upload-attachment.js';

/** 隐患: ordinary (整改 → 复查) and major (挂牌督办 → 五落实 → 验收 → 核销, or 升级处置). */
export const hazardsRouter = router({
  list: listHazardsRoute,
  overdue: listOverdueHazardsRoute,
  get: getHazardRoute,
  create: createHazardRoute,
  reportRectified: reportRectifiedRoute,
  reinspect: reinspectRoute,
  putUnderSupervision: putUnderSupervisionRoute,
  filePlan: filePlanRoute,
  reportProgress: reportProgressRoute,
  requestAcceptance: requestAcceptanceRoute,
  accept: acceptRoute,
  writeOff: writeOffRoute,
  escalate: escalateRoute,
  uploadAttachment: uploadAttachmentRoute,
  downloadAttachment: downloadAttachmentRoute,
});
