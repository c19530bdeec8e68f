/**
 * 2020 seed plan: “每个检查组由不少于2名执法人员组成” — a team has at least 2 certified
 * officers; experts come on top and never count toward the two.
 */
export const MIN_OFFICERS_PER_TEAM = 2;
