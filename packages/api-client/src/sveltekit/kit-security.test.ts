import { describe, expect, it } from 'vitest';
import { portalConfig, portalCsp, portalCsrf } from './kit-security.js';

describe('portalCsp', () => {
  it('allows no inline script, no plugin, no framing, no foreign base or form target', () => {
    const csp = portalCsp()!;
    expect(csp.mode).toBe('auto');
    const d = csp.directives!;
    expect(d['script-src']).toEqual(['self']);
    expect(d['style-src']).toEqual(['self']);
    expect(d['object-src']).toEqual(['none']);
    expect(d['frame-ancestors']).toEqual(['none']);
    expect(d['base-uri']).toEqual(['self']);
    expect(d['form-action']).toEqual(['self']);
    expect(d['connect-src']).toEqual(['self']);
    expect(d['worker-src']).toEqual(['none']);
    expect(Object.entries(d).filter(([name, sources]) => name !== 'style-src-attr' && (sources as string[]).some((s) => s.startsWith('unsafe-')))).toEqual([]);
  });

  it('lets the public portal start its verification worker from its own files', () => {
    expect(portalCsp({ worker: true })!.directives!['worker-src']).toEqual(['self']);
  });

  it('hands the CSRF check to the shared handle', () => {
    expect(portalCsrf!.trustedOrigins).toEqual(['*']);
  });

  it('makes a portal config of its adapter and preprocessor with the shared settings', () => {
    const adapter = { name: 'test-adapter', adapt: () => undefined };
    const config = portalConfig({ adapter, preprocess: [], worker: true });
    expect(config.preprocess).toEqual([]);
    expect(config.kit).toEqual({ adapter, csp: portalCsp({ worker: true }), csrf: portalCsrf });
    expect(portalConfig({ adapter, preprocess: [] }).kit!.csp).toEqual(portalCsp());
  });
});
