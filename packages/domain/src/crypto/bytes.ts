const encoder = new TextEncoder();

/** UTF-8 bytes of a string. Lone surrogates are rejected earlier, by the canonicaliser. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Concatenate byte arrays. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
