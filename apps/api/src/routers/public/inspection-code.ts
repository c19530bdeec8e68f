import { findByInspectionCode } from '@liancha/db';
import { DomainError, normaliseInspectionCode } from '@liancha/domain';
import { z } from 'zod';
import { publicReadProcedure } from '../../trpc/init.js';
import { ZRegionCode } from './region-overview.schema.js';

export const ZInspectionCodeRequest = z.object({ regionCode: ZRegionCode, code: z.string().max(64, '检查码过长') });

const UNKNOWN = '未找到该检查码对应的检查：检查码可能输错，或是伪造的。请勿配合未经批准的检查，可向检查部门或当地司法行政部门核实。';

/**
 * 扫码入企: what the public (the enterprise at its door) reads of a check by its 检查码, without
 * login — the agency, the enterprise, the trigger and legal basis, the approving head and date, the
 * window, each officer's name, certificate number and validity, and the check's state. An unknown
 * code is NOT_FOUND with a warning; the page judges expiry from the window and state.
 */
export const inspectionCodeRoute = publicReadProcedure.input(ZInspectionCodeRequest).query(async ({ ctx, input }) => {
  const code = normaliseInspectionCode(input.code);
  const facts = code === null ? undefined : await findByInspectionCode(ctx.db, { regionCode: input.regionCode }, code);
  if (!facts) throw new DomainError('not_found', UNKNOWN, { reason: 'inspection_code_unknown' });
  return { code, ...facts };
});
