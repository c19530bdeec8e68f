/**
 * The one error type of Liancha. Everything below the API throws it; the API maps
 * `kind` to a tRPC/HTTP status once. `message` is Simplified Chinese for end users;
 * `reason` is a stable machine code; `issues` point at the row and field at fault.
 */
export type DomainErrorKind =
  'bad_request' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'precondition_failed' | 'payload_too_large' | 'too_many_requests' | 'internal';

export interface DomainIssue {
  /** 1-based row of an imported file, when the fault is in a file. */
  row?: number;
  /** Field or column name (Chinese header in imports). */
  field?: string;
  message: string;
}

export interface DomainErrorOptions {
  reason?: string;
  issues?: DomainIssue[];
  cause?: unknown;
  /** For too_many_requests: how long the caller must wait before trying again. */
  retryAfterSeconds?: number;
}

export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  readonly reason: string | undefined;
  readonly issues: DomainIssue[];
  readonly retryAfterSeconds: number | undefined;

  constructor(kind: DomainErrorKind, message: string, options: DomainErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DomainError';
    this.kind = kind;
    this.reason = options.reason;
    this.issues = options.issues ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
