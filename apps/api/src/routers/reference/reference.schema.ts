import { z } from 'zod';

const ZAgency = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  /** The caller's own agency. */
  own: z.boolean(),
});

/** Codes and the names they stand for, as the portals show them next to registry rows. */
export const ZDirectory = z.object({
  /** Every agency of the caller's region (public knowledge: the region overview names them too). */
  agencies: z.array(ZAgency),
  /** National sectors and their sub-sectors (`parentCode` set). */
  sectors: z.array(z.object({ code: z.string(), name: z.string(), parentCode: z.string().nullable() })),
  townships: z.array(z.object({ code: z.string(), name: z.string() })),
  /** Units (股室、中心) the caller may read, with their agency. */
  units: z.array(z.object({ id: z.uuid(), agencyId: z.uuid(), code: z.string(), name: z.string() })),
  /** The region's live tags. */
  tags: z.array(z.object({ dimension: z.string(), code: z.string(), name: z.string() })),
});
