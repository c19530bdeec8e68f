import { must } from '$lib/server/api-errors';
import type { PageServerLoad } from './$types';

/** The draws of one year a reader checks against; more are listed on the publication list. */
const SHOWN = 200;
const BEIJING_MS = 8 * 3_600_000;

function beijingYear(at: Date | string): number {
  return new Date(new Date(at).getTime() + BEIJING_MS).getUTCFullYear();
}

/**
 * 我被抽中了吗: the published draws (task notices with their proof bundles) of one year, newest
 * first — the year asked for (`?year=2020`), else the latest year with a draw. The standing itself
 * is computed in the reader's browser from the bundles; the USCC is never sent here.
 */
export const load: PageServerLoad = async ({ locals, params, url }) => {
  const regionCode = params.code;
  const newest = await must(locals.api.publications.list.query({ regionCode, page: 1, pageSize: 1, filter: { kind: 'joint_task', currentOnly: true } }));
  const latestYear = newest.rows[0] ? beijingYear(newest.rows[0].publishedAt) : null;
  const raw = url.searchParams.get('year')?.trim() ?? '';
  const asked = /^\d{4}$/.test(raw) ? Number(raw) : null;
  const note = raw && (asked === null || asked < 2000 || asked > 2100) ? '年度应为四位数字（2000—2100），已显示最近有抽取的年度' : null;
  const year = asked !== null && note === null ? asked : latestYear;
  if (year === null) return { year: null, latestYear, note, draws: [], more: false };
  const list = await must(
    locals.api.publications.list.query({
      regionCode,
      page: 1,
      pageSize: SHOWN,
      filter: { kind: 'joint_task', currentOnly: true, publishedFrom: `${year}-01-01`, publishedTo: `${year}-12-31` },
    }),
  );
  return {
    year,
    latestYear,
    note,
    draws: list.rows.map((r) => ({ id: r.id, title: r.title, publishedAt: r.publishedAt, agencyName: r.agencyName })),
    more: list.rows.length < list.total,
  };
};
