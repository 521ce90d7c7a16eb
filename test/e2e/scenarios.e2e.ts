import { afterAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { closeBrowser, launchApp } from './harness';

afterAll(closeBrowser);

const text = async (l: Locator) => (await l.textContent()) ?? '';
/** A picture of one chart's canvas: changes when what it draws changes. */
const pixels = (page: Page, testId: string) => page.getByTestId(testId).locator('canvas').screenshot();

describe('scenarios: model, edit, compare', () => {
  it('plans from the template, reacts to a rate change, compares two scenarios side by side', async () => {
    const app = await launchApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Start from the B2B example' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Scenarios' }).click();

    // The template's plan of record: 1.2M / 12,000 = 100 customers.
    await expect.poll(() => text(page.getByTestId('figure-customers'))).toBe('100');
    expect(await text(page.getByTestId('plan-of-record'))).toContain('Plan of record');
    await app.screenshot('scenarios-plan');

    // Two scenarios from the template's plan: duplicate it twice and rename the copies.
    const name = page.getByLabel('Name', { exact: true });
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await name.fill('Cautious');
    await page.getByTestId('scenario-select').selectOption({ label: 'Plan of record ★' });
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await name.fill('Ambitious');
    await expect
      .poll(async () => page.getByTestId('scenario-select').locator('option').allTextContents())
      .toEqual(['Plan of record ★', 'Ambitious', 'Cautious']);

    // In "Ambitious", raise MQL → SQL from 25 % to 30 % by typing in the locale-formatted field.
    const topBefore = await text(page.getByTestId('figure-top'));
    const funnelBefore = await pixels(page, 'chart-funnel');
    const rate = page.getByTestId('rate-2').getByRole('textbox');
    expect(await rate.inputValue()).toBe('25%');
    await rate.fill('30%');
    await rate.press('Enter');
    await expect.poll(() => text(page.getByTestId('figure-top'))).not.toBe(topBefore);
    // By hand: Jan cohort 7 customers → 28 opp → 80 SQL → ⌈80/.3⌉ = 267 MQL … the year's visits fall.
    expect(Number((await text(page.getByTestId('figure-top'))).replace(/\D/g, ''))).toBeLessThan(
      Number(topBefore.replace(/\D/g, '')),
    );
    expect((await pixels(page, 'chart-funnel')).equals(funnelBefore)).toBe(false);
    // The arrow keys step the same field; the slider moves with it.
    await rate.press('ArrowUp');
    await expect.poll(() => rate.inputValue()).toBe('30.5%');
    await app.screenshot('scenarios-edited');

    // Analysis: the tornado, goal seek (applied back to the scenario) and the Monte Carlo band.
    await page.getByTestId('chart-tornado').scrollIntoViewIfNeeded();
    await app.screenshot('scenarios-tornado');
    await page.getByRole('tab', { name: 'Goal seek' }).click();
    const seek = page.getByTestId('goal-seek');
    const needed = (await text(seek)).match(/goal: ([\d,]+) \(now ([\d,]+)\)/);
    expect(needed?.[2]).toBe('112,000'); // the template's top of funnel
    await seek.getByRole('button', { name: 'Use this value' }).click();
    await expect.poll(() => text(seek)).toContain(`(now ${needed?.[1]})`);
    await page.getByRole('tab', { name: 'Uncertainty' }).click();
    await expect.poll(() => page.getByTestId('percentiles').count()).toBe(1);
    expect(await text(page.getByTestId('percentiles'))).toMatch(/Customers/);
    await page.getByTestId('chart-band').scrollIntoViewIfNeeded();
    await app.screenshot('scenarios-uncertainty');
    await page.getByTestId('scenario-select').scrollIntoViewIfNeeded();

    // Side by side: the plan of record and "Ambitious".
    await page.getByRole('button', { name: 'Compare…' }).click();
    const compare = page.getByTestId('compare');
    await expect.poll(() => text(compare)).toContain('Ambitious');
    const rateRow = compare.getByRole('row', { name: /Rate MQL → SQL/ });
    expect(await rateRow.allTextContents()).toEqual([expect.stringMatching(/25%.*30\.5%.*\+5\.5 pts/)]);
    await expect.poll(() => compare.locator('canvas').count()).toBe(2);
    await page.getByTestId('chart-compare').scrollIntoViewIfNeeded();
    await app.screenshot('scenarios-compare-charts');
    await page.getByTestId('compare').scrollIntoViewIfNeeded();
    await app.screenshot('scenarios-compare');

    // Add the third scenario to the comparison.
    await page.getByRole('checkbox', { name: 'Cautious' }).check();
    await expect.poll(() => compare.getByRole('columnheader').count()).toBe(6); // figure, 3 values, 2 deltas

    // Projected: presentation mode (F5), white on black, charts redrawn in white ink.
    await page.getByRole('button', { name: 'Back to editing' }).click();
    await page.keyboard.press('F5');
    await expect.poll(() => page.locator('.app.presentation').count()).toBe(1);
    await app.screenshot('scenarios-presentation');
    await page.keyboard.press('Escape');

    // Calibration needs imported data first, and says so.
    await page.getByRole('button', { name: 'New scenario from measured rates' }).click();
    expect(await text(page.getByTestId('scenario-message'))).toContain(
      'import a leads export on the Compliance screen',
    );

    expect(await page.locator('body').textContent()).not.toMatch(/NaN|Infinity/);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('explains a 0 % rate, an empty goal and weights off 100 % at the field, with no NaN anywhere', async () => {
    const app = await launchApp({ locale: 'es-ES' });
    const { page } = app;
    await page.getByRole('button', { name: 'Empezar con el ejemplo B2B' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Escenarios' }).click();
    await expect.poll(() => text(page.getByTestId('figure-customers'))).toBe('100');

    const rate = page.getByTestId('rate-2').getByRole('textbox');
    expect(await rate.inputValue()).toBe('25\u00a0%'); // Spanish puts a no-break space before %
    await rate.fill('0');
    await rate.press('Enter');
    await expect.poll(() => text(page.getByTestId('rate-2'))).toContain('Una tasa del 0 % de MQL a SQL');

    const goal = page.getByTestId('goal').getByRole('textbox');
    await goal.fill('');
    await goal.press('Tab');
    await expect
      .poll(() => text(page.getByTestId('goal')))
      .toContain('Introduce el objetivo anual de ingresos.');
    // Seasonality: the template's weights; change January from 7 to 10 → 103 %.
    const january = page.getByRole('textbox', { name: 'enero' });
    await january.fill('10');
    await january.press('Tab');
    await expect.poll(() => text(page.locator('.seasonality'))).toContain('suman 103 %');
    await expect.poll(() => page.getByTestId('plan-invalid').count()).toBe(1);
    await app.screenshot('scenarios-invalid-es');

    expect(await page.locator('body').textContent()).not.toMatch(/NaN|Infinity/);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
