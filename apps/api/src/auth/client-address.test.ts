import { describe, expect, it } from 'vitest';
import { addressThrottleKey, clientAddress, normaliseAddress } from './client-address.js';

describe('client address', () => {
  it('normalises addresses and rejects anything that is not one', () => {
    expect(normaliseAddress('::ffff:10.1.2.3')).toBe('10.1.2.3');
    expect(normaliseAddress(' 2001:DB8::1 ')).toBe('2001:db8::1');
    expect(normaliseAddress('1.2.3.4, 5.6.7.8')).toBeNull();
    expect(normaliseAddress('localhost')).toBeNull();
    expect(normaliseAddress('')).toBeNull();
    expect(normaliseAddress(undefined)).toBeNull();
  });

  it('takes the portal header only from a trusted portal, and only a valid single address', () => {
    const trusted = new Set(['127.0.0.1', '::1']);
    expect(clientAddress('::ffff:127.0.0.1', '198.51.100.1', trusted)).toBe('198.51.100.1');
    expect(clientAddress('::1', '2001:db8::9', trusted)).toBe('2001:db8::9');
    expect(clientAddress('203.0.113.5', '198.51.100.1', trusted)).toBe('203.0.113.5');
    expect(clientAddress('127.0.0.1', 'not an address', trusted)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', ['198.51.100.1', '198.51.100.2'], trusted)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', undefined, trusted)).toBe('127.0.0.1');
    expect(clientAddress(undefined, '198.51.100.1', trusted)).toBeNull();
  });

  it('counts IPv4 by address and IPv6 by /64', () => {
    expect(addressThrottleKey('198.51.100.1')).toBe('198.51.100.1');
    expect(addressThrottleKey('2001:db8:aa:bb::1')).toBe('2001:db8:aa:bb::/64');
    expect(addressThrottleKey('2001:0db8:00aa:00bb:1:2:3:4')).toBe('2001:db8:aa:bb::/64');
    expect(addressThrottleKey('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(addressThrottleKey('::1')).toBe('0:0:0:0::/64');
    expect(addressThrottleKey('64:ff9b::198.51.100.1')).toBe('64:ff9b:0:0::/64');
    expect(addressThrottleKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});
