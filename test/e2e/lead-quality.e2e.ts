import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { closeBrowser, launchApp } from './harness';

afterAll(closeBrowser);

/*
 * Issue 13's acceptance-rate and scoring clauses through the wizard to the dashboard, on the English
 * B2B example (≥ 70 % of decided MQLs accepted; 95 % of MQLs at or above the scoring threshold of 60)
 * and the HubSpot fixture test/fixtures/lead-quality (figures in its README).
 */
const CSV = resolve('test/fixtures/lead-quality/hubspot-contacts.csv');
const NOW = new Date('2026-03-21T09:00:00Z');
const text = async (l: Locator) => (await l.textContent()) ?? '';

describe('acceptance rate and scoring end to end', () => {
  it('en: an export with rejections and HubSpot Score shows the rate, the reasons and the low scores', async () => {
    const app = await launchApp({ locale: 'en-US', fixedTime: NOW });
    const { page } = app;
    await page.getByRole('button', { name: 'Start from the B2B example' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Compliance' }).click();
    app.dialogs.answerOpen([CSV]);
    await page.getByRole('button', { name: 'Choose files…' }).click();
    await expect.poll(() => page.getByLabel('Preset').inputValue()).toBe('hubspot');
    expect(await page.getByLabel('Lead score').inputValue()).toBe('0:HubSpot Score');
    expect(await page.getByLabel('Rejected by sales').inputValue()).toBe('0:Rejected Date');
    expect(await page.getByLabel('Rejection reason').inputValue()).toBe('0:Rejection Reason');
    await page.getByRole('group', { name: 'Data as of (optional)' }).getByRole('spinbutton').first().click();
    await page.keyboard.type('032020261200');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const scorecard = page.getByTestId('scorecard');
    await expect.poll(() => scorecard.count(), { timeout: 60_000 }).toBe(1);

    // February: 5 of 8 decided MQLs accepted (62.5 %) against 70 %.
    const rate = scorecard.locator('tr[data-clause="clause-acceptance-rate"]');
    expect(await text(rate)).toMatch(/Feb 2026[\s\S]*62\.5\s*%[\s\S]*70(\.0)?\s*%[\s\S]*Missed/);
    await scorecard.getByRole('button', { name: /Sales accepts at least 70/ }).click();
    const months = page.getByTestId('decisions').locator('tbody tr');
    await expect.poll(() => months.count()).toBe(3);
    expect(await Promise.all((await months.all()).map(text))).toEqual([
      expect.stringMatching(/Jan 2026\s*2\s*3\s*0\s*1\s*Not ICP: 2 · Duplicate: 1/),
      expect.stringMatching(/Feb 2026\s*5\s*3\s*0\s*0\s*no reason given: 1 · No budget: 1 · Not ICP: 1/),
      expect.stringMatching(/Mar 2026\s*1\s*1\s*2\s*0\s*Duplicate: 1/),
    ]);

    // February: 6 of 8 hand-overs at or above 60 (75 %) against 95 %.
    const scoring = scorecard.locator('tr[data-clause="clause-scoring"]');
    expect(await text(scoring)).toMatch(/Feb 2026[\s\S]*75(\.0)?\s*%[\s\S]*95(\.0)?\s*%[\s\S]*Missed/);
    await scorecard.getByRole('button', { name: /95 % of MQLs reach sales/ }).click();
    const panel = page.getByTestId('scoring-panel');
    expect(await text(panel)).toContain('6 hand-overs below the threshold or without a score.');
    // The export has only the current HubSpot Score: the panel says it is not the score at hand-over.
    expect(await text(panel.getByTestId('score-from'))).toMatch(
      /^Scores read: the export’s current lead score .*not the score at the hand-over/,
    );
    await panel.getByRole('button', { name: 'List them' }).click();
    const rows = page.getByTestId('breach-row');
    await expect.poll(() => rows.count()).toBe(6);
    expect(await text(rows.nth(2))).toMatch(/402000000009[\s\S]*Feb 9, 2026[\s\S]*no score/);
    // Scores and the threshold in points.
    expect(await text(rows.nth(0))).toMatch(/402000000002[\s\S]*Jan 7, 2026[\s\S]*45 points60 points/);
    await app.screenshot('lead-quality-en');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('es: a "Score at MQL" column is mapped as the score at hand-over, and the dashboard holds it to the threshold', async () => {
    const app = await launchApp({ locale: 'es-ES', fixedTime: NOW });
    const { page } = app;
    await page.getByRole('button', { name: 'Empezar con el ejemplo B2B' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Cumplimiento' }).click();
    app.dialogs.answerOpen([resolve('test/fixtures/lead-quality/hubspot-contacts-handover.csv')]);
    await page.getByRole('button', { name: 'Elegir archivos…' }).click();
    await expect.poll(() => page.getByLabel('Plantilla').inputValue()).toBe('hubspot');
    expect(await page.getByLabel('Puntuación al traspaso').inputValue()).toBe('0:Score at MQL');
    await page
      .getByRole('group', { name: 'Datos a fecha de (opcional)' })
      .getByRole('spinbutton')
      .first()
      .click();
    await page.keyboard.type('200320261200');
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    const scorecard = page.getByTestId('scorecard');
    await expect.poll(() => scorecard.count(), { timeout: 60_000 }).toBe(1);
    // February at hand-over: 90, 75, 60, 66, 70, 59, 81, 60 — 7 of 8 (87.5 %) against 95 %.
    const scoring = scorecard.locator('tr[data-clause="clause-scoring"]');
    expect(await text(scoring)).toMatch(/feb 2026[\s\S]*87,5\s*%[\s\S]*95\s*%[\s\S]*Incumplido/);
    await scorecard.getByRole('button', { name: /El 95 % de los MQL/ }).click();
    const panel = page.getByTestId('scoring-panel');
    expect(await text(panel)).toContain('4 traspasos por debajo del umbral o sin puntuación.');
    expect(await text(panel.getByTestId('score-from'))).toBe(
      'Puntuación leída: la del traspaso (la columna de «puntuación al traspaso» de la exportación).',
    );
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
