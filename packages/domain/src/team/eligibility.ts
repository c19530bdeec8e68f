import { utf8 } from '../crypto/bytes.js';
import type { CommitmentInputs } from '../draw/commitment.js';
import type { RosterEntry, TeamRules, TeamSnapshot } from './roster-snapshot.js';
import { sortedHas } from '../draw/sorted-has.js';

/** A drawn object that needs a team. */
export interface CheckRef {
  uscc: string;
  stratum: string;
}

/**
 * Inspectors eligible for one check: a shared list (indices into the officer or expert list,
 * ascending) minus the check's own conflicts, kept apart so million-pair tasks need no copies.
 */
export interface EligibleSet {
  base: readonly number[];
  skip: ReadonlySet<number> | null;
  size: number;
}

/** Why an inspector may not join a check's team. */
export type IneligibleReason = 'conflict' | 'expertise' | 'home_area';

/**
 * The committed team data indexed for the draw: usable officers and experts, conflicts by
 * object, object townships and per-stratum expertise requirements. Eligibility rules
 * (protocol §8.1): no conflict pair; all required expertise tags held; not from the object's
 * township when the rule is on; officers need a certificate valid until the inspection end
 * and a participating agency.
 */
export class TeamContext {
  readonly rules: TeamRules;
  readonly officers: RosterEntry[];
  readonly experts: RosterEntry[];
  readonly freeSeats: number;
  private readonly conflicts = new Map<string, Set<string>>();
  private readonly townships: Map<string, string> | null;
  private readonly required = new Map<string, string[]>();
  private readonly certBytes = new Map<string, Uint8Array>();
  private readonly baseLists = new Map<string, number[]>();
  private readonly officerIndex: Map<string, number>;
  private readonly expertIndex: Map<string, number>;

  constructor(inputs: CommitmentInputs & { team: TeamSnapshot }) {
    const team = inputs.team;
    this.rules = team.rules;
    const agencies = new Set(team.rules.agencies.map((a) => a.agencyId));
    const end = team.rules.inspectionEnd;
    this.officers = team.roster.filter(
      (r) => r.role === 'officer' && r.certificateExpiresOn !== null && r.certificateExpiresOn >= end && agencies.has(r.agencyId),
    );
    this.experts = team.roster.filter((r) => r.role === 'expert' && (r.certificateExpiresOn === null || r.certificateExpiresOn >= end));
    this.freeSeats = team.rules.officersPerTeam - team.rules.agencies.reduce((sum, a) => sum + a.minOfficers, 0);
    for (const c of team.conflicts) {
      const set = this.conflicts.get(c.uscc) ?? new Set<string>();
      set.add(c.certNo);
      this.conflicts.set(c.uscc, set);
    }
    this.townships = null;
    if (team.rules.homeAreaConflict && inputs.pool.townships) {
      const map = new Map<string, string>();
      for (const t of inputs.pool.townships) for (const uscc of t.objects) map.set(uscc, t.code);
      this.townships = map;
    }
    for (const m of inputs.matrix) this.required.set(m.stratum, m.requiredExpertise);
    this.officerIndex = new Map(this.officers.map((r, i) => [r.certNo, i]));
    this.expertIndex = new Map(this.experts.map((r, i) => [r.certNo, i]));
    for (const r of team.roster) this.certBytes.set(r.certNo, utf8(r.certNo));
  }

  /** null when eligible, else the first reason that rules the inspector out. */
  ineligibility(check: CheckRef, inspector: RosterEntry, withConflicts = true): IneligibleReason | null {
    if (withConflicts && this.conflicts.get(check.uscc)?.has(inspector.certNo)) return 'conflict';
    const required = this.required.get(check.stratum) ?? [];
    for (const tag of required) if (!inspector.expertise.includes(tag)) return 'expertise';
    if (this.townships && inspector.township !== null && this.townships.get(check.uscc) === inspector.township) return 'home_area';
    return null;
  }

  /**
   * Checks that share this key have the same eligible inspectors (same stratum and township, no
   * conflict pairs of their own); null for a check with conflicts, which is judged alone.
   */
  likeKey(check: CheckRef): string | null {
    if (this.conflicts.has(check.uscc)) return null;
    return `${check.stratum}\u0000${this.townships?.get(check.uscc) ?? ''}`;
  }

  /**
   * Inspectors of `officers` (optionally of one agency) or `experts` eligible for `check`.
   * Lists before conflicts depend only on the stratum and township, so they are cached and
   * shared; the check's own conflict pairs are returned as a skip set.
   */
  eligible(check: CheckRef, role: 'officer' | 'expert', agencyId: string | null = null): EligibleSet {
    const township = this.townships?.get(check.uscc) ?? '';
    const key = `${role}\u0000${agencyId ?? ''}\u0000${check.stratum}\u0000${township}`;
    let base = this.baseLists.get(key);
    if (!base) {
      const pool = role === 'officer' ? this.officers : this.experts;
      base = [];
      for (let i = 0; i < pool.length; i++) {
        const r = pool[i]!;
        if (agencyId !== null && r.agencyId !== agencyId) continue;
        if (this.ineligibility(check, r, false) === null) base.push(i);
      }
      this.baseLists.set(key, base);
    }
    const conflicts = this.conflicts.get(check.uscc);
    if (!conflicts) return { base, skip: null, size: base.length };
    const index = role === 'officer' ? this.officerIndex : this.expertIndex;
    const skip = new Set<number>();
    for (const certNo of conflicts) {
      const i = index.get(certNo);
      if (i !== undefined && sortedHas(base, i)) skip.add(i);
    }
    return { base, skip: skip.size > 0 ? skip : null, size: base.length - skip.size };
  }

  /** The eligible set as a plain list. */
  eligibleIndices(check: CheckRef, role: 'officer' | 'expert', agencyId: string | null = null): number[] {
    const set = this.eligible(check, role, agencyId);
    return set.skip ? set.base.filter((i) => !set.skip!.has(i)) : [...set.base];
  }

  /** Display name of an agency for messages: its name when committed, else its id. */
  agencyName(agencyId: string): string {
    return this.rules.agencies.find((a) => a.agencyId === agencyId)?.name ?? agencyId;
  }

  /** UTF-8 bytes of a certificate number (cached: it is the variable part of every team ticket). */
  certNoBytes(certNo: string): Uint8Array {
    return this.certBytes.get(certNo) ?? utf8(certNo);
  }
}
