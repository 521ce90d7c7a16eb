import { afterAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { closeBrowser, launchApp } from './harness';
import { layoutReport, axeViolations } from './page-checks';

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
    // Every input alone, now and needed; the first row is the top of funnel.
    const top = page.getByTestId('goal-seek-0');
    const [now, needed] = await top.locator('td').allTextContents();
    expect(now).toBe('112,000'); // the template's top of funnel
    await top.getByRole('button', { name: /Use this value/ }).click();
    await expect.poll(() => top.locator('td').first().textContent()).toBe(needed);
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
    // Results first: the volume each plan needs per stage, with the difference and the change in %.
    const volume = async (stage: string) =>
      await compare
        .getByTestId('compare-results-table')
        .getByRole('row', { name: stage })
        .locator('td')
        .allTextContents();
    const [mqlBase, mqlAmbitious, mqlDelta] = await volume('MQL in the year');
    const n = (v: string | undefined) => Number((v ?? '').replace(/[^\d.-]/g, '').replace('−', '-'));
    expect(n(mqlAmbitious)).toBeLessThan(n(mqlBase));
    const diff = n(mqlAmbitious) - n(mqlBase);
    const pct = ((100 * diff) / n(mqlBase)).toFixed(1);
    expect(mqlDelta).toBe(`−${Math.abs(diff).toLocaleString('en-US')} (−${Math.abs(Number(pct))}%)`);
    expect((await volume('SQL in the year'))[2]).toBe('='); // a rate below SQL leaves SQLs as they were
    await expect.poll(() => compare.locator('canvas').count()).toBe(2);
    await page.getByTestId('chart-compare').scrollIntoViewIfNeeded();
    await app.screenshot('scenarios-compare-charts');
    await page.getByTestId('compare').scrollIntoViewIfNeeded();
    await app.screenshot('scenarios-compare');

    // Add the third scenario to the comparison.
    await page.getByRole('checkbox', { name: 'Cautious' }).check();
    const results = page.getByTestId('compare-results-table');
    await expect.poll(() => results.getByRole('columnheader').count()).toBe(6); // figure, 3 values, 2 deltas
    await page.getByRole('button', { name: 'Back to editing' }).click();

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

  it('reads at a glance at 1366 and 1920: whole customers, goal lines, all months, accessible in es and en', async () => {
    for (const lang of ['en', 'es'] as const) {
      const es = lang === 'es';
      const app = await launchApp({ locale: es ? 'es-ES' : 'en-US' });
      const { page } = app;
      await page
        .getByRole('button', { name: es ? 'Empezar con el ejemplo B2B' : 'Start from the B2B example' })
        .click();
      await page
        .getByRole('navigation')
        .getByRole('button', { name: es ? 'Escenarios' : 'Scenarios' })
        .click();
      await expect.poll(() => text(page.getByTestId('figure-customers'))).toBe('100');

      for (const [width, height] of [
        [1920, 1080],
        [1366, 768],
      ] as const) {
        await page.setViewportSize({ width, height });
        // The goal field shows its whole value: "$1,200,000" / "1.200.000 €", not cut.
        const goal = page.getByTestId('goal').getByRole('textbox');
        expect(await goal.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
        expect(await goal.inputValue()).toBe(es ? '1.200.000\u00a0€' : '$1,200,000');
        // The monthly table: all 14 months (Nov–Dec of the previous year, then the fiscal year) in view at
        // 1920; at 1366 it scrolls sideways with the stage column kept in place.
        const region = page.getByRole('region', { name: es ? 'Plan mensual' : 'Monthly plan' });
        expect(await page.getByTestId('monthly-table').locator('thead th').count()).toBe(16);
        const fits = await region.evaluate((el) => el.scrollWidth <= el.clientWidth);
        expect(fits).toBe(width === 1920);
        if (!fits) {
          const stage = page.getByTestId('monthly-table').getByRole('rowheader').first();
          const before = (await stage.boundingBox())!.x;
          await region.evaluate((el) => el.scrollBy({ left: 400 }));
          expect((await stage.boundingBox())!.x).toBe(before);
          await region.evaluate((el) => el.scrollTo({ left: 0 }));
        }
        // The analysis spans the screen instead of a side column.
        const analysis = await page.locator('section.analysis').boundingBox();
        expect(analysis!.width).toBeGreaterThan(width === 1920 ? 900 : 1000);
        expect((await layoutReport(page, '.scenarios-screen', '.none')).overlaps).toEqual([]);
        await page.screenshot({ path: `test/artifacts/scenarios-${lang}-${width}.png` });
      }

      // Sensitivity: the tornado reads against the goal line (named in its text alternative too).
      const tornado = page.getByTestId('chart-tornado').locator('canvas');
      expect(await tornado.getAttribute('aria-label')).toContain(
        es ? 'Objetivo 1.200.000\u00a0€' : 'Goal $1,200,000',
      );
      expect(await text(page.getByTestId('sensitivity-answer'))).toMatch(
        es ? /Visita → Lead/ : /Visit → Lead/,
      );
      expect(await axeViolations(page, 'main')).toEqual([]);

      // Uncertainty: the chance of the goal, whole customers, the seed tucked under "Advanced".
      await page.getByRole('tab', { name: es ? 'Incertidumbre' : 'Uncertainty' }).click();
      await expect.poll(() => page.getByTestId('chance-of-goal').count()).toBe(1);
      expect(await text(page.getByTestId('chance-of-goal'))).toMatch(/^\d+\s?% /);
      const customers = await page
        .getByTestId('percentiles')
        .getByRole('row')
        .nth(1)
        .locator('td')
        .allTextContents();
      expect(customers).toHaveLength(4);
      for (const c of customers) expect(c).toMatch(/^\d+$/);
      const seed = page.getByLabel(es ? 'Semilla' : 'Seed');
      expect(await seed.isVisible()).toBe(false);
      await page.getByText(es ? 'Avanzado' : 'Advanced').click();
      expect(await seed.isVisible()).toBe(true);
      // At 1366 the figures beside the chart stay clear of its axis.
      await page.getByTestId('chart-band').scrollIntoViewIfNeeded();
      expect((await layoutReport(page, 'section.analysis', '.none')).overlaps).toEqual([]);
      await page.screenshot({ path: `test/artifacts/scenarios-uncertainty-${lang}-1366.png` });
      const band = page.getByTestId('chart-band').locator('canvas');
      expect(await band.getAttribute('aria-label')).toContain(
        es ? 'Objetivo 1.200.000\u00a0€' : 'Goal $1,200,000',
      );
      expect(await axeViolations(page, 'main')).toEqual([]);
      await page.getByRole('tab', { name: es ? 'Buscar objetivo' : 'Goal seek' }).click();
      await expect.poll(() => page.getByTestId('goal-seek').count()).toBe(1);
      expect((await layoutReport(page, 'section.analysis', '.none')).overlaps).toEqual([]);
      expect(await axeViolations(page, 'main')).toEqual([]);

      // The comparison view.
      await page.getByRole('button', { name: es ? 'Duplicar' : 'Duplicate' }).click();
      await page.getByRole('button', { name: es ? 'Comparar…' : 'Compare…' }).click();
      await expect.poll(() => page.getByTestId('compare-results-table').count()).toBe(1);
      expect(await axeViolations(page, 'main')).toEqual([]);
      await page.screenshot({ path: `test/artifacts/scenarios-compare-${lang}-1366.png` });

      expect(app.pageErrors).toEqual([]);
      await app.close();
    }
  });
});
