/** Version tag of the draw protocol specified in docs/draw-protocol.md. */
export const ALGORITHM_ID = 'liancha-draw/1';

/** HKDF `info` string for the seed (protocol §5). */
export const SEED_INFO = 'liancha-draw/1 seed';

/** Seed length in bytes. */
export const SEED_LENGTH = 32;

/** HMAC message prefixes: one domain per purpose, so an object ticket can never equal a team ticket. */
export const OBJECT_TICKET_PREFIX = 'object|';
export const TEAM_TICKET_PREFIX = 'team|';

/** Separator between stratum field values in a stratum id, e.g. "危险化学品/B". */
export const STRATUM_SEPARATOR = '/';
