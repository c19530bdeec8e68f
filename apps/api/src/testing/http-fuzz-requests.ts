import fc from 'fast-check';
import { appRouter } from '../routers/app-router.js';

/**
 * Generated requests for the HTTP face's fuzz test (http/http-face.int.test.ts): malformed
 * percent-encoding, overlong paths, odd methods and prefixes, broken JSON and superjson meta,
 * deep and large inputs, NUL and lone surrogates in string positions and keys, unknown
 * procedures, batches mixing queries and mutations, and real inputs of real procedures with
 * generated text in every string position. `authorization: TOKEN` stands for a live session.
 */
// Logging out would end the session the other runs use; everything else is fair game.
const PROCEDURES = Object.keys(appRouter._def.procedures).filter((p) => p !== 'auth.logout');
const FIELDS = [
  'id',
  'taskId',
  'checkId',
  'drawId',
  'objectId',
  'agencyId',
  'filter',
  'search',
  'page',
  'pageSize',
  'sort',
  'field',
  'direction',
  'name',
  'title',
  'note',
  'items',
  'itemIds',
  'batches',
  'scope',
  'matrix',
  'rules',
  'username',
  'password',
  'contentBase64',
  'filename',
  'json',
  'meta',
  '__proto__',
  'constructor',
];

/** Text with the characters that broke things: NUL, lone surrogates, bidi overrides, quotes, percent signs. */
const hostileText = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 2, arbitrary: fc.constantFrom('\u0000', '\uD800', '\uDFFF', '\uD83D', '\u202E', '\uFEFF', '%', "'", '"', '\\', '漳平', '\r\n') },
  ),
  maxLength: 40,
});

const uuidish = fc.oneof(fc.uuid(), fc.constant('00000000-0000-0000-0000-000000000000'));
const leaf = fc.oneof(
  hostileText,
  uuidish,
  fc.constantFrom('2020-07-01', '0000-01-01', '9999-12-31', '2020-02-30'),
  fc.integer(),
  fc.constantFrom(0, -1, 201, 1e308, -1e308, 2 ** 53, 2 ** 63, 0.5),
  fc.boolean(),
  fc.constant(null),
  fc.constant('x'.repeat(1200)),
);

/** JSON values in the shape of our inputs (known field names at every level), nested up to 6 deep. */
const { value: hostileValue } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 6 }),
  object: fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), hostileText), tie('value'), { maxKeys: 6 }),
}));

/** A deeply nested value, past the input depth limit. */
const deepValue = fc.integer({ min: 20, max: 3000 }).map((depth) => JSON.parse(`${'['.repeat(depth)}1${']'.repeat(depth)}`) as unknown);

/** A superjson envelope: proper, with broken meta, or nested past the depth limit. */
const envelope = fc.oneof(
  { weight: 5, arbitrary: hostileValue.map((json) => ({ json })) },
  { weight: 1, arbitrary: deepValue.map((json) => ({ json })) },
  {
    weight: 2,
    arbitrary: fc
      .record({ json: hostileValue, values: hostileValue, referentialEqualities: hostileValue, v: fc.oneof(fc.integer(), hostileText) })
      .map(({ json, ...meta }) => ({ json, meta })),
  },
);

/** Text that is not JSON, or not superjson. */
const brokenText = fc.oneof(
  fc.constantFrom(
    '{',
    '{"json":',
    '[',
    'null',
    '"x"',
    'nul\u0000l',
    '\uD800',
    `{"json":{},"meta":{"values":${'{"a":'.repeat(400)}["Date"]${'}'.repeat(400)}}}`,
  ),
  hostileText,
);

