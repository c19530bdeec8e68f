import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The boundaries of eslint.config.js, proved on snippets so that a config change cannot
 * silently switch them off: SQL only in packages/db, a pure domain, portals without a database.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const query = `import type { Executor } from '@liancha/db';
export const names = (db: Executor) => db.selectFrom('agency').select('name').execute();
`;
const rawSql = `import { sql } from 'kysely';
import type { Executor } from '@liancha/db';
export const ping = (db: Executor) => sql\`select 1\`.execute(db);
`;
const update = `import type { Executor } from '@liancha/db';
export const rename = (db: Executor) => db.updateTable('agency').set({ name: 'x' }).execute();
`;

describe('the SQL boundary', () => {
  it('fails a query built outside packages/db', async () => {
    expect(await problems('apps/api/src/routers/x/query.ts', query)).toEqual([
      expect.stringMatching(/^no-restricted-syntax: SQL lives in packages\/db repositories/),
    ]);
    expect(await problems('apps/api/src/publications/x.ts', update)).toEqual([expect.stringMatching(/^no-restricted-syntax: SQL lives/)]);
    expect(await problems('infra/demo/src/x.ts', query)).toHaveLength(1);
  });

  it('fails raw sql and importing kysely outside packages/db', async () => {
    const found = await problems('apps/api/src/x.ts', rawSql);
    expect(found).toContainEqual(expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: 'kysely' import is restricted/));
    expect(found).toContainEqual(expect.stringMatching(/^no-restricted-syntax: SQL lives/));
  });

  it('fails the test factories in application code, and queries in test fixtures', async () => {
    const factories = `import { seedAgency } from '@liancha/db/testing';\nexport const f = seedAgency;\n`;
    expect(await problems('apps/api/src/routers/x/y.ts', factories)).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: '@liancha\/db\/testing'/),
    ]);
    expect(await problems('apps/api/src/testing/x-fixture.ts', factories)).toEqual([]);
    expect(await problems('apps/api/src/testing/x-fixture.ts', query)).toHaveLength(1);
  });

  it('lets repositories and tests write SQL', async () => {
    expect(await problems('packages/db/src/repositories/x.repository.ts', query)).toEqual([]);
    expect(await problems('packages/db/src/repositories/x.repository.ts', rawSql)).toEqual([]);
    expect(await problems('apps/api/src/routers/x/x.int.test.ts', update)).toEqual([]);
  });
});

describe('the pure domain', () => {
  it('fails Node built-ins, the database and I/O in packages/domain', async () => {
    expect(await problems('packages/domain/src/x.ts', `import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n`)).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: 'node:fs' import is restricted .*packages\/domain is pure/),
    ]);
    expect(await problems('packages/domain/src/x.ts', `import { createHash } from 'crypto';\nexport const f = createHash;\n`)).toHaveLength(1);
    expect(await problems('packages/domain/src/x.ts', `import { createDb } from '@liancha/db';\nexport const f = createDb;\n`)).toHaveLength(1);
    expect(await problems('packages/domain/src/x.ts', `export const f = () => fetch('https://example.org');\n`)).toEqual([
      expect.stringMatching(/^no-restricted-globals:/),
    ]);
    expect(await problems('packages/domain/src/x.ts', `export const env = () => process.env.X;\n`)).toEqual([expect.stringMatching(/^no-restricted-globals:/)]);
  });

  it('lets domain tests read their vector files', async () => {
    expect(await problems('packages/domain/src/x.test.ts', `import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n`)).toEqual([]);
  });
});

describe('the portals', () => {
  it('fails @liancha/db in apps/agency, apps/leadership and apps/public', async () => {
    const code = `import { listAgencies } from '@liancha/db';\nexport const f = listAgencies;\n`;
    for (const portal of ['agency', 'leadership', 'public']) {
      expect(await problems(`apps/${portal}/src/lib/server/x.ts`, code)).toEqual([
        expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: '@liancha\/db' import is restricted .*Portals ask the API/),
      ]);
    }
    expect(
      await problems('apps/agency/src/lib/server/x.ts', `import { createTestDb } from '@liancha/db/testing';\nexport const f = createTestDb;\n`),
    ).toHaveLength(1);
  });
});
