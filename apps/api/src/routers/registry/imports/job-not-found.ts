import { DomainError } from '@liancha/domain';

/** An import job is its uploader's own: anyone else's, or none, reads the same. */
export function jobFound<T>(job: T | undefined): T {
  if (job === undefined) throw new DomainError('not_found', '导入任务不存在', { reason: 'import_not_found' });
  return job;
}
