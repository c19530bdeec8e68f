import type { ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { getTRPCErrorShape, transformTRPCResponse, TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { DomainError } from '@liancha/domain';
import { appRouter } from '../routers/app-router.js';
import { mapDomainError } from '../trpc/error-formatter.js';

/**
 * An error answered by the HTTP face itself (before or around tRPC), in the very shape tRPC
 * answers with — through the same error formatter, so the portals' client reads it the same way.
 */
export function errorBody(error: DomainError): { status: number; body: string } {
  const trpcError = mapDomainError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: error }));
  const config = appRouter._def._config;
  const shape = getTRPCErrorShape({ config, error: trpcError, type: 'unknown', path: undefined, input: undefined, ctx: undefined });
  return { status: getHTTPStatusCodeFromError(trpcError), body: JSON.stringify(transformTRPCResponse(config, { error: shape })) };
}

export function answerError(res: ServerResponse, error: DomainError): void {
  const { status, body } = errorBody(error);
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
}

/** What Node's HTTP parser refused (see Server 'clientError'), answered on the bare socket. */
export function answerOnSocket(socket: Duplex, error: DomainError): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const { status, body } = errorBody(error);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
      `x-content-type-options: nosniff\r\ncache-control: no-store\r\nconnection: close\r\n\r\n${body}`,
  );
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 413: 'Payload Too Large' };

/** A request Node's parser refused: which Chinese answer it gets, by the parser's error code. */
export function clientErrorAnswer(code: string | undefined): DomainError {
  if (code === 'HPE_HEADER_OVERFLOW') return new DomainError('payload_too_large', '请求头或请求路径过长', { reason: 'header_too_large' });
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT' || code === 'ERR_HTTP_HEADERS_TIMEOUT')
    return new DomainError('bad_request', '请求未在限定时间内发送完整', { reason: 'request_timeout' });
  return new DomainError('bad_request', '请求格式不正确，无法解析', { reason: 'malformed_request' });
}
