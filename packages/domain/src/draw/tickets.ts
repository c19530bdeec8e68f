import { utf8 } from '../crypto/bytes.js';
import { hexToBytes, wordsToHex } from '../crypto/hex.js';
import { HmacSha256 } from '../crypto/hmac-sha256.js';
import { OBJECT_TICKET_PREFIX, TEAM_TICKET_PREFIX } from './protocol.js';

/**
 * Tickets are HMAC-SHA256(seed, message) as 64 lower-case hex characters; a smaller ticket
 * (compared as a big-endian number, i.e. as a hex string) wins.
 *   object ticket: "object|" + stratum + "|" + USCC
 *   team ticket:   "team|" + USCC + "|" + certNo
 */
export class Tickets {
  readonly mac: HmacSha256;
  private readonly words = new Int32Array(8);

  constructor(seedHex: string) {
    this.mac = new HmacSha256(hexToBytes(seedHex));
  }

  objectTicket(stratum: string, uscc: string): string {
    this.mac.macInto(utf8(OBJECT_TICKET_PREFIX + stratum + '|'), utf8(uscc), this.words, 0);
    return wordsToHex(this.words);
  }

  teamTicket(uscc: string, certNo: string): string {
    this.mac.macInto(utf8(TEAM_TICKET_PREFIX + uscc + '|'), utf8(certNo), this.words, 0);
    return wordsToHex(this.words);
  }
}

/** Compare two tickets held as 8 signed words each, as unsigned big-endian numbers. */
export function compareTicketWords(words: Int32Array, a: number, b: number): number {
  for (let i = 0; i < 8; i++) {
    const x = words[a + i]! >>> 0;
    const y = words[b + i]! >>> 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
