import type { InspectorStatus } from '@liancha/db';
import { DEMO_ACCOUNTS } from './accounts.js';
import { mobileNumber, personName, uniqueValue } from './names.js';
import { randomDate, type Rng } from './rng.js';
import { TOWNSHIPS, URBAN_TOWNSHIP_CODES } from './townships.js';
import type { AgencyCode, DemoInspector } from './types.js';

interface Slot {
  unitCode: string;
  expertise: string[];
  isExpert?: boolean;
  /** A demo account logs in as this inspector. */
  username?: string;
}

interface AgencyRoster {
  /** 执法证号 prefix: the region code plus a two-digit agency number. */
  certificatePrefix: string;
  slots: Slot[];
  /** How many ordinary slots get each irregularity; the demo shows every case of DESIGN §3. */
  irregular: { expired: number; expiringSoon: number; onLeave: number; transferred: number };
}

/** One unit's ordinary slots in a row: each slot's expertise codes, separated by spaces. */
const unit = (unitCode: string, ...slots: string[]): Slot[] => slots.map((codes) => ({ unitCode, expertise: codes.split(' ') }));
/** 技术专家 of one unit, spelled as in `unit`. */
const experts = (unitCode: string, ...slots: string[]): Slot[] => unit(unitCode, ...slots).map((slot) => ({ ...slot, isExpert: true }));

function accountSlot(username: string): Slot {
  const account = DEMO_ACCOUNTS.find((a) => a.username === username);
  if (!account?.inspector || !account.unitCode) throw new Error(`${username} is not an inspector account`);
  return { unitCode: account.unitCode, expertise: account.inspector.expertise, username };
}

/**
 * 执法检查人员名录库 per agency. Expertise is spelled out slot by slot so that every
 * sector keeps several on-duty experts whatever the seed does to statuses.
 */
const ROSTERS: Readonly<Record<AgencyCode, AgencyRoster>> = {
  yjj: {
    certificatePrefix: '35088101',
    irregular: { expired: 2, expiringSoon: 2, onLeave: 1, transferred: 1 },
    slots: [
      accountSlot('yjj.insp1'),
      ...unit(
        'zfdd',
        'hazardous_chemicals fireworks',
        'industry_trade',
        'non_coal_mine',
        'fireworks industry_trade',
        'hazardous_chemicals industry_trade',
        'industry_trade',
        'non_coal_mine hazardous_chemicals',
        'fireworks',
        'industry_trade',
        'hazardous_chemicals',
        'non_coal_mine industry_trade',
      ),
      accountSlot('yjj.insp2'),
      ...unit('whg', 'hazardous_chemicals fireworks', 'hazardous_chemicals', 'fireworks', 'hazardous_chemicals fireworks'),
      ...unit('fmg', 'non_coal_mine', 'non_coal_mine', 'non_coal_mine', 'non_coal_mine industry_trade'),
      ...unit('aqjcg', 'industry_trade', 'industry_trade', 'industry_trade', 'industry_trade', 'industry_trade fireworks'),
      ...unit('zhxtg', 'industry_trade hazardous_chemicals'),
      // 技术专家 (e.g. registered safety engineers) join teams on top of the two officers.
      ...experts('zhzx', 'hazardous_chemicals', 'non_coal_mine', 'industry_trade'),
    ],
  },
  scj: {
    certificatePrefix: '35088102',
    irregular: { expired: 1, expiringSoon: 1, onLeave: 1, transferred: 0 },
    slots: [
      accountSlot('scj.insp1'),
      ...unit('tzg', 'special_equipment', 'special_equipment', 'special_equipment hazardous_chemicals'),
      ...unit('zlg', 'product_quality', 'product_quality', 'product_quality fireworks'),
      ...unit('zfdd', 'product_quality special_equipment', 'product_quality hazardous_chemicals'),
      ...experts('tzg', 'special_equipment'),
    ],
  },
  xf: {
    certificatePrefix: '35088103',
    irregular: { expired: 0, expiringSoon: 1, onLeave: 0, transferred: 1 },
    slots: [
      accountSlot('xf.insp1'),
      ...unit('fhjd', 'fire_safety', 'fire_safety', 'fire_safety', 'fire_safety fireworks'),
      ...unit('jczd', 'fire_safety', 'fire_safety hazardous_chemicals'),
      ...unit('zhzx', 'fire_safety', 'fire_safety industry_trade'),
    ],
  },
  sthj: {
    certificatePrefix: '35088104',
    irregular: { expired: 1, expiringSoon: 0, onLeave: 1, transferred: 0 },
    slots: [
      accountSlot('sthj.insp1'),
      ...unit('zfdd', 'environment', 'environment', 'environment hazardous_chemicals', 'environment industry_trade', 'environment non_coal_mine'),
      ...unit('hpg', 'environment', 'environment'),
      ...experts('jcz', 'environment'),
    ],
  },
};

