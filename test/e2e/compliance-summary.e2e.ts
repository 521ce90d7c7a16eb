import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { closeBrowser, launchApp, type App } from './harness';
import { OLIST_DEALS, OLIST_LEADS } from '../fixtures/olist/paths';

afterAll(closeBrowser);

const text = async (l: Locator) => (await l.textContent()) ?? '';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the page as it stands: the serious and critical violations, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol: the app's CSP rightly refuses an inline <script>.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Axe = {
      run(
        ctx: unknown,
        opts: unknown,
      ): Promise<{
        violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
      }>;
    };
    const axe = (globalThis as unknown as { axe: Axe }).axe;
    const r = await axe.run((globalThis as unknown as { document: unknown }).document, {
      resultTypes: ['violations'],
    });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
  });
}

/** Whether the element's box lies inside the viewport (top to bottom). */
async function inFirstViewport(page: Page, l: Locator): Promise<boolean> {
  const box = await l.boundingBox();
  const vp = page.viewportSize();
  return !!box && !!vp && box.y >= 0 && box.y + box.height <= vp.height;
}

async function screenshots(app: App, lang: string): Promise<void> {
  for (const [w, h] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await app.page.setViewportSize({ width: w, height: h });
    await app.page.locator('.compliance-header').evaluate((el) => el.scrollIntoView());
    await app.screenshot(`compliance-summary-${lang}-${w}x${h}`);
  }
  await app.page.setViewportSize({ width: 1366, height: 768 });
}

describe('compliance summary', () => {
  it('leads with the verdicts, the coverage and the review rule on one screen (Olist, no "as of")', async () => {
    const app = await launchApp();
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('button', { name: 'Start from the B2B example' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Compliance' }).click();
    app.dialogs.answerOpen([OLIST_LEADS, OLIST_DEALS]);
    await page.getByRole('button', { name: 'Choose files…' }).click();
    await expect.poll(() => page.getByLabel('Preset').inputValue()).toBe('olist');
    await page.getByLabel('Time zone of the export’s dates').fill('America/Sao_Paulo');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const summary = page.getByTestId('compliance-summary');
    await expect.poll(() => summary.count(), { timeout: 120_000 }).toBe(1);

    // The answer first: after the import the whole summary is in the first 1366×768 viewport.
    await app.screenshot('compliance-summary-after-import');
    await expect.poll(() => inFirstViewport(page, summary)).toBe(true);
    expect(await inFirstViewport(page, page.getByTestId('compliance-asof'))).toBe(true);
    const scorecard = page.getByTestId('scorecard');
    expect(await scorecard.locator('tbody tr').count()).toBe(13);
    expect(await text(summary)).toContain(
      'Latest verdicts: 1 met · 2 missed · 0 in progress · 10 not measurable',
    );
    // Which file ends when: the leads file's last MQL is dated 31 May 2018 (São Paulo).
    expect(await text(page.getByTestId('coverage-warning'))).toContain(
      'olist_marketing_qualified_leads_dataset.csv ends on May 31, 2018',
    );
    // The review rule per team: Marketing's only agreed, measurable clause (400 MQLs) is met in May 2018;
    // its early misses (Jun–Sep 2017) reached the rule then.
    expect(await text(summary.locator('[data-team="team-marketing"]'))).toBe(
      '✓ Marketing: no review due now (earlier, 4 months missed in a row, Jun 2017 to Sep 2017)',
    );
    const volume = scorecard.locator('tr[data-clause="clause-mql-volume"]');
    expect(await text(volume)).toMatch(
      /May 2018.*1,278.*400.*Met.*Jun 2018 – Nov 2018: not judged, the data ends on May 31, 2018/,
    );
    // A filter no record matches is not measurable, and says which values do occur.
    expect(await text(scorecard.locator('tr[data-clause="clause-event-volume"]'))).toContain(
      'No record has the value this clause filters onValues in the data: organic_search, paid_search, social, …',
    );
    // A disputed clause missed 12 months in a row: shown, but it does not reopen the agreement.
    expect(await text(scorecard.locator('tr[data-clause="clause-mql-to-sql"]'))).toMatch(
      /May 2018.*7\.1%.*25%.*Missed.*12not agreed: no review/,
    );

    // No month after May 2018 is a miss, in any clause's periods.
    const lateMisses: string[] = [];
    for (const row of await scorecard.locator('tbody tr').all()) {
      await row.getByRole('button').click();
      const id = await row.getAttribute('data-clause');
      await expect.poll(() => text(page.locator('.trend h2'))).toContain(await text(row.getByRole('button')));
      for (const li of await page.locator('.month-strip li').all()) {
        const period = (await li.getAttribute('data-period')) ?? '';
        const status = await li.locator('.status-badge').getAttribute('data-status');
        if (period > '2018-05' && status === 'missed') lateMisses.push(`${id} ${period}`);
      }
    }
    expect(lateMisses).toEqual([]);
    // Streak history for the acceptance clause: one run, Jun 2017 to May 2018, that reached the rule.
    await scorecard.getByRole('button', { name: /Accept or reject every MQL/ }).click();
    expect(await text(page.getByTestId('streaks'))).toBe(
      'Jun 2017 to May 2018: 12 months in a row · reached the review rule (2)',
    );

    // The example's plan of record is for a recent fiscal year, Olist is 2017–18: said, not an empty series.
    await scorecard.getByRole('button', { name: 'Marketing delivers 400 MQLs a month' }).click();
    const gap = /^The plan of record \(.+\) covers .+; the data, Jun 2017 to Nov 2018\. They do not overlap/;
    expect(await text(page.locator('.trend').getByTestId('plan-gap'))).toMatch(gap);
    expect(await text(page.locator('.funnel').getByTestId('plan-gap'))).toMatch(gap);
    // olist-figures.py: under 400 MQLs in Jun–Sep 2017 and Dec 2017.
    expect(await text(page.getByTestId('streaks'))).toBe(
      'Jun 2017 to Sep 2017: 4 months in a row · reached the review rule (2)Dec 2017: missed once',
    );
    await page.locator('.trend').scrollIntoViewIfNeeded();
    await app.screenshot('compliance-summary-trend-en');
    await page.locator('.funnel').scrollIntoViewIfNeeded();
    await app.screenshot('compliance-summary-funnel-en');

    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(app, 'en');

    // The same dashboard in Spanish.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog').getByText('Español', { exact: true }).click();
    await page.getByRole('button', { name: 'Cerrar' }).click();
    await expect
      .poll(() => text(summary))
      .toContain('Último veredicto — cumplidas: 1 · incumplidas: 2 · en curso: 0 · no medibles: 10');
    expect(await text(page.getByTestId('coverage-warning'))).toContain(
      'olist_marketing_qualified_leads_dataset.csv termina el 31 may 2018',
    );
    expect(await text(volume)).toContain(
      'jun 2018 – nov 2018: sin juzgar, los datos terminan el 31 may 2018',
    );
    await page.locator('.compliance-header').evaluate((el) => el.scrollIntoView());
    expect(await inFirstViewport(page, summary)).toBe(true);
    expect(await inFirstViewport(page, page.getByTestId('compliance-asof'))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(app, 'es');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
