/**
 * 2020 seed plan: “联合抽查的，每个参加部门至少派出1名执法人员” — in a joint check every
 * participating agency (or, in an internal joint check, every participating unit) has at
 * least this many officers in each team. A task may ask for more, never for fewer.
 */
export const MIN_OFFICERS_PER_AGENCY = 1;
