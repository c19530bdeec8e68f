import { findInspectorOfUser } from '@liancha/db/testing';
import { EVERY_ROW, getObject, type Executor } from '@liancha/db';
import { enterpriseTokenFor } from '../testing/enterprise-session.js';

/**
 * The enterprise persona of the matrix: the first enterprise of 漳平市, the one the workflow
 * fixtures' checks visit (workflow-world.ts `check`), so a check made for a cell is its own.
 */
export async function enterpriseWorld(db: Executor, visited: (regionCode: string) => Promise<string>) {
  const objectId = await visited('350881');
  const { uscc } = (await getObject(db, { regionCode: '350881' }, EVERY_ROW, objectId))!;
  const officer = await findInspectorOfUser(db, 'yjj.insp1');
  return {
    objectId,
    uscc,
    /** yjj.insp1: on the team of the fixtures' own checks. */
    officerId: officer.id,
    /** A fresh session of the enterprise for each cell (a logout must not spoil the next). */
    token: () => enterpriseTokenFor(db, { regionCode: '350881', objectId, uscc }),
  };
}
