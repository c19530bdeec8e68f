import { isIP } from 'node:net';

/**
 * The header in which a portal tells the API the browser's address. The API believes it only
 * from the portal addresses it is configured to trust (LIANCHA_TRUSTED_PORTALS); from anyone
 * else it is ignored and the socket's address counts, so a caller cannot pick an address to
 * dodge the per-address login throttle.
 */
export const CLIENT_ADDRESS_HEADER = 'x-liancha-client-ip';

/** A valid IP address in one spelling ("::ffff:10.0.0.1" → "10.0.0.1", IPv6 lower-case), or null. */
export function normaliseAddress(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(text);
  if (mapped && isIP(mapped[1]!) === 4) return mapped[1]!;
  const kind = isIP(text);
  if (kind === 4) return text;
  if (kind === 6) return text.toLowerCase();
  return null;
}

/** The client's address: the trusted portal's word for it, else the socket's. */
export function clientAddress(socketAddress: string | undefined, header: string | string[] | undefined, trustedPortals: ReadonlySet<string>): string | null {
  const socket = normaliseAddress(socketAddress);
  if (socket !== null && trustedPortals.has(socket)) {
    const claimed = normaliseAddress(Array.isArray(header) ? undefined : header);
    if (claimed !== null) return claimed;
  }
  return socket;
}

/**
 * The throttle key of an address: an IPv4 address itself, an IPv6 address its /64 (one
 * subscriber usually holds a whole /64, so counting single IPv6 addresses would let one client
 * rotate through billions of them).
 */
export function addressThrottleKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const groups = expandIpv6(address);
  return `${groups.slice(0, 4).join(':')}::/64`;
}

/** Eight hextets without leading zeros ("2001:db8::1" → ["2001","db8","0",…,"1"]). */
function expandIpv6(address: string): string[] {
  let text = address.toLowerCase().split('%')[0]!;
  // An embedded IPv4 tail (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) becomes two hextets.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? (text.split('::') as [string, string]) : [text, null];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const zeros = tail === null ? [] : Array(8 - headGroups.length - tailGroups.length).fill('0');
  return [...headGroups, ...zeros, ...tailGroups].map((g) => parseInt(g, 16).toString(16));
}
