import { sha256Hex } from '@liancha/ui';

/** 32 random bytes from the browser's CSPRNG, as 64 lower-case hex characters: the agency's secret. */
export function newSecret(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The commitment the API checks at the reveal: SHA-256 of the secret's UTF-8 text, hex.
 * WebCrypto where the page is a secure context (HTTPS, localhost); the domain package's
 * SHA-256 otherwise (a county intranet on plain HTTP), which gives the same digest.
 */
export async function commitmentOf(secret: string): Promise<string> {
  const text = new TextEncoder().encode(secret);
  if (globalThis.crypto?.subtle) {
    const digest = await crypto.subtle.digest('SHA-256', text);
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  }
  return sha256Hex(text);
}

/** The secret in groups of 8, easier to copy by hand and to read aloud. */
export function grouped(secret: string): string {
  return secret.match(/.{1,8}/g)?.join(' ') ?? secret;
}

/** What the user typed back at the reveal, without the spaces of the grouped form. */
export function normaliseSecret(typed: string): string {
  const compact = typed.replace(/\s+/g, '');
  // Our secrets are lower-case hex; a hex secret retyped in capitals is the same secret.
  return /^[0-9a-fA-F]{64}$/.test(compact) ? compact.toLowerCase() : compact;
}