/** `arbitrary` one time in `n`, undefined otherwise. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>, n: number) => fc.oneof({ weight: n - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

/** Real inputs of real procedures, every string position filled with generated (often hostile) text. */
const someText = fc.oneof(hostileText, fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('漳平', 'a', ''));
const templated = fc
  .record({
    pick: fc.nat(),
    t: fc.array(someText, { minLength: 4, maxLength: 4 }),
    n: fc.integer({ min: -5, max: 260 }),
    date: fc.constantFrom('2020-07-01', '0000-01-01', '2020-02-30', '2026-13-01'),
  })
  .map(({ pick, t: [a = '', b = '', c = '', d = ''], n, date }) => {
    const templates: [string, unknown][] = [
      ['registry.objects.list', { page: 1, pageSize: n, filter: { search: a }, sort: { field: 'name', direction: 'asc' } }],
      ['registry.inspectors.list', { filter: { search: a, validOn: date } }],
      ['hazards.list', { filter: { search: a }, page: n }],
      ['publications.list', { regionCode: '350881', filter: { search: a, publishedFrom: date } }],
      ['public.regionOverview', { regionCode: b }],
      ['auth.login', { username: a, password: b }],
      ['registry.tags.create', { dimension: 'object_industry', code: `fz-${n}`, name: a }],
      ['registry.tags.list', { dimension: 'object_kind' }],
      ['tasks.create', { title: a, planBatchId: null, inspectionStartsOn: date, inspectionEndsOn: '2020-07-31', partnerAgencyIds: [] }],
      ['supervisionNotes.list', { page: 1, pageSize: n, filter: {} }],
      ['credit.dishonestList', { filter: { search: c, sectorCode: d } }],
      ['plans.list', { year: n }],
    ];
    return templates[pick % templates.length]!;
  });

const PROCEDURE_TYPES = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;

/** Procedure paths: mostly real names (batches mixing queries and mutations), else unknown, percent garbage, overlong. */
interface Calls {
  paths: string[];
  /** Inputs that belong to these procedures (templated), instead of generated ones. */
  known?: unknown[];
}

const callPaths: fc.Arbitrary<Calls> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc
      .array(templated, { minLength: 1, maxLength: 2 })
      .map((calls) => ({ paths: calls.map(([path]) => path), known: calls.map(([, input]) => ({ json: input })) })),
  },
  { weight: 8, arbitrary: fc.array(fc.constantFrom(...PROCEDURES), { minLength: 1, maxLength: 12 }).map((paths) => ({ paths })) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom('%', '%E0', '%A4', '%A', '%zz', '%C0%AF', '%00', '%2C', '%2F', '..', ',', '/', 'a', '.', 'nope.nope'), { maxLength: 12 })
      .map((parts) => ({ paths: [parts.join('')] })),
  },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 1500 }).map((n) => ({ paths: Array<string>(n).fill('registry.objects.list') })) },
  { weight: 1, arbitrary: hostileText.map((text) => ({ paths: [encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, 'x'))] })) },
);

export const fuzzRequest = fc
  .record({
    calls: callPaths,
    inputs: fc.array(fc.option(envelope, { nil: undefined }), { minLength: 12, maxLength: 12 }),
    broken: rarely(brokenText, 6),
    inBody: fc.boolean(),
    oddMethod: rarely(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND'), 4),
    oddPrefix: rarely(fc.constantFrom('/trpc//', '/TRPC/', '/', '/health/', '/trpc/./'), 8),
    batch: rarely(fc.constantFrom('0', 'true', '1'), 6),
    contentType: fc.constantFrom(
      undefined,
      'application/json',
      'application/json',
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      'multipart/form-data; boundary=x',
      'application/octet-stream',
    ),
    authorized: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(false)),
    garbageToken: rarely(fc.constant(true), 6),
  })
  .map(({ calls: { paths, known }, ...r }) => {
    const calls = paths;
    const inputs = known ?? r.inputs;
    const batched = r.batch === undefined ? calls.length > 1 : r.batch === '1';
    const method = r.oddMethod ?? (PROCEDURE_TYPES[calls[0] ?? '']?._def.type === 'mutation' ? 'POST' : 'GET');
    const input =
      r.broken ??
      (batched
        ? JSON.stringify(Object.fromEntries(calls.map((_, i) => [i, inputs[i]]).filter(([, v]) => v !== undefined)))
        : inputs[0] === undefined
          ? undefined
          : JSON.stringify(inputs[0]));
    const sendInBody = method !== 'GET' && (method === 'POST' || r.inBody);
    const query = [
      r.batch !== undefined ? `batch=${r.batch}` : batched ? 'batch=1' : '',
      !sendInBody && input !== undefined ? `input=${encodeURIComponent(input.replace(/[\uD800-\uDFFF]/g, '\uFFFD'))}` : '',
    ]
      .filter(Boolean)
      .join('&');
    const headers: Record<string, string> = {};
    if (r.contentType) headers['content-type'] = r.contentType;
    if (r.authorized) headers.authorization = r.garbageToken ? `Bearer ${'x'.repeat(43)}` : 'TOKEN';
    return { method, path: `${r.oddPrefix ?? '/trpc/'}${calls.join(',')}${query ? `?${query}` : ''}`, headers, body: sendInBody ? (input ?? '') : undefined };
  });
