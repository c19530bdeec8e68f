import type { CapFigures } from '@liancha/db';
import { INSPECTION_KIND_LABELS, jointCheckRateBp } from '@liancha/domain';
import { LIST_FILE_MIME, writeListFile, type ListColumn } from '@liancha/registry-io';

interface ReportRow {
  name: string;
  routine: number | null;
  campaign: number | null;
  case: number | null;
  checks: number;
  enterprises: number;
  jointChecks: number;
  exemptChecks: number | null;
  breaches: number | null;
}

const n = (v: number | null) => (v === null ? '' : String(v));
const COLUMNS: ListColumn<ReportRow>[] = [
  { header: '部门', cell: (r) => r.name, width: 24 },
  { header: INSPECTION_KIND_LABELS.routine, cell: (r) => n(r.routine) },
  { header: INSPECTION_KIND_LABELS.campaign, cell: (r) => n(r.campaign) },
  { header: INSPECTION_KIND_LABELS.case, cell: (r) => n(r.case) },
  { header: '检查合计', cell: (r) => n(r.checks) },
  { header: '检查企业数', cell: (r) => n(r.enterprises) },
  { header: '联合检查', cell: (r) => n(r.jointChecks) },
  {
    header: '联合检查率（%）',
    cell: (r) => {
      const bp = jointCheckRateBp(r.jointChecks, r.checks);
      return bp === null ? '' : (bp / 100).toFixed(2);
    },
  },
  { header: '不受上限限制的检查', cell: (r) => n(r.exemptChecks) },
  { header: '超过频次上限的企业', cell: (r) => n(r.breaches) },
];

/**
 * The frequency figures of the 行政执法统计年报 as CSV (UTF-8 with a BOM, for Excel): per agency its
 * checks by kind, the enterprises it inspected, its joint checks and 联合检查率, the checks exempt from
 * the caps and the enterprises past its cap; then the region's total, each check once however many
 * agencies took part.
 */
export async function capReportFile(figures: CapFigures): Promise<{ filename: string; mimeType: string; contentBase64: string }> {
  const rows: ReportRow[] = figures.agencies.map((a) => ({ ...a, name: a.agencyName, checks: a.routine + a.campaign + a.case }));
  rows.push({
    name: '合计（每次检查计一次）',
    routine: null,
    campaign: null,
    case: null,
    checks: figures.checks,
    enterprises: figures.enterprises,
    jointChecks: figures.jointChecks,
    exemptChecks: null,
    breaches: null,
  });
  const bytes = await writeListFile('行政检查频次', COLUMNS, rows, 'csv');
  return { filename: `${figures.year}年度行政检查频次统计.csv`, mimeType: LIST_FILE_MIME.csv, contentBase64: Buffer.from(bytes).toString('base64') };
}
