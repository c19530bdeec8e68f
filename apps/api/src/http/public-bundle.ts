import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { accessibleBy, defineAbilityFor, publicActor } from '@liancha/authz';
import { getPublicationBundleText, type Executor } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { ZRegionCode } from '../routers/public/region-overview.schema.js';
import { ZId } from '../trpc/schemas.js';
import { answerError } from './error-answer.js';

/** `/public/v1/publications/{regionCode}/{id}/bundle.json`: a task notice's proof bundle as published. */
export const PUBLIC_BUNDLE_PATH = /^\/public\/v1\/publications\/([^/]+)\/([^/]+)\/bundle\.json$/;

const ZBundleTarget = z.object({ regionCode: ZRegionCode, id: ZId });
const PUBLIC = accessibleBy(defineAbilityFor(publicActor), 'read', 'Publication');

/**
 * The proof bundle of a publication, without login, as JSON text straight from the database:
 * tens of megabytes at a million objects, which through a procedure would be parsed and
 * serialised again in this process (over a gigabyte of memory). Publications never change, so
 * the answer may be cached for a day.
 */
export async function answerPublicBundle(db: Executor, req: IncomingMessage, res: ServerResponse, match: RegExpExecArray): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    answerError(res, new DomainError('bad_request', '抽取证明只能用 GET 下载', { reason: 'method_not_allowed' }));
    return;
  }
  const target = ZBundleTarget.safeParse({ regionCode: decode(match[1]!), id: decode(match[2]!) });
  if (!target.success) {
    answerError(res, new DomainError('not_found', '该公示没有抽取证明', { reason: 'not_found' }));
    return;
  }
  const text = await getPublicationBundleText(db, { regionCode: target.data.regionCode }, PUBLIC, target.data.id);
  if (text === undefined) {
    answerError(res, new DomainError('not_found', '该公示没有抽取证明', { reason: 'not_found' }));
    return;
  }
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'public, max-age=86400, immutable',
  });
  res.end(req.method === 'HEAD' ? undefined : text);
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}
