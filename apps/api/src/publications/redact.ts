import { DomainError } from '@liancha/domain';

/** Conflict reasons a published commitment may carry: generic ones only (see build-freeze-input.ts). */
const PUBLIC_CONFLICT_REASONS = new Set(['other', 'recent_repeat']);

/**
 * The proof bundle as published: complete, so the public can recompute the commitment and
 * re-run the draw. The freeze writes 回避 pairs with a generic reason, so no personal reason is
 * in it; a bundle that does carry one is refused rather than published or silently altered.
 */
export function publicDrawBundle(bundle: unknown): { bundle: unknown } {
  if (!isRecord(bundle)) return { bundle: null };
  const inputs = bundle.commitmentInputs;
  const team = isRecord(inputs) ? inputs.team : undefined;
  const conflicts = isRecord(team) && Array.isArray(team.conflicts) ? team.conflicts : [];
  for (const entry of conflicts) {
    const reasons = isRecord(entry) && Array.isArray(entry.reasons) ? entry.reasons : [];
    if (reasons.some((r) => !PUBLIC_CONFLICT_REASONS.has(String(r)))) {
      throw new DomainError('internal', '抽取证明材料含有回避的具体原因，不能公示', { reason: 'publication_personal_data' });
    }
  }
  return { bundle };
}

/** Keys that never belong in a 公示, wherever they appear. */
const FORBIDDEN_KEYS = new Set([
  'phone',
  'mobile',
  'telephone',
  'tel',
  'idcard',
  'idcardno',
  'idnumber',
  'identitynumber',
  'identityno',
  'legalrepresentative',
  'findings',
  'returnreason',
  'conflictreason',
  'passwordhash',
  'homeaddress',
]);

/**
 * A last guard before insertion: refuses a payload carrying a personal field, or conflict
 * entries with their reasons. Publications are immutable, so a leak could never be taken back.
 */
export function assertPublicPayload(payload: unknown, path = 'payload'): void {
  if (Array.isArray(payload)) {
    payload.forEach((value, i) => assertPublicPayload(value, `${path}[${i}]`));
    return;
  }
  if (!isRecord(payload)) return;
  for (const [key, value] of Object.entries(payload)) {
    const personalReasons =
      key === 'reasons' && /conflicts\[\d+\]$/.test(path) && Array.isArray(value) && value.some((r) => !PUBLIC_CONFLICT_REASONS.has(String(r)));
    if (FORBIDDEN_KEYS.has(key.toLowerCase()) || personalReasons) {
      throw new DomainError('internal', `公示内容包含不应公开的个人信息字段：${path}.${key}`, { reason: 'publication_personal_data' });
    }
    assertPublicPayload(value, `${path}.${key}`);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
