import { DomainError } from '@liancha/domain';

/** An error PostgreSQL sent back, as postgres.js (PostgresError) and PGlite (DatabaseError) both carry it. */
export interface DatabaseErrorFields {
  code: string;
  severity: string;
  /** postgres.js says constraint_name, PGlite constraint. */
  constraint?: string;
  constraint_name?: string;
}

/** The SQLSTATE of a database error anywhere in a cause chain, or null. */
export function databaseErrorOf(error: unknown): DatabaseErrorFields | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const fields = e as Partial<DatabaseErrorFields>;
    if (typeof fields.code === 'string' && /^[0-9A-Z]{5}$/.test(fields.code) && typeof fields.severity === 'string') return fields as DatabaseErrorFields;
  }
  return null;
}

/**
 * What the database refused because of what a request carried, as the DomainError it means
 * (SQLSTATE classes 22, 23, 40, 54). The procedures check first; these are the races and holes
 * the checks cannot close — two coordinators opening the same draw at once meet here as a unique
 * violation. Anything else stays a server fault.
 */
export function databaseFault(error: unknown): DomainError | null {
  const fault = databaseErrorOf(error);
  if (!fault) return null;
  const options = (reason: string) => ({ reason, cause: error });
  switch (fault.code) {
    case '23505': // unique_violation
    case '23P01': // exclusion_violation
      return new DomainError('conflict', '该记录已存在，或刚刚已被他人同时提交；请刷新页面查看最新状态后再操作', options('db.unique_violation'));
    case '40001': // serialization_failure
    case '40P01': // deadlock_detected
      return new DomainError('conflict', '数据正被他人同时修改，请稍后重试', options('db.concurrent_update'));
    case '23503': // foreign_key_violation
      return new DomainError('bad_request', '所引用的记录不存在或不属于本地区，请刷新后重新选择', options('db.foreign_key_violation'));
    case '23514': // check_violation
    case '23502': // not_null_violation
      return new DomainError('bad_request', '输入的数据不符合规则，请检查后重试', options('db.check_violation'));
    case '22001': // string_data_right_truncation
    case '22003': // numeric_value_out_of_range
    case '22007': // invalid_datetime_format
    case '22008': // datetime_field_overflow
    case '22021': // character_not_in_repertoire (NUL bytes)
    case '22P02': // invalid_text_representation
    case '22P05': // untranslatable_character (\u0000 in jsonb)
    case '2202E': // array_subscript_error
      return new DomainError('bad_request', '输入的数据格式不正确或超出允许的范围，请检查后重试', options('db.invalid_value'));
    case '54000': // program_limit_exceeded (e.g. an index row too large)
      return new DomainError('payload_too_large', '输入的内容过长，请精简后重试', options('db.too_large'));
    default:
      return null;
  }
}
