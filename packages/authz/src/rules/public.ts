import type { RuleSink } from './context.js';

/**
 * What anyone may read, logged in or not. No region condition: public data is public
 * in every region, and the repositories still scope each query to one region.
 * Draws and joint tasks reach the public through their Publication rows (with the
 * proof bundle in the payload), never through the working tables.
 */
export function publicRules(sink: RuleSink): void {
  sink.unscoped('read', 'Publication');
  sink.unscoped('read', 'Agency');
  // Published item lists (一单) and plans, including superseded versions: the history of adjustments is public too.
  sink.unscoped('read', ['InspectionItem', 'AnnualPlan'], { publishedAt: { $ne: null } });
  sink.unscoped('read', 'Sanction', { status: 'published' });
  // 年度检查频次上限 are published (国办发〔2024〕54号), every version: the public reads what bound each check.
  sink.unscoped('read', 'InspectionCap');
  // 专项检查 plans once published, and after they are closed: the public record of campaigns stays.
  sink.unscoped('read', 'Campaign', { status: { $in: ['published', 'closed'] } });
}
