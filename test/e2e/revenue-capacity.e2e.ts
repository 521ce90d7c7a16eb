import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { closeBrowser, launchApp } from './harness';

afterAll(closeBrowser);

/*
 * Issue 13's revenue and capacity clauses through the wizard to the dashboard, on the Spanish B2B
 * example (plan of record for 2026: 100 customers of 12 000 €, 7 + 8 + 9 % of them in Q1) and the
 * HubSpot fixture test/fixtures/revenue-capacity (figures worked out in
 * test/unit/compliance/revenue-capacity.test.ts).
 */
const CSV = resolve('test/fixtures/revenue-capacity/hubspot-contacts.csv');
const NOW = new Date('2026-04-20T08:00:00Z');
const text = async (l: Locator) => (await l.textContent()) ?? '';

describe('revenue and capacity end to end', () => {
  it('es: an export with amounts and owners shows Q1 revenue against the plan and the SDRs over capacity', async () => {
    const app = await launchApp({ locale: 'es-ES', fixedTime: NOW });
    const { page } = app;
    await page.getByRole('button', { name: 'Empezar con el ejemplo B2B' }).click();
    // The teams agree on 4 MQLs per SDR a month instead of the plan's 115.
    await page.getByRole('tab', { name: 'Compromisos', exact: false }).first().click();
    const card = page.getByTestId('clause-clause-sdr-capacity');
    await card.getByLabel('Objetivo según').selectOption('fixed');
    const perRep = card.getByLabel('Capacidad por comercial (registros al mes)');
    await perRep.fill('4');
    await perRep.press('Tab');

    await page.getByRole('navigation').getByRole('button', { name: 'Cumplimiento' }).click();
    app.dialogs.answerOpen([CSV]);
    await page.getByRole('button', { name: 'Elegir archivos…' }).click();
    await expect.poll(() => page.getByLabel('Plantilla').inputValue()).toBe('hubspot');
    expect(await page.getByLabel('Importe').inputValue()).toBe('0:Amount');
    await page
      .getByRole('group', { name: 'Datos a fecha de (opcional)' })
      .getByRole('spinbutton')
      .first()
      .click();
    await page.keyboard.type('150420261400');
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    const scorecard = page.getByTestId('scorecard');
    await expect.poll(() => scorecard.count(), { timeout: 60_000 }).toBe(1);

    // Q1 revenue won: 20 000 + 24 500 + 30 000 = 74 500 € against the plan's 24 × 12 000 = 288 000 €.
    const revenue = scorecard.locator('tr[data-clause="clause-revenue"]');
    expect(await text(revenue)).toMatch(/1T 2026\s*74\.500\s€\s*288\.000\s€\s*✗ Incumplido/);
    await scorecard.getByRole('button', { name: /Ingresos ganados cada trimestre/ }).click();
    // Q4 2025 (the December leads) is before the plan's year: not measurable.
    const q1 = page.getByTestId('deals-table').locator('tbody tr', { hasText: '1T 2026' });
    // Five deals with an amount (one won deal has none), 14 900 € on average.
    expect(await text(q1)).toMatch(/1T 2026\s*74\.500\s€\s*5\s*14\.900\s€\s*288\.000\s€/);

    // At most 4 MQLs per SDR a month: Marc got 6 and Nuria 5 in March.
    const capacity = scorecard.locator('tr[data-clause="clause-sdr-capacity"]');
    expect(await text(capacity)).toMatch(
      /mar\s2026\s*6 MQL por comercial\s*4 MQL por comercial\s*✗ Incumplido/,
    );
    await scorecard.getByRole('button', { name: /Ningún SDR recibe/ }).click();
    const over = page.getByTestId('over-capacity').locator('tbody tr');
    await expect.poll(() => over.count()).toBe(3);
    expect(await Promise.all((await over.all()).map(text))).toEqual([
      expect.stringMatching(/ene 2026\s*Laura Gil\s*5\s*4 MQL por comercial\s*\+1/),
      expect.stringMatching(/mar 2026\s*Marc Soler\s*6\s*4 MQL por comercial\s*\+2/),
      expect.stringMatching(/mar 2026\s*Nuria Vidal\s*5\s*4 MQL por comercial\s*\+1/),
    ]);
    await app.screenshot('revenue-capacity-es');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
