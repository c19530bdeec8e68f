import { TRPCError } from '@trpc/server';

/** The TRPCError a call was refused with; a call that succeeds, or fails otherwise, fails the test. */
export async function refusal(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => new Error('expected the call to be refused, but it succeeded'),
    (e: unknown) => e,
  );
  if (error instanceof TRPCError) return error;
  throw error;
}

/** The tRPC code of a refusal (NOT_FOUND, FORBIDDEN, …). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  return (await refusal(promise)).code;
}

/** The domain reason of a refusal (`draw.reveal_mismatch`, …), or null. */
export async function reasonOf(promise: Promise<unknown>): Promise<string | null> {
  return ((await refusal(promise)).cause as { reason?: string } | undefined)?.reason ?? null;
}
