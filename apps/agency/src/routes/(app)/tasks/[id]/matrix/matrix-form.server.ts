import { type FormReader } from '@liancha/api-client/sveltekit';
import { RISK_CLASSES, STRATUM_FIELDS, type RiskClass, type StratumField } from '@liancha/domain/vocabulary';

/** One selection rule as typed: ratio (%) or count, with optional bounds. */
function selection(mode: string, value: string, min: string, max: string) {
  const number = (text: string) => (text.trim() === '' ? undefined : Number(text.trim().replace('%', '')));
  const amount = number(value);
  return {
    ...(mode === 'count' ? { count: amount } : { ratioBp: amount === undefined ? undefined : Math.round(amount * 100) }),
    min: number(min) ?? 0,
    max: number(max) ?? null,
    requiredExpertise: [] as string[],
  };
}

/** The matrix editor's form as tasks.configure takes it. */
export function configuration(form: FormReader, participants: { agencyId: string; unitId: string | null }[]) {
  const all = (name: string) => form.data.getAll(name).map(String);
  // The listed strata post their id; each blank row posts its stratum as one chosen value per dimension.
  const parts: string[][] = [];
  for (let d = 0; form.data.has(`ruleStratumPart${d}`); d++) parts.push(all(`ruleStratumPart${d}`));
  let blank = 0;
  const strata = all('ruleStratum').map((stratum) => {
    if (stratum.trim() !== '') return stratum;
    const values = parts.map((values) => (values[blank] ?? '').trim());
    blank += 1;
    return values.length > 0 && values.every((v) => v !== '') ? values.join('/') : '';
  });
  const modes = all('ruleMode');
  const values = all('ruleValue');
  const mins = all('ruleMin');
  const maxes = all('ruleMax');
  const rules = strata
    .map((stratum, i) => ({ stratum: stratum.trim(), mode: modes[i] ?? 'ratio', value: values[i] ?? '', min: mins[i] ?? '', max: maxes[i] ?? '' }))
    .filter((r) => r.stratum !== '' && r.value.trim() !== '')
    .map((r) => ({ stratum: r.stratum, ...selection(r.mode, r.value, r.min, r.max) }));
  const defaultValue = form.text('defaultValue');
  const byRiskClass: Partial<Record<RiskClass, number | null>> = {};
  for (const risk of RISK_CLASSES) {
    const text = form.text(`cap${risk}`);
    if (text !== '') byRiskClass[risk] = Number(text);
  }
  const capDefault = form.text('capDefault');
  const stratifyBy = STRATUM_FIELDS.filter((f) => form.list('stratifyBy').includes(f));
  const minOfficers: Record<string, number> = {};
  for (const p of participants) {
    const key = p.unitId ?? p.agencyId;
    const text = form.text(`min_${key}`);
    if (text !== '') minOfficers[key] = Number(text);
  }
  const sectorCodes = form.list('poolSectors');
  const riskClasses = form.list('poolRisk') as RiskClass[];
  return {
    poolFilter: {
      supervision: (form.text('supervision') === 'all' ? 'all' : 'any') as 'any' | 'all',
      ...(sectorCodes.length ? { sectorCodes } : {}),
      ...(riskClasses.length ? { riskClasses } : {}),
    },
    matrix: {
      stratifyBy: stratifyBy.length ? stratifyBy : (['sectorCode'] as StratumField[]),
      rules,
      default: defaultValue === '' ? null : selection(form.text('defaultMode'), defaultValue, form.text('defaultMin'), form.text('defaultMax')),
      frequencyCap: { default: capDefault === '' ? null : Number(capDefault), byRiskClass },
      excludeKeyCheckList: form.bool('excludeKeyCheckList'),
    },
    teamRules: form.bool('teamEnabled')
      ? {
          officersPerTeam: form.int('officersPerTeam') ?? Number.NaN,
          expertsPerTeam: form.int('expertsPerTeam') ?? 0,
          minOfficers,
          maxChecksPerOfficer: form.int('maxChecksPerOfficer') ?? Number.NaN,
          homeAreaConflict: form.bool('homeAreaConflict'),
          recentRepeatYears: form.int('recentRepeatYears') ?? 0,
        }
      : null,
  };
}
