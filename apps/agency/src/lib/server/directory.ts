import type { ApiClient } from '@liancha/api-client';

/**
 * Names for the codes registry rows carry, from the API's `reference.directory` (one query per
 * list on the server): agencies (for invitations and item lists), sectors with their
 * sub-sectors, townships, and units.
 */
export interface Directory {
  agencies: { id: string; code: string; name: string; shortName: string; own: boolean }[];
  sectors: Map<string, string>;
  townships: Map<string, string>;
  /** The units (股室、中心) of the caller's own agency: an inspector or an internal task names these. */
  units: Map<string, string>;
}

export async function directoryOf(api: ApiClient): Promise<Directory> {
  const directory = await api.reference.directory.query();
  const own = new Set(directory.agencies.filter((a) => a.own).map((a) => a.id));
  return {
    agencies: directory.agencies,
    sectors: new Map(directory.sectors.map((s) => [s.code, s.name])),
    townships: new Map(directory.townships.map((t) => [t.code, t.name])),
    units: new Map(directory.units.filter((u) => own.has(u.agencyId)).map((u) => [u.id, u.name])),
  };
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
