import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { isDomainError, type DomainErrorKind, type DomainIssue } from '@liancha/domain';
import { z } from 'zod';

const CODES: Record<DomainErrorKind, TRPC_ERROR_CODE_KEY> = {
  bad_request: 'BAD_REQUEST',
  unauthorized: 'UNAUTHORIZED',
  forbidden: 'FORBIDDEN',
  not_found: 'NOT_FOUND',
  conflict: 'CONFLICT',
  precondition_failed: 'PRECONDITION_FAILED',
  payload_too_large: 'PAYLOAD_TOO_LARGE',
  too_many_requests: 'TOO_MANY_REQUESTS',
  internal: 'INTERNAL_SERVER_ERROR',
};

/** tRPC wraps whatever a procedure throws; give a wrapped DomainError its own code, once. */
export function mapDomainError(error: TRPCError): TRPCError {
  const cause = error.cause;
  if (!isDomainError(cause)) return error;
  return new TRPCError({ code: CODES[cause.kind], message: cause.message, cause });
}

export interface ErrorData {
  reason: string | null;
  issues: DomainIssue[];
  /** Set on TOO_MANY_REQUESTS: seconds until the next attempt is accepted. */
  retryAfterSeconds: number | null;
}

/** Put the domain reason and field issues (zod failures included) into `error.data`, in Chinese. */
export function errorData(error: TRPCError): ErrorData {
  const cause = error.cause;
  if (isDomainError(cause)) return { reason: cause.reason ?? null, issues: cause.issues, retryAfterSeconds: cause.retryAfterSeconds ?? null };
  if (cause instanceof z.ZodError) {
    return {
      reason: 'invalid_input',
      issues: cause.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
      retryAfterSeconds: null,
    };
  }
  return { reason: null, issues: [], retryAfterSeconds: null };
}

export function publicMessage(error: TRPCError): string {
  if (error.code === 'INTERNAL_SERVER_ERROR' && !isDomainError(error.cause)) return '服务器内部错误，请稍后重试';
  if (error.cause instanceof z.ZodError) return '输入有误，请检查标注的字段';
  return error.message;
}
