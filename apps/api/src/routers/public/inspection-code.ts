import { findByInspectionCode } from '@liancha/db';
import { DomainError, normaliseInspectionCode } from '@liancha/domain';
import { z } from 'zod';
import { drawnCheckCodeFacts } from '../../publications/drawn-check-code.js';
import { publicReadProcedure } from '../../trpc/init.js';
import { ZRegionCode } from './region-overview.schema.js';

export const ZInspectionCodeRequest = z.object({ regionCode: ZRegionCode, code: z.string().max(64, '检查码过长') });

const UNKNOWN = '未找到该检查码对应的检查：检查码可能输错，或是伪造的。请勿配合未经批准的检查，可向检查部门或当地司法行政部门核实。';

/**
 * 扫码入企: what the public (the enterprise at its door) reads of a check by its 检查码, without
 * login — the agency, the enterprise, the trigger and legal basis, the approving head and date, the
 * window, each officer's name, certificate number and validity, and the check's state — a 个案检查's
 * or a joint task's drawn check's (with the task and its items). An unknown
 * code is NOT_FOUND with a warning; the page judges expiry from the window and state.
 */
export const inspectionCodeRoute = publicReadProcedure.input(ZInspectionCodeRequest).query(async ({ ctx, input }) => {
  const code = normaliseInspectionCode(input.code);
  if (code === null) throw new DomainError('not_found', UNKNOWN, { reason: 'inspection_code_unknown' });
  const scope = { regionCode: input.regionCode };
  const caseCheck = await findByInspectionCode(ctx.db, scope, code);
  if (caseCheck) return { code, ...caseCheck, task: null, items: [] };
  // A joint task's drawn check (日常检查), approved once per task by each agency's head.
  const drawn = await drawnCheckCodeFacts(ctx.db, scope, code);
  if (drawn) return { code, ...drawn };
  throw new DomainError('not_found', UNKNOWN, { reason: 'inspection_code_unknown' });
});
