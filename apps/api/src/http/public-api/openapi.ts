import { z } from 'zod';
import { PUBLIC_API_BASE } from './match-route.js';
import { PATH_PARAMS, type PathParamName } from './query-params.js';
import type { RateLimit } from './rate-limit.js';
import type { PublicRoute } from './route-table.js';

type JsonSchema = Record<string, unknown>;

/** A parameter's JSON Schema as a client sends it (text in the URL, before any conversion). */
function inputSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _s, description: _d, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function descriptionOf(schema: z.ZodType): string {
  const meta = schema.meta() as { description?: string } | undefined;
  return meta?.description ?? schema.description ?? '';
}

const ERROR_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', description: '错误代码，如 NOT_FOUND、BAD_REQUEST、TOO_MANY_REQUESTS' },
        message: { type: 'string', description: '中文说明' },
        issues: {
          type: 'array',
          description: '逐项说明有误的参数',
          items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } },
        },
      },
    },
  },
};

const problem = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

/**
 * The OpenAPI 3.1 description of the read API, made from the route table and the parameters' zod
 * schemas: one operation per route, nothing else.
 */
export function openApiDocument(routes: readonly PublicRoute[], rate: RateLimit): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const route of routes) {
    const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as PathParamName);
    const parameters = [
      ...names.map((name) => ({ name, in: 'path', required: true, description: PATH_PARAMS[name].description, schema: inputSchema(PATH_PARAMS[name].schema) })),
      ...Object.entries(route.query.shape as Record<string, z.ZodType>).map(([name, schema]) => ({
        name,
        in: 'query',
        required: !schema.safeParse(undefined).success,
        description: descriptionOf(schema),
        schema: inputSchema(schema),
      })),
    ];
    paths[route.path] = {
      get: {
        operationId: route.procedure,
        summary: route.summary,
        description: `${route.description}\n\n缓存：\`cache-control: public, max-age=${route.maxAge}\`。`,
        parameters,
        responses: {
          '200': {
            description: '成功（JSON）',
            headers: { ETag: { description: '响应内容的 SHA-256，可用于 If-None-Match', schema: { type: 'string' } } },
            content: { 'application/json': { schema: {} } },
          },
          '304': { description: 'If-None-Match 与当前 ETag 相同：内容未变' },
          '400': problem('参数有误'),
          '404': problem('行政区划或记录不存在'),
          '429': problem('请求过于频繁；Retry-After 头给出等待秒数'),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '联查 · 双随机、一公开 公示信息数据接口',
      version: '1',
      description:
        `只读接口，提供公示网站上公开的全部数据：行政区划、公示、抽取证明、专项检查、检查频次上限和审计日志链头。无需登录。\n\n` +
        `频率限制：每个客户端地址每分钟 ${rate.perMinute} 次，可连续 ${rate.burst} 次；超出时返回 429 和 Retry-After（抽取证明下载除外）。` +
        `每个响应带 ETag，带 If-None-Match 再次请求时内容未变则返回 304。`,
    },
    servers: [{ url: PUBLIC_API_BASE, description: '接口服务器；公示网站上的地址为 /api/public/v1' }],
    paths,
    components: { schemas: { Error: ERROR_SCHEMA } },
  };
}
