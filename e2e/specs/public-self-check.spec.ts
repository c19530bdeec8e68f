import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from '../fixtures/axe';
import { hydrated } from '../fixtures/login';
import { root, urls } from '../fixtures/platform';
import { keepScreenshot } from '../fixtures/screenshot';

/** The demo year the platform loads for 漳平市. */
const DEMO_YEAR = 2020;
const REGION = '350881';
const VERIFIER = join(root, 'verifiers/python/verify_draw.py');

interface Bundle {
  commitmentInputs: { pool: { strata: { id: string; objects: string[] }[]; excluded: { uscc: string }[] } };
  objects: { stratum: string; drawn: { uscc: string }[]; substitutes: { uscc: string }[] }[];
}
interface PythonStanding {
  inPool: boolean;
  stratum: string | null;
  ticket: string | null;
  cutOff: string | null;
  outcome: string | null;
  excludedFor: string[];
}

/** What the page shows for one draw: its outcome code, ticket and cut-off as printed. */
async function shown(page: Page, id: string) {
  const card = page.locator(`[data-testid="self-check-draw"][data-publication="${id}"]`);
  const outcome = await card.getAttribute('data-outcome');
  const text = async (testid: string) => ((await card.getByTestId(testid).count()) ? (await card.getByTestId(testid).textContent())!.trim() : null);
  return { outcome, ticket: await text('draw-ticket'), cutOff: await text('draw-cut-off') };
}

/**
 * 我被抽中了吗: for a drawn, a not-drawn and an excluded enterprise of the demo year, the page
 * (computing in the browser from each proof bundle) agrees with the Python verifier's --uscc on
 * every demo draw, and the USCC never goes to the server.
 */
test.describe('信息公示门户 · 我被抽中了吗', () => {
  test('the USCC self-check agrees with the Python verifier on every demo draw', async ({ page }) => {
    test.setTimeout(300_000);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url() + ' ' + (r.postData() ?? '')));

    await page.goto(`${urls.public}/r/${REGION}/self-check?year=${DEMO_YEAR}`);
    await hydrated(page);
    await expect(page.getByRole('navigation', { name: '栏目' }).getByRole('link', { name: '我被抽中了吗' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId('self-check-browser-note')).toContainText('不向服务器发送');
    const ids = await page.getByTestId('self-check-draw').evaluateAll((els) => els.map((e) => e.getAttribute('data-publication')!));
    expect(ids.length, 'the demo year published its draws').toBeGreaterThanOrEqual(4);

    // Every bundle as the reader downloads it, kept on disk for the Python verifier.
    const dir = mkdtempSync(join(tmpdir(), 'self-check-'));
    const bundles = new Map<string, { file: string; bundle: Bundle }>();
    for (const id of ids) {
      const response = await page.request.get(`${urls.public}/r/${REGION}/p/${id}/bundle.json`);
      expect(response.status()).toBe(200);
      const text = await response.text();
      const file = join(dir, `${id}.json`);
      writeFileSync(file, text);
      bundles.set(id, { file, bundle: JSON.parse(text) as Bundle });
    }
    const first = bundles.get(ids[0]!)!.bundle;
    const stratum = first.objects.find((s) => s.drawn.length > 0)!;
    const listed = new Set([...stratum.drawn, ...stratum.substitutes].map((d) => d.uscc));
    const notDrawn = first.commitmentInputs.pool.strata.find((s) => s.id === stratum.stratum)!.objects.find((u) => !listed.has(u));
    const excluded = [...bundles.values()].map((b) => b.bundle.commitmentInputs.pool.excluded[0]?.uscc).find(Boolean);
    const picks = [
      ['drawn', stratum.drawn[0]!.uscc],
      ['not_drawn', notDrawn],
      ['excluded', excluded],
    ].filter((p): p is [string, string] => Boolean(p[1]));
    expect(picks.length).toBeGreaterThanOrEqual(2);

    for (const [expected, uscc] of picks) {
      await test.step(`${expected}: ${uscc}`, async () => {
        await page.getByLabel('统一社会信用代码').fill(uscc.toLowerCase());
        // The computation runs in a Web Worker (a refused worker would fall back to the page itself).
        const worker = page.waitForEvent('worker');
        await page.getByTestId('self-check-start').click();
        await worker;
        await expect(page.getByTestId('self-check-summary')).toContainText('用时', { timeout: 120_000 });
        await expect(page.getByTestId('self-check-error')).toHaveCount(0);
        await expect(page.locator(`[data-publication="${ids[0]}"]`)).toHaveAttribute('data-outcome', expected);
        for (const id of ids) {
          const python = JSON.parse(execFileSync('python3', [VERIFIER, '--uscc', uscc, bundles.get(id)!.file], { encoding: 'utf8' })) as {
            ok: boolean;
            standing: PythonStanding;
          };
          expect(python.ok).toBe(true);
          const p = python.standing;
          const onPage = await shown(page, id);
          expect(onPage, `draw ${id}`).toEqual({
            outcome: p.outcome ?? 'absent',
            ticket: p.inPool ? p.ticket : null,
            cutOff: p.inPool ? (p.cutOff ?? '本层无抽中企业') : null,
          });
        }
        if (expected === 'drawn') await keepScreenshot(page, 'public-self-check');
      });
    }
    // The check ran in this browser: the USCC was in no request, only the public bundles were fetched.
    for (const [, uscc] of picks) expect(requested.filter((r) => r.toUpperCase().includes(uscc))).toEqual([]);
    expect(requested.filter((r) => r.includes('/bundle.json')).length).toBeGreaterThanOrEqual(ids.length);

    // A wrong check character is named, and nothing is computed.
    await page.getByLabel('统一社会信用代码').fill('91110000802100433C');
    await page.getByTestId('self-check-start').click();
    await expect(page.getByRole('alert')).toHaveText('统一社会信用代码：第18位校验码应为“B”，实际为“C”');
    await expectNoSeriousViolations(page);
  });

  test('by default the latest year with draws; without JavaScript it says why and links every draw to its verify page', async ({ browser, page }) => {
    await page.goto(`${urls.public}/r/${REGION}/self-check`);
    const year = Number(await page.getByLabel('年度').inputValue());
    expect(year).toBeGreaterThanOrEqual(DEMO_YEAR);
    expect(await page.getByTestId('self-check-draw').count()).toBeGreaterThan(0);
    await expectNoSeriousViolations(page);

    const html = await (await page.request.get(`${urls.public}/r/${REGION}/self-check?year=${DEMO_YEAR}`)).text();
    expect(html).toContain('本查询需要在浏览器中运行 JavaScript');
    expect(html).toMatch(/<meta name="description" content="[^"]+"/);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const bare = await context.newPage();
    await bare.goto(`${urls.public}/r/${REGION}/self-check?year=${DEMO_YEAR}`);
    await expect(bare.getByTestId('self-check-form')).toHaveCount(0);
    const verify = bare.getByTestId('self-check-draw').first().getByRole('link', { name: '验证抽取' });
    await verify.click();
    await expect(bare.getByRole('heading', { level: 1 })).toHaveText('验证抽取');
    // The year form works as a plain GET form; a bad year is named and the latest shown.
    await bare.goto(`${urls.public}/r/${REGION}/self-check?year=20x0`);
    await expect(bare.getByText('年度应为四位数字')).toBeVisible();
    await context.close();
  });
});
