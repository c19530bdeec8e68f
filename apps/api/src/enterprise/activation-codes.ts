import { randomBytes } from 'node:crypto';
import { insertActivation, type Executor, type RegionScope } from '@liancha/db';
import { ACTIVATION_CODE_DAYS, ACTIVATION_CODE_LENGTH, activationCodeFrom, addCalendarDays, dateInShanghai, type ActivationSource } from '@liancha/domain';
import { sessionIdOf } from '../auth/session-token.js';

/** The stored form of a code: its SHA-256, as a session token's (a database leak yields no usable code). */
export const activationHash = (code: string) => sessionIdOf(`activation:${code}`);

/**
 * A new one-time code for an enterprise, valid for ACTIVATION_CODE_DAYS; the plain code is returned
 * once, to be printed (on the notice, or on the agency's slip) and never stored.
 */
export async function issueActivationCode(
  db: Executor,
  scope: RegionScope,
  input: { objectId: string; source: ActivationSource; checkId: string | null; issuedBy: string | null; now: Date },
): Promise<{ code: string; expiresOn: string }> {
  const code = activationCodeFrom(randomBytes(ACTIVATION_CODE_LENGTH));
  const expiresOn = addCalendarDays(dateInShanghai(input.now), ACTIVATION_CODE_DAYS);
  const expiresAt = new Date(input.now.getTime() + ACTIVATION_CODE_DAYS * 86_400_000);
  await insertActivation(db, scope, {
    objectId: input.objectId,
    codeHash: activationHash(code),
    source: input.source,
    checkId: input.checkId,
    issuedBy: input.issuedBy,
    expiresAt,
  });
  return { code, expiresOn };
}
