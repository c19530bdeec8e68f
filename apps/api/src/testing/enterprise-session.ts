import { insertEnterpriseSession, redeemActivation, type Executor } from '@liancha/db';
import { newEnterpriseToken } from '../auth/session-token.js';
import { activationHash, issueActivationCode } from '../enterprise/activation-codes.js';

/** An enterprise's session without its activation page (tests only): a code issued and used at once; returns the token. */
export async function enterpriseTokenFor(db: Executor, input: { regionCode: string; objectId: string; uscc: string }, now = new Date()): Promise<string> {
  const scope = { regionCode: input.regionCode };
  const { code } = await issueActivationCode(db, scope, { objectId: input.objectId, source: 'agency', checkId: null, issuedBy: null, now });
  const redeemed = await redeemActivation(db, scope, { uscc: input.uscc, codeHash: activationHash(code), at: now });
  if (!redeemed) throw new Error(`the test enterprise ${input.uscc} could not use its own code`);
  const { token, id } = newEnterpriseToken();
  await insertEnterpriseSession(db, scope, { id, ...redeemed, expiresAt: new Date(now.getTime() + 3_600_000), userAgent: null, ip: null });
  return token;
}
