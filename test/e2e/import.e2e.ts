import { afterAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { closeBrowser, launchApp } from './harness';

afterAll(closeBrowser);

const OLIST = '/work/shared/datasets/olist-marketing-funnel/';
const FIXTURES = resolve('test/fixtures/csv');

describe('import wizard', () => {
  it('imports the Olist pair (leads + deals joined on mql_id) through the Olist preset', async () => {
    const app = await launchApp();
    const { page } = app;
    await page.getByRole('button', { name: 'New blank workbook' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Import CSV' }).click();

    app.dialogs.answerOpen([
      OLIST + 'olist_marketing_qualified_leads_dataset.csv',
      OLIST + 'olist_closed_deals_dataset.csv',
    ]);
    await page.getByRole('button', { name: 'Choose files…' }).click();
    await expect.poll(() => page.getByLabel('Preset').inputValue()).toBe('olist');
    // The suggestion: ids and MQL dates from the leads file, won date and sales rep from the deals.
    expect(await page.getByLabel('Record id').inputValue()).toBe('0:mql_id');
    expect(await page.getByLabel('Entered “MQL”').inputValue()).toBe('0:first_contact_date');
    expect(await page.getByLabel('Entered “Customer”').inputValue()).toBe('1:won_date');
    expect(await page.getByLabel('Owner').inputValue()).toBe('1:sr_id');
    expect(await page.getByLabel('Key in the main file').inputValue()).toBe('mql_id');
    // The preview shows the first rows of the leads file.
    await expect
      .poll(() => page.getByRole('region', { name: /First rows of olist_marketing/ }).textContent())
      .toContain('dac32acd4db4c29c230538b72f8dd87d');

    await app.screenshot('import-olist-files');
    await page.getByLabel('Time zone of the export’s dates').fill('America/Sao_Paulo');
    await app.screenshot('import-olist-mapping');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => page.locator('.import-done').textContent(), { timeout: 30_000 })
      .toContain('8,000 records imported from 8,000 rows.');
    await expect.poll(() => page.getByText('Nothing was skipped.').count()).toBe(1);
    // "As of" in the export's zone: the last deal was won 2018-11-14 18:04:19 São Paulo time.
    expect(await page.locator('.import-done').textContent()).toMatch(/As of Nov 14, 2018, 6:04\sPM/);
    // The mapping is now in the workbook and offered for the next import.
    await expect
      .poll(() => page.getByRole('option', { name: 'Saved mapping: Olist (marketing funnel)' }).count())
      .toBe(1);
    await page.locator('.import-report').scrollIntoViewIfNeeded();
    await app.screenshot('import-olist-report');
    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('explains a file that is not a CSV, and asks about day/month order in Spanish', async () => {
    const app = await launchApp({ locale: 'es-ES' });
    const { page } = app;
    await page.getByRole('button', { name: 'Nuevo acuerdo en blanco' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Importar CSV' }).click();

    app.dialogs.answerOpen([resolve(FIXTURES, 'deals.xlsx')]);
    await page.getByRole('button', { name: 'Elegir archivos…' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('«deals.xlsx» es un libro de Excel');
    await page.getByRole('button', { name: 'Quitar' }).click();

    app.dialogs.answerOpen([resolve(FIXTURES, 'ambiguous-dates.csv')]);
    await page.getByRole('button', { name: 'Elegir archivos…' }).click();
    await page.getByLabel('Identificador').selectOption('0:lead_id');
    await page.getByLabel('Entró en «MQL»').selectOption('0:mql_date');
    await expect
      .poll(() =>
        page.getByText(/todas las fechas encajan en los dos órdenes, p. ej. «03\/04\/2026»/).count(),
      )
      .toBe(1);
    const importButton = page.getByRole('button', { name: 'Importar', exact: true });
    expect(await importButton.isDisabled()).toBe(true);
    await page.getByLabel('Día/mes/año').check();
    await importButton.click();
    await expect
      .poll(() => page.locator('.import-done').textContent())
      .toContain('3 registros importados de 3 filas.');
    expect(await page.locator('.import-report').textContent()).toContain('mql_date: Día/mes/año');
    await page.locator('.import-report').scrollIntoViewIfNeeded();
    await app.screenshot('import-ambiguous-es');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
