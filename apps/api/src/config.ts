import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { normaliseAddress } from './auth/client-address.js';
import { throttlePolicies, type ThrottlePolicies } from './auth/login-throttle-policy.js';

export interface FigureSnapshotPolicy {
  fromChecks: number;
  maxAgeMs: number;
}

/** The default, for callers without a loaded configuration (tests, the demo's history). */
export const DEFAULT_FIGURE_SNAPSHOTS: FigureSnapshotPolicy = { fromChecks: 5000, maxAgeMs: 300_000 };

/** Every setting of the API, validated once at start; nothing else reads process.env. */
const ConfigSchema = z.object({
  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  // A streaming replica for the public portal's reads (publications, region figures, proof bundles).
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_READ_URL must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  // Processes serving requests; by default one per core on PostgreSQL, one on the embedded database.
  API_WORKERS: z.coerce.number().int().min(1, 'API_WORKERS must be at least 1').max(64).optional(),
  LIANCHA_DATA_DIR: z.string().default('.data'),
  LIANCHA_ATTACHMENT_DIR: z.string().optional(),
  LIANCHA_DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  LIANCHA_DEMO_PASSWORD: z.string().min(8).default('liancha-demo'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  LIANCHA_TRUSTED_PORTALS: z
    .string()
    .default('127.0.0.1,::1')
    .transform((text) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .refine((list) => list.every((address) => normaliseAddress(address) !== null), 'LIANCHA_TRUSTED_PORTALS must list IP addresses, comma-separated'),
  // The first wait after the free failed logins of one account (doubling after each further failure).
  LOGIN_DELAY_BASE_MS: z.coerce.number().int().min(1).max(60_000).default(1000),
  // Notifications by e-mail: off unless an SMTP server is given (smtp://user:pass@host:port, smtps://…).
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL must be an smtp:// or smtps:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SMTP_FROM: z.string().email('SMTP_FROM must be an e-mail address').default('liancha@localhost'),
  // Leadership figures are kept as snapshots in a region with this many checks, refreshed once this old.
  FIGURE_SNAPSHOTS_FROM_CHECKS: z.coerce.number().int().min(0).default(DEFAULT_FIGURE_SNAPSHOTS.fromChecks),
  FIGURE_SNAPSHOT_MAX_AGE_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(86_400)
    .default(DEFAULT_FIGURE_SNAPSHOTS.maxAgeMs / 1000),
  // The public read API (/public/v1/): requests per minute and burst per client address (token bucket).
  PUBLIC_API_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
  PUBLIC_API_BURST: z.coerce.number().int().min(1).max(100_000).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export interface Config {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  /** A read replica for the public reads; undefined: they read the primary. */
  readDatabaseUrl: string | undefined;
  /** Worker processes that serve requests (node:cluster); 1 serves them in the main process. */
  workers: number;
  dataDir: string;
  /** Where uploaded attachments are kept, content-addressed by SHA-256. */
  attachmentDir: string;
  /** Load the demo region into an empty database: 'auto' does so on the embedded engine only. */
  demo: 'auto' | 'on' | 'off';
  demoPassword: string;
  sessionTtlMs: number;
  /** Portal addresses whose x-liancha-client-ip header the API believes (normalised). */
  trustedPortals: string[];
  /** Login throttling; only the account's first wait is configurable. */
  loginPolicies: ThrottlePolicies;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  production: boolean;
  /** Where notifications are e-mailed from; null: no e-mail (the default). */
  mail: { smtpUrl: string; from: string } | null;
  /** Figures of a region with at least `fromChecks` checks are read from snapshots refreshed once `maxAgeMs` old. */
  figureSnapshots: FigureSnapshotPolicy;
  /** The public read API's rate limit per client address: a bucket of `burst` tokens refilled at `perMinute`. */
  publicApiRate: { perMinute: number; burst: number };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  // The embedded database lives inside one process: a second one could not open it.
  if (!c.DATABASE_URL && (c.API_WORKERS ?? 1) > 1)
    throw new Error('invalid configuration:\n  API_WORKERS: more than one worker needs DATABASE_URL (the embedded database is single-process)');
  if (c.DATABASE_READ_URL && !c.DATABASE_URL)
    throw new Error('invalid configuration:\n  DATABASE_READ_URL: a read replica needs DATABASE_URL (the embedded database has none)');
  return {
    host: c.API_HOST,
    port: c.API_PORT,
    databaseUrl: c.DATABASE_URL,
    readDatabaseUrl: c.DATABASE_READ_URL,
    workers: c.API_WORKERS ?? (c.DATABASE_URL ? availableParallelism() : 1),
    dataDir: resolve(c.LIANCHA_DATA_DIR),
    attachmentDir: resolve(c.LIANCHA_ATTACHMENT_DIR ?? join(c.LIANCHA_DATA_DIR, 'attachments')),
    demo: c.LIANCHA_DEMO,
    demoPassword: c.LIANCHA_DEMO_PASSWORD,
    sessionTtlMs: c.SESSION_TTL_HOURS * 3_600_000,
    trustedPortals: c.LIANCHA_TRUSTED_PORTALS.map((address) => normaliseAddress(address)!),
    loginPolicies: throttlePolicies(c.LOGIN_DELAY_BASE_MS),
    logLevel: c.LOG_LEVEL,
    production: c.NODE_ENV === 'production',
    mail: c.SMTP_URL ? { smtpUrl: c.SMTP_URL, from: c.SMTP_FROM } : null,
    figureSnapshots: { fromChecks: c.FIGURE_SNAPSHOTS_FROM_CHECKS, maxAgeMs: c.FIGURE_SNAPSHOT_MAX_AGE_SECONDS * 1000 },
    publicApiRate: { perMinute: c.PUBLIC_API_RATE_PER_MINUTE, burst: c.PUBLIC_API_BURST },
  };
}
