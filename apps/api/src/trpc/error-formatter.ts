import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { isDomainError, type DomainErrorKind, type DomainIssue } from '@liancha/domain';
import { z } from 'zod';
import { databaseFault } from './database-errors.js';

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

/**
 * tRPC wraps whatever a procedure throws; give a wrapped DomainError its own code, once, and turn
 * the database's refusals an input can provoke (unique and foreign keys, checks, bad values) into
 * the DomainError they mean (see database-errors.ts).
 */
export function mapDomainError(error: TRPCError): TRPCError {
  const cause = isDomainError(error.cause) ? error.cause : databaseFault(error.cause);
  if (!cause) return error;
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
    return { reason: 'invalid_input', issues: cause.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })), retryAfterSeconds: null };
  }
  return { reason: null, issues: [], retryAfterSeconds: null };
}

/**
 * What tRPC itself refuses (unknown procedures, unparseable input, wrong methods, bodies past the
 * limit …) is said in Chinese by code; its own English texts and whatever a parser threw (which
 * may describe internals) never reach the client.
 */
const FRAMEWORK_MESSAGES: Partial<Record<TRPC_ERROR_CODE_KEY, string>> = {
  PARSE_ERROR: '请求内容无法解析',
  BAD_REQUEST: '请求格式不正确，无法处理',
  NOT_FOUND: '请求的接口不存在',
  METHOD_NOT_SUPPORTED: '该接口不支持此请求方法',
  UNSUPPORTED_MEDIA_TYPE: '不支持该请求内容类型，请使用 application/json',
  PAYLOAD_TOO_LARGE: '请求内容超过大小上限',
  TIMEOUT: '请求超时，请重试',
  CLIENT_CLOSED_REQUEST: '请求已被客户端取消',
  UNAUTHORIZED: '请先登录',
  FORBIDDEN: '没有权限执行此操作',
  TOO_MANY_REQUESTS: '请求过于频繁，请稍后重试',
};

export function publicMessage(error: TRPCError): string {
  if (isDomainError(error.cause)) return error.message;
  if (error.cause instanceof z.ZodError) return '输入有误，请检查标注的字段';
  return FRAMEWORK_MESSAGES[error.code] ?? '服务器内部错误，请稍后重试';
}
