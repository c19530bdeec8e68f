const encoder = new TextEncoder();

/** UTF-8 bytes of a string. Lone surrogates are rejected earlier, by the canonicaliser. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}
