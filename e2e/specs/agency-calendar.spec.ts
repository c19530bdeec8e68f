import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { beijingDate } from '../fixtures/agency';
import { root, urls } from '../fixtures/platform';
import { submitLogin } from '../fixtures/login';
import { keepScreenshot } from '../fixtures/screenshot';

/** The years the database ships with (migration 2026-12-04-09). */
const SEEDED = { first: 2020, last: 2026 };

/** The year the admin's home page must ask for on `today` (Beijing), or null: this year's if missing, next year's from 1 November. */
function reminderYear(today: string): number | null {
  const year = Number(today.slice(0, 4));
  if (year > SEEDED.last) return year;
  return today.slice(5) >= '11-01' ? year + 1 : null;
}

/** A schedule to import for `year`: the test 2027 one, or a short one for a later run of this spec. */
function scheduleFor(year: number): string {
  if (year === 2027) return readFileSync(join(root, 'infra/demo/samples/holiday-schedule-2027.txt'), 'utf8').trimEnd();
  return [`${year}-01-01,holiday,元旦`, `${year}-10-01~${year}-10-07,holiday,国庆节`].join('\n');
}

/** A Monday–Friday of January of `year`: a make-up working day there is refused. */
function januaryWeekday(year: number): string {
  for (let day = 5; ; day++) {
    const date = `${year}-01-${String(day).padStart(2, '0')}`;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday >= 1 && weekday <= 5) return date;
  }
}

test.describe('部门工作门户 节假日安排', () => {
  test('the platform admin is warned from 1 November, imports next year’s schedule on a phone without JavaScript, and sees it listed', async ({ browser }) => {
    const today = beijingDate();
    const expected = reminderYear(today);
    const year = expected ?? Number(today.slice(0, 4)) + 1;
    // A phone's width, no client JavaScript: every step is a plain form post.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await submitLogin(page, urls.agency, 'admin', { javaScript: false });
    await expect(page.getByTestId('welcome')).toContainText('您好');

    const reminder = page.getByTestId('calendar-reminder');
    if (expected === null) {
      await expect(reminder).toHaveCount(0);
      await page.goto(`${urls.agency}/calendar/${year}`);
    } else {
      await expect(reminder).toContainText(`${expected} 年节假日安排尚未录入`);
      await keepScreenshot(page, 'agency-calendar-reminder');
      await reminder.getByRole('link', { name: `录入 ${expected} 年节假日安排` }).click();
    }
    await expect(page).toHaveURL(new RegExp(`/calendar/${year}$`));
    // Until entered, the year is estimated from its statutory days, shown here.
    await expect(page.getByTestId('statutory-days')).toContainText(`${year}-01-01`);

    // A make-up working day on a weekday is refused with its line number, next to the text box; what was typed stays.
    const bad = januaryWeekday(year);
    await page.getByLabel('通知文号').fill(`国办发明电〔${year - 1}〕测试号`);
    await page.getByLabel('发布日期').fill(today);
    await page.getByLabel('放假和调休上班安排').fill(`${scheduleFor(year)}\n${bad},workday,调休`);
    await page.getByRole('button', { name: `保存 ${year} 年安排` }).click();
    const lines = scheduleFor(year).split('\n').length + 1;
    await expect(page.getByTestId('row-errors')).toContainText(`第 ${lines} 行：调休上班日应为周六或周日，${bad} 是星期`);
    await expect(page.getByLabel('通知文号')).toHaveValue(`国办发明电〔${year - 1}〕测试号`);

    // Corrected, and sent from the keyboard.
    await page.getByLabel('放假和调休上班安排').fill(scheduleFor(year));
    await page.getByRole('button', { name: `保存 ${year} 年安排` }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('calendar-saved')).toContainText(`已保存 ${year} 年节假日安排第 1 版`);
    await expect(page.getByTestId('calendar-days')).toContainText(`${year}-10-01 至 ${year}-10-07`);
    await keepScreenshot(page, 'agency-calendar-saved');
    // Nothing overflows a phone's width but the tables' own scroll boxes.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.goto(urls.agency + '/calendar');
    await expect(page.getByTestId('calendar-years').locator(`tr[data-year="${year}"]`)).toContainText(`国办发明电〔${year - 1}〕测试号`);
    await page.goto(urls.agency + '/');
    if (expected === year) await expect(page.getByTestId('calendar-reminder')).toHaveCount(0);
    await context.close();
  });
});
