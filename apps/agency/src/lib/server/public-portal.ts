import { env } from '$env/dynamic/private';

/** An address on the 信息公示门户 (the public portal), which enterprises open without a staff login. */
export function publicPortalUrl(path: string): string {
  return (env.LIANCHA_PUBLIC_URL || 'http://localhost:3003').replace(/\/+$/, '') + path;
}

/** The enterprise's own area of a region, entered with a one-time activation code (printed on the notice or a slip). */
export const enterpriseAreaUrl = (regionCode: string) => publicPortalUrl(`/r/${regionCode}/enterprise`);
