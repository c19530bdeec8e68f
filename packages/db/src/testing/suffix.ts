import { randomBytes } from 'node:crypto';

/** A random tail for natural keys, so fixtures never collide with one another's rows. */
export const suffix = () => randomBytes(4).toString('hex');
