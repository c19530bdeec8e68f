import { FormReader, invalid, must, refusal } from '@liancha/api-client/sveltekit';
import { dateInShanghai, RISK_CLASSES, yearOf, type RiskClass } from '@liancha/domain';
import { redirect } from '@sveltejs/kit';
import { directoryData, directoryOf } from '$lib/server/directory';
import type { Actions, PageServerLoad } from './$types';

/** Empty rows the publish form offers below the lines in force: more lines need another publication. */
const EMPTY_ROWS = 6;
const LINE_FIELDS = ['sectorCode', 'riskClass', 'expectedPerYear', 'maxPerYear'] as const;

/** The year asked for (`?year=2026`), else this year in Beijing. */
function yearParam(url: URL): number {
  const asked = Number.parseInt(url.searchParams.get('year') ?? '', 10);
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : yearOf(dateInShanghai(new Date()));
}

/**
 * 检查频次上限: our agency's 年度检查频次上限 in force for the year and every version published,
 * the other agencies' caps (they count across agencies), and the form to publish a new version.
 */
export const load: PageServerLoad = async (event) => {
  const year = yearParam(event.url);
  const api = event.locals.api;
  const [list, directory] = await Promise.all([must(event, api.inspectionCaps.list.query({ year })), directoryOf(api)]);
  const history = list.ownAgencyId ? await must(event, api.inspectionCaps.history.query({ agencyId: list.ownAgencyId, year: list.year })) : null;
  const own = list.versions.find((v) => v.agencyId === list.ownAgencyId) ?? null;
  return {
    year: list.year,
    canPublish: list.canPublish,
    ownAgencyId: list.ownAgencyId,
    own,
    others: list.versions.filter((v) => v.agencyId !== list.ownAgencyId),
    history: history?.versions ?? [],
    sectors: directoryData(directory).sectors,
    rows: (own?.lines.length ?? 0) + EMPTY_ROWS,
  };
};

/** A whole number typed in a row, or the Chinese reason it is not one. */
function wholeNumber(text: string, what: string): number | string {
  const value = Number(text.replace(/[,，\s]/g, ''));
  return Number.isInteger(value) ? value : `${what}须为整数`;
}

export const actions: Actions = {
  default: async (event) => {
    const form = await FormReader.of(event.request);
    const values = form.values();
    const year = Number.parseInt(form.text('year'), 10);
    const agencyId = form.text('agencyId');
    const rows = Math.min(Math.max(Number.parseInt(form.text('rows'), 10) || 0, 0), 250);
    const errors: Record<string, string> = {};
    // The form's rows that hold a line (a cleared row is removed), and which row each line came from.
    const lines: { sectorCode: string; riskClass: RiskClass | null; expectedPerYear: number; maxPerYear: number }[] = [];
    const rowOf: number[] = [];
    for (let i = 0; i < rows; i++) {
      const [sectorCode, riskClass, expected, max] = LINE_FIELDS.map((f) => form.text(`${f}.${i}`));
      if (!sectorCode && !riskClass && !expected && !max) continue;
      if (!sectorCode) errors[`sectorCode.${i}`] = '请选择行业领域';
      const expectedPerYear = expected ? wholeNumber(expected, '检查频次') : '请填写检查频次';
      const maxPerYear = max ? wholeNumber(max, '年度检查上限') : '请填写年度检查上限';
      if (typeof expectedPerYear === 'string') errors[`expectedPerYear.${i}`] = expectedPerYear;
      if (typeof maxPerYear === 'string') errors[`maxPerYear.${i}`] = maxPerYear;
      if (typeof expectedPerYear !== 'number' || typeof maxPerYear !== 'number') continue;
      const risk = (RISK_CLASSES as readonly string[]).includes(riskClass ?? '') ? (riskClass as RiskClass) : null;
      lines.push({ sectorCode: sectorCode ?? '', riskClass: risk, expectedPerYear, maxPerYear });
      rowOf.push(i);
    }
    if (Object.keys(errors).length > 0) return invalid(errors, values);
    try {
      await event.locals.api.inspectionCaps.publish.mutate({ agencyId, year, note: form.text('note'), lines });
    } catch (cause) {
      const failed = refusal(event, cause, values, { fields: ['note', 'lines'] });
      // The API names a line by its place in the list (`lines.2.maxPerYear`): shown at the form's row it came from.
      const kept: typeof failed.data.issues = [];
      for (const issue of failed.data.issues) {
        const match = /^lines\.(\d+)\.(\w+)$/.exec(issue.field ?? '');
        const row = match ? rowOf[Number(match[1])] : undefined;
        if (match && row !== undefined) failed.data.errors[`${match[2]}.${row}`] ??= issue.message;
        else kept.push(issue);
      }
      failed.data.issues = kept;
      return failed;
    }
    redirect(303, `/caps?year=${year}&saved=published`);
  },
};
