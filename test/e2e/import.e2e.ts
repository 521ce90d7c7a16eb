import { afterAll, describe, expect, it } from 'vitest';
import { createWriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { closeBrowser, launchApp } from './harness';
import { OLIST_DEALS, OLIST_LEADS } from '../fixtures/olist/paths';

afterAll(closeBrowser);

const FIXTURES = resolve('test/fixtures/csv');
const XLSX = resolve('test/fixtures/xlsx');

/** A HubSpot-style export big enough that the import is still running when Cancel is clicked. */
async function writeBigExport(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  let chunk = '"Record ID","Create Date","Contact owner"\n';
  for (let i = 0; i < rows; i++) {
    chunk += `"${200000000000 + i}","2026-01-${String((i % 28) + 1).padStart(2, '0')} 09:30","Owner ${i % 7}"\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      chunk = '';
    }
  }
  await new Promise<void>((r) => out.end(chunk, () => r()));
}

/**
 * After a successful import the wizard closes onto the dashboard; its report is folded above it. Waits for
 * that and opens the report.
 */
async function openReport(page: Page): Promise<void> {
  const details = page.getByTestId('import-details');
  await details.waitFor({ timeout: 60_000 });
  await details.locator('summary').click();
}

describe('import wizard', () => {
  it('imports the Olist pair (leads + deals joined on mql_id) through the Olist preset', async () => {
    const app = await launchApp();
    const { page } = app;
    await page.getByRole('button', { name: 'New blank workbook' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Compliance' }).click();

    app.dialogs.answerOpen([OLIST_LEADS, OLIST_DEALS]);
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

    // Twenty rows, in a table that scrolls inside its own box.
    const preview = page.getByRole('region', { name: /First rows of olist_marketing/ });
    expect(await preview.locator('tbody tr').count()).toBe(20);
    expect((await preview.boundingBox())!.height).toBeLessThan(400);
    // Import sits in a bar stuck to the bottom of the window, in view however long the wizard is.
    const importButton = page.getByRole('button', { name: 'Import', exact: true });
    const inView = async () => {
      const box = (await importButton.boundingBox())!;
      return box.y > 0 && box.y + box.height <= page.viewportSize()!.height;
    };
    expect(await page.locator('.content').evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    expect(await inView()).toBe(true);
    await page.getByLabel('Time zone of the export’s dates').scrollIntoViewIfNeeded();
    expect(await inView()).toBe(true);

    await app.screenshot('import-olist-files');
    await page.getByLabel('Time zone of the export’s dates').fill('America/Sao_Paulo');
    await app.screenshot('import-olist-mapping');
    await importButton.click();
    await openReport(page);
    expect(await page.locator('.import-wizard').count()).toBe(0);
    expect(await page.getByTestId('import-details').locator('summary').textContent()).toContain(
      '8,000 records imported from 8,000 rows.',
    );
    await expect.poll(() => page.getByText('Nothing was skipped.').count()).toBe(1);
    // "As of" in the export's zone: the last deal was won 2018-11-14 18:04:19 São Paulo time.
    expect(await page.locator('.import-done').textContent()).toMatch(/As of Nov 14, 2018, 18:04/);
    await page.locator('.import-report').scrollIntoViewIfNeeded();
    await app.screenshot('import-olist-report');
    // The mapping is now in the workbook and offered for the next import.
    await page.getByRole('button', { name: 'Import a newer export…' }).click();
    app.dialogs.answerOpen([OLIST_LEADS, OLIST_DEALS]);
    await page.getByRole('button', { name: 'Choose files…' }).click();
    await expect
      .poll(() => page.getByRole('option', { name: 'Saved mapping: Olist (marketing funnel)' }).count())
      .toBe(1);
    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  for (const lang of ['en', 'es'] as const) {
    it(`imports a sheet of an Excel workbook, chosen in the wizard (${lang})`, async () => {
      const en = lang === 'en';
      const app = await launchApp(en ? {} : { locale: 'es-ES' });
      const { page } = app;
      await page.getByRole('button', { name: en ? 'New blank workbook' : 'Nuevo acuerdo en blanco' }).click();
      await page
        .getByRole('navigation')
        .getByRole('button', { name: en ? 'Compliance' : 'Cumplimiento' })
        .click();
      app.dialogs.answerOpen([resolve(XLSX, 'crm-export.xlsx')]);
      await page.getByRole('button', { name: en ? 'Choose files…' : 'Elegir archivos…' }).click();
      const sheet = page.getByLabel(en ? 'Sheet' : 'Hoja');
      await expect.poll(() => sheet.inputValue()).toBe('Contacts');
      expect(await page.locator('.import-files').textContent()).toContain(
        en ? 'Excel workbook, 11 columns' : 'Libro de Excel, 11 columnas',
      );
      expect(await page.getByLabel(en ? 'Preset' : 'Plantilla').inputValue()).toBe('hubspot');
      // The second sheet: a Salesforce report whose header is on row 4.
      await sheet.selectOption('Deals');
      await expect.poll(() => page.getByLabel(en ? 'Preset' : 'Plantilla').inputValue()).toBe('salesforce');
      expect(await page.locator('.import-files').textContent()).toContain(
        en ? 'header on row 4' : 'cabecera en la fila 4',
      );
      await app.screenshot(`import-xlsx-sheet-${lang}`);
      await page.getByRole('button', { name: en ? 'Import' : 'Importar', exact: true }).click();
      await openReport(page);
      expect(await page.locator('.import-done').textContent()).toContain(
        en ? '3 records imported from 5 rows.' : '3 registros importados de 5 filas.',
      );
      // The two footer rows ("Grand Totals", the notice) are reported with the sheet's row numbers.
      expect(await page.locator('.import-report').textContent()).toContain(
        en ? 'row 9: Grand Totals (3 records)' : 'fila 9: Grand Totals (3 records)',
      );
      await page.locator('.import-report').scrollIntoViewIfNeeded();
      await app.screenshot(`import-xlsx-report-${lang}`);
      expect(app.pageErrors).toEqual([]);
      await app.close();
    });
  }

  it('demand waterfall and stage vocabulary: a lifecycle column read as stages, an answer kept in the workbook', async () => {
    const app = await launchApp({ locale: 'es-ES' });
    const { page } = app;
    await page.getByRole('button', { name: 'Empezar con el ejemplo B2B' }).click();
    await page.getByRole('tab', { name: 'Etapas del ciclo de vida' }).first().click();
    await page.getByRole('button', { name: /Usar la cascada de demanda/ }).click();
    await expect
      .poll(() =>
        page
          .locator('[data-testid^="stage-"] .item-card-title, [data-testid^="stage-"] h3')
          .allTextContents(),
      )
      .toEqual(expect.arrayContaining([expect.stringContaining('SAL'), expect.stringContaining('Ganado')]));
    await page.getByRole('navigation').getByRole('button', { name: 'Cumplimiento' }).click();
    app.dialogs.answerOpen([resolve('test/fixtures/stages/hubspot-lifecycle.csv')]);
    await page.getByRole('button', { name: 'Elegir archivos…' }).click();
    await expect
      .poll(() => page.getByLabel('Etapa actual (ciclo de vida / estado)').inputValue())
      .toBe('0:Lifecycle Stage');
    // Known values are matched to the waterfall's stages; "Evangelist" is no stage until answered.
    expect(await page.getByLabel('Sales Qualified Lead').locator('option:checked').textContent()).toBe('SQL');
    expect(await page.getByLabel('Evangelist').inputValue()).toBe('');
    await page.getByLabel('Evangelist').selectOption({ label: 'Ganado' });
    await page.locator('.import-stage-values').scrollIntoViewIfNeeded();
    await app.screenshot('import-stage-values-es');
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    await openReport(page);
    expect(await page.locator('.import-stage-report').textContent()).toContain('1 registro retrocedió');
    const report = await page.locator('.import-stage-report').textContent();
    expect(report).toContain('201000000002: «Lead», con fecha posterior en: MQL, SQL');
    expect(report).not.toContain('Evangelist');
    await page.locator('.import-stage-report').scrollIntoViewIfNeeded();
    await app.screenshot('import-stage-report-es');
    // The answer is now part of the Won stage's vocabulary.
    await page.getByRole('navigation').getByRole('button', { name: 'Acuerdo' }).click();
    await page.getByRole('tab', { name: 'Etapas del ciclo de vida' }).first().click();
    const values = page.getByLabel('Valores en la columna de etapa o estado del CRM (uno por línea)');
    expect(
      await values.evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value)),
    ).toContain('Evangelist');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('links activity exports (HubSpot calls and emails) to the contacts and reports what is not a touch', async () => {
    const app = await launchApp();
    const { page } = app;
    await page.getByRole('button', { name: 'New blank workbook' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Compliance' }).click();
    const ACT = resolve('test/fixtures/activities');
    app.dialogs.answerOpen([resolve(ACT, 'hubspot-contacts.csv')]);
    await page.getByRole('button', { name: 'Choose files…' }).click();
    await expect.poll(() => page.getByLabel('Preset').inputValue()).toBe('hubspot');
    app.dialogs.answerOpen([resolve(ACT, 'hubspot-calls.csv'), resolve(ACT, 'hubspot-emails.csv')]);
    await page.getByRole('button', { name: 'Add activities export…' }).click();
    const calls = page.locator('.import-activity-file', { hasText: 'hubspot-calls.csv' });
    await expect.poll(() => calls.textContent()).toContain('detected: HubSpot');
    expect(await calls.getByLabel('Contact or lead id').inputValue()).toBe('0:Associated Contact IDs');
    // A calls view has no type column: every row is a call.
    expect(await calls.getByLabel('Every row is a').inputValue()).toBe('call');
    await page.locator('#import-activities').scrollIntoViewIfNeeded();
    await app.screenshot('import-activities-en');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const report = page.locator('.import-activities-report', { hasText: 'hubspot-emails.csv' });
    await expect
      .poll(() => report.textContent(), { timeout: 30_000 })
      .toContain('6 activities read, 6 linked');
    expect(await report.textContent()).toContain('Automated emails (not touches): 3');
    expect(await report.textContent()).toContain('From the lead, inbound (not touches): 1');
    const callsReport = page.locator('.import-activities-report', { hasText: 'hubspot-calls.csv' });
    expect(await callsReport.textContent()).toContain('1 contact id matched no record');
    expect(await callsReport.textContent()).toContain('“Gatekeeper”: 1');
    await callsReport.scrollIntoViewIfNeeded();
    await app.screenshot('import-activities-report-en');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('explains a file that is not a CSV, and asks about day/month order in Spanish', async () => {
    const app = await launchApp({ locale: 'es-ES' });
    const { page } = app;
    await page.getByRole('button', { name: 'Nuevo acuerdo en blanco' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Cumplimiento' }).click();

    app.dialogs.answerOpen([resolve(FIXTURES, 'deals.xlsx')]);
    await page.getByRole('button', { name: 'Elegir archivos…' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('«deals.xlsx» es un archivo comprimido, pero no un libro de Excel');
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
    await openReport(page);
    expect(await page.locator('.import-done').textContent()).toContain('3 registros importados de 3 filas.');
    expect(await page.locator('.import-report').textContent()).toContain('mql_date: Día/mes/año');
    await page.locator('.import-report').scrollIntoViewIfNeeded();
    await app.screenshot('import-ambiguous-es');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('shows progress with rows and rows/s, and Cancel leaves the workbook unchanged', async () => {
    const app = await launchApp();
    const { page } = app;
    const big = join(app.tmp, 'hubspot-crm-exports-all-contacts-2026-02-10.csv');
    await writeBigExport(big, 1_500_000);
    await page.getByRole('button', { name: 'New blank workbook' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Compliance' }).click();
    app.dialogs.answerOpen([big]);
    await page.getByRole('button', { name: 'Choose files…' }).click();
    await expect.poll(() => page.getByLabel('Preset').inputValue()).toBe('hubspot');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const status = page.locator('.import-progress [role=status]');
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toMatch(/Reading… [\d,]+ rows · [\d,]+ rows\/s/);
    await status.scrollIntoViewIfNeeded();
    await app.screenshot('import-progress');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('The import was cancelled. Nothing was changed.');
    expect(await page.locator('.import-report').count()).toBe(0);
    // No mapping was saved: the workbook is as it was.
    expect(await page.getByRole('option', { name: /Saved mapping/ }).count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  }, 120_000);
});
