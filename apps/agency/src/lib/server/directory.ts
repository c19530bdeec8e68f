import type { ApiClient, SessionUser } from '@liancha/api-client';
import { csvRecords } from './csv';

/**
 * Names for the codes registry rows carry: agencies (for invitations), sectors, townships, units.
 *
 * The API has no reference-data procedure yet (see the report: `registry.reference` is asked
 * for), so this is assembled from what the caller may already read — the public region overview
 * (agency and sector names), published item lists (other agencies' ids), and the caller's own
 * registry exports joined to its lists (township, sub-sector and unit names) — and cached for a
 * few minutes per agency. Swap the body for the API call once it exists; callers keep the shape.
 */
export interface Directory {
  agencies: { id: string; name: string; shortName: string; own: boolean }[];
  sectors: Map<string, string>;
  townships: Map<string, string>;
  units: Map<string, string>;
}

const TTL_MS = 5 * 60_000;
/** Joining an export to its list only pays off for county-sized registries. */
const JOIN_LIMIT = 3000;
const cache = new Map<string, { at: number; value: Promise<Names> }>();

interface Names {
  sectors: Map<string, string>;
  townships: Map<string, string>;
  units: Map<string, string>;
}

/** The agencies are read on every call (an invitation must see a list published a minute ago); the names are cached. */
export async function directoryOf(api: ApiClient, user: SessionUser): Promise<Directory> {
  const [overview, names] = await Promise.all([api.public.regionOverview.query({ regionCode: user.regionCode }), namesOf(api, user)]);
  const sectors = new Map(names.sectors);
  for (const s of overview.objectsBySector) if (!sectors.has(s.sectorCode)) sectors.set(s.sectorCode, s.sectorName);
  return { agencies: await agenciesOf(api, user, overview.agencies), sectors, townships: names.townships, units: names.units };
}

/** Forget the cached names (after an import or an edit that may add a township or unit). */
export function forgetDirectory(user: SessionUser): void {
  cache.delete(`${user.regionCode}:${user.agency?.id ?? '-'}`);
}

function namesOf(api: ApiClient, user: SessionUser): Promise<Names> {
  const key = `${user.regionCode}:${user.agency?.id ?? '-'}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = buildNames(api, user).catch((error: unknown) => {
    cache.delete(key);
    throw error;
  });
  cache.set(key, { at: Date.now(), value });
  return value;
}

async function agenciesOf(api: ApiClient, user: SessionUser, region: { code: string; name: string; shortName: string }[]): Promise<Directory['agencies']> {
  const agencies: Directory['agencies'] = [];
  if (user.agency) agencies.push({ id: user.agency.id, name: user.agency.name, shortName: user.agency.shortName, own: true });
  // Other agencies: their published item lists are public and carry their id; the item code's
  // prefix (SCJ-01) is the agency code of the region overview.
  const published = await api.registry.items.list.query({ pageSize: 200, filter: { published: true } }).catch(() => null);
  const byCode = new Map(region.map((a) => [a.code.toLowerCase(), a]));
  for (const item of published?.rows ?? []) {
    if (agencies.some((a) => a.id === item.agencyId)) continue;
    const prefix = item.code.split(/[-_]/)[0]?.toLowerCase() ?? '';
    const agency = byCode.get(prefix);
    agencies.push({ id: item.agencyId, name: agency?.name ?? `发布事项“${item.code}”的部门`, shortName: agency?.shortName ?? item.code, own: false });
  }
  return agencies;
}

async function buildNames(api: ApiClient, user: SessionUser): Promise<Names> {
  const names: Names = { sectors: new Map(), townships: new Map(), units: new Map() };
  if (user.agency) {
    await Promise.all([joinObjects(api, user.agency.id, names.sectors, names.townships), joinInspectors(api, user.agency.id, names.units, names.townships)]);
  }
  return names;
}

async function joinObjects(api: ApiClient, agencyId: string, sectors: Map<string, string>, townships: Map<string, string>) {
  const first = await api.registry.objects.list.query({ pageSize: 200, sort: { field: 'uscc', direction: 'asc' }, filter: { supervisedBy: agencyId } }).catch(() => null);
  if (!first || first.total === 0 || first.total > JOIN_LIMIT) return;
  const pages = [first];
  for (let page = 2; page <= Math.ceil(first.total / 200); page++) {
    pages.push(await api.registry.objects.list.query({ page, pageSize: 200, sort: { field: 'uscc', direction: 'asc' }, filter: { supervisedBy: agencyId } }));
  }
  const file = await api.registry.imports.export.query({ kind: 'object', format: 'csv' }).catch(() => null);
  if (!file) return;
  const named = new Map(csvRecords(Buffer.from(file.contentBase64, 'base64').toString('utf8')).map((r) => [r['统一社会信用代码'] ?? '', r]));
  for (const row of pages.flatMap((p) => p.rows)) {
    const record = named.get(row.uscc);
    if (!record) continue;
    if (record['属地乡镇（街道）']) townships.set(row.townshipCode, record['属地乡镇（街道）']);
    if (record['行业领域'] && !sectors.has(row.sectorCode)) sectors.set(row.sectorCode, record['行业领域']);
    if (row.subSectorCode && record['细分行业']) sectors.set(row.subSectorCode, record['细分行业']);
  }
}

async function joinInspectors(api: ApiClient, agencyId: string, units: Map<string, string>, townships: Map<string, string>) {
  const list = await api.registry.inspectors.list.query({ pageSize: 200, filter: { agencyId } }).catch(() => null);
  if (!list || list.total > 200) return;
  const file = await api.registry.imports.export.query({ kind: 'inspector', format: 'csv' }).catch(() => null);
  if (!file) return;
  const named = new Map(csvRecords(Buffer.from(file.contentBase64, 'base64').toString('utf8')).map((r) => [r['执法证号'] ?? '', r]));
  for (const row of list.rows) {
    const record = named.get(row.certificateNo);
    if (!record) continue;
    if (row.unitId && record['所在业务部门（机构）']) units.set(row.unitId, record['所在业务部门（机构）']);
    if (row.homeTownshipCode && record['属地乡镇'] && !townships.has(row.homeTownshipCode)) townships.set(row.homeTownshipCode, record['属地乡镇']);
  }
}

/** A code's name, or the code itself when the directory does not know it. */
export function nameOf(map: Map<string, string>, code: string | null | undefined): string {
  if (!code) return '—';
  return map.get(code) ?? code;
}

/** Plain objects for a page (Maps do not serialise to the browser). */
export function directoryData(directory: Directory) {
  return {
    agencies: directory.agencies,
    sectors: Object.fromEntries(directory.sectors),
    townships: Object.fromEntries(directory.townships),
    units: Object.fromEntries(directory.units),
  };
}
export type DirectoryData = ReturnType<typeof directoryData>;