type Irregularity = 'expired' | 'expiringSoon' | 'onLeave' | 'transferred' | null;

/** Spread the irregularities over ordinary slots; account-linked inspectors stay usable. */
function irregularities(rng: Rng, roster: AgencyRoster): Irregularity[] {
  const ordinary = roster.slots.flatMap((slot, i) => (slot.username || slot.isExpert ? [] : [i]));
  const wanted: Irregularity[] = [
    ...Array<Irregularity>(roster.irregular.expired).fill('expired'),
    ...Array<Irregularity>(roster.irregular.expiringSoon).fill('expiringSoon'),
    ...Array<Irregularity>(roster.irregular.onLeave).fill('onLeave'),
    ...Array<Irregularity>(roster.irregular.transferred).fill('transferred'),
  ];
  const chosen = rng.sample(ordinary, wanted.length);
  const out = roster.slots.map((): Irregularity => null);
  chosen.forEach((slotIndex, k) => (out[slotIndex] = wanted[k]!));
  return out;
}

function certificateExpiry(rng: Rng, irregularity: Irregularity): string {
  // The demo's present is late 2026: valid certificates run to 2027–2029.
  if (irregularity === 'expired') return randomDate(rng, '2025-06-01', '2026-10-31');
  if (irregularity === 'expiringSoon') return randomDate(rng, '2026-12-01', '2026-12-31');
  return randomDate(rng, '2027-01-01', '2029-12-31');
}

function status(irregularity: Irregularity): InspectorStatus {
  if (irregularity === 'onLeave') return 'on_leave';
  if (irregularity === 'transferred') return 'transferred';
  return 'on_duty';
}

/** All inspectors of the four agencies, in agency then slot order. */
export function generateInspectors(rng: Rng): DemoInspector[] {
  const names = new Set(DEMO_ACCOUNTS.map((a) => a.displayName));
  const inspectors: DemoInspector[] = [];
  for (const [agencyCode, roster] of Object.entries(ROSTERS) as [AgencyCode, AgencyRoster][]) {
    const marks = irregularities(rng, roster);
    // Certificates of one agency ascend with small gaps, as issued over the years.
    let serial = rng.int(100, 900);
    roster.slots.forEach((slot, i) => {
      const account = slot.username ? DEMO_ACCOUNTS.find((a) => a.username === slot.username) : undefined;
      const gender = account?.inspector?.gender ?? (rng.chance(0.75) ? 'male' : 'female');
      const name = account?.displayName ?? uniqueValue(names, () => personName(rng, gender), 'inspector name');
      serial += rng.int(1, 9);
      const homeTownship = rng.chance(0.9)
        ? rng.weighted(
            TOWNSHIPS,
            TOWNSHIPS.map((t) => (URBAN_TOWNSHIP_CODES.has(t.code) ? 4 : 1)),
          ).code
        : null;
      inspectors.push({
        agencyCode,
        unitCode: slot.unitCode,
        username: slot.username ?? null,
        name,
        gender,
        certificateNo: roster.certificatePrefix + String(serial).padStart(5, '0'),
        certificateExpiry: certificateExpiry(rng, marks[i] ?? null),
        expertise: slot.expertise,
        isExpert: slot.isExpert ?? false,
        status: status(marks[i] ?? null),
        homeTownshipCode: homeTownship,
        phone: mobileNumber(rng),
      });
    });
  }
  return inspectors;
}
