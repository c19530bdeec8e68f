import type { ConflictReason } from '@liancha/db';
import { randomDate, type Rng } from './rng.js';
import { TOWNSHIPS } from './townships.js';
import type { AgencyCode, DemoConflict, DemoInspector, DemoObject, DemoSupervision } from './types.js';

interface ReasonPlan {
  reason: ConflictReason;
  count: number;
  note: (object: DemoObject, rng: Rng) => string;
  validUntil?: string;
}

const townshipName = (code: string) => TOWNSHIPS.find((t) => t.code === code)?.name ?? '';

/** 回避 records, roughly as a county directory would hold them; home_area is handled apart. */
const PLANS: readonly ReasonPlan[] = [
  {
    reason: 'kinship',
    count: 6,
    note: (o, rng) =>
      rng.pick([
        '执法人员配偶在该企业担任安全管理人员',
        '执法人员之兄为该企业股东',
        '执法人员子女在该企业任职',
        `执法人员与企业法定代表人${o.legalRepresentative}系近亲属关系`,
      ]),
  },
  {
    reason: 'declared',
    count: 6,
    note: (o, rng) =>
      rng.pick([
        `本人申报：与企业法定代表人${o.legalRepresentative}系同学关系，申请回避`,
        '本人申报：曾为该企业提供安全生产技术咨询服务，申请回避',
        '本人申报：与该企业存在邻里纠纷，申请回避',
      ]),
  },
  {
    reason: 'enterprise_requested',
    count: 5,
    note: (_o, rng) =>
      rng.pick(['企业书面申请回避：该执法人员曾承办本企业行政处罚案件，经审查同意', '企业申请回避：认为该执法人员与同业竞争企业存在利害关系，经审查同意']),
    validUntil: '2027-12-31',
  },
  {
    reason: 'former_employment',
    count: 4,
    note: (_o, rng) => rng.pick([`执法人员${rng.int(2012, 2019)}年前曾在该企业任职`, '执法人员入职前曾在该企业担任专职安全员']),
  },
  { reason: 'recent_repeat', count: 3, note: () => '该执法人员已连续两次参与对该企业的检查，本年度予以回避', validUntil: '2026-12-31' },
  { reason: 'other', count: 2, note: () => '执法人员与该企业存在民间借贷关系，经审查予以回避' },
];

const HOME_AREA_COUNT = 12;

/**
 * Conflicts link an on-duty inspector to an object that the inspector's own agency
 * supervises, so each one really removes a candidate from some draw.
 */
export function generateConflicts(
  rng: Rng,
  inspectors: readonly DemoInspector[],
  objects: readonly DemoObject[],
  supervisions: readonly DemoSupervision[],
): DemoConflict[] {
  const byUscc = new Map(objects.map((o) => [o.uscc, o]));
  const supervised = new Map<AgencyCode, DemoObject[]>();
  for (const s of supervisions) {
    const object = byUscc.get(s.uscc);
    if (object) supervised.set(s.agencyCode, [...(supervised.get(s.agencyCode) ?? []), object]);
  }
  const onDuty = inspectors.filter((i) => i.status === 'on_duty');
  const pairs = new Set<string>();
  const conflicts: DemoConflict[] = [];
  const add = (inspector: DemoInspector, object: DemoObject, reasonCode: ConflictReason, note: string, validUntil: string | null) => {
    const key = `${inspector.certificateNo}|${object.uscc}`;
    if (pairs.has(key)) return false;
    pairs.add(key);
    conflicts.push({
      certificateNo: inspector.certificateNo,
      uscc: object.uscc,
      reasonCode,
      note,
      validFrom: randomDate(rng, '2025-01-01', '2026-10-31'),
      validUntil,
    });
    return true;
  };

  // 属地回避: the inspector lives in the township where the enterprise is.
  const locals = rng.shuffle(onDuty.filter((i) => i.homeTownshipCode !== null));
  let homeArea = 0;
  for (const inspector of locals) {
    if (homeArea === HOME_AREA_COUNT) break;
    const near = (supervised.get(inspector.agencyCode) ?? []).filter((o) => o.townshipCode === inspector.homeTownshipCode);
    if (near.length === 0) continue;
    const object = rng.pick(near);
    const note = `执法人员居住地与企业同属${townshipName(object.townshipCode)}，按属地关系回避`;
    if (add(inspector, object, 'home_area', note, null)) homeArea++;
  }

  for (const plan of PLANS) {
    for (let made = 0, attempts = 0; made < plan.count && attempts < 1000; attempts++) {
      const inspector = rng.pick(onDuty);
      const object = rng.pick(supervised.get(inspector.agencyCode) ?? []);
      if (add(inspector, object, plan.reason, plan.note(object, rng), plan.validUntil ?? null)) made++;
    }
  }
  return conflicts;
}
