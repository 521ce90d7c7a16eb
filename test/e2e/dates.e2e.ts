import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { closeBrowser, launchApp, type App } from './harness';
import type { Workbook } from '../../src/shared/workbook/schema';

afterAll(closeBrowser);

/** A Tuesday morning in Madrid: the example's dates (its review date) do not depend on today. */
const NOW = new Date('2026-03-10T09:30:00Z');

/** A react-aria date or time field: the group of segments named by its label. */
const field = (page: Page, label: string) => page.getByRole('group', { name: label, exact: true });
/** What the field shows, without the bidi marks Intl puts around its parts. */
const shown = async (f: Locator) =>
  ((await f.locator('.date-segments').textContent()) ?? '').replace(/[\u2066-\u2069\u200e\u200f]/g, '');
/** Types into the field from its first segment, as a keyboard user would (segments advance by themselves). */
async function typeInto(page: Page, f: Locator, keys: string): Promise<void> {
  await f.getByRole('spinbutton').first().click();
  await page.keyboard.type(keys);
}

async function saved(app: App, name: string): Promise<Workbook> {
  const file = join(app.tmp, name);
  app.dialogs.answerSave(file);
  await app.page.keyboard.press('Control+s');
  await expect.poll(() => existsSync(file)).toBe(true);
  return JSON.parse(readFileSync(file, 'utf8')) as Workbook;
}

describe('date and time fields follow the app’s language', () => {
  it('Spanish: dd/mm/aaaa and 24-hour times, typed by keyboard and stored as ISO', async () => {
    const app = await launchApp({ locale: 'es-ES', fixedTime: NOW, timeZone: 'America/New_York' });
    const { page } = app;
    await page.getByRole('button', { name: 'Empezar con el ejemplo B2B' }).click();
    await page.getByRole('tab', { name: 'Calendario laboral' }).click();

    const holiday = field(page, 'Fecha del festivo');
    expect(await shown(holiday)).toBe('dd/mm/aaaa');
    // The working day of the example, 09:00–18:00, with no AM/PM, whatever the machine's clock says.
    expect(await shown(field(page, 'Inicio de la jornada'))).toBe('09:00');
    expect(await shown(field(page, 'Fin de la jornada'))).toBe('18:00');

    // Day first: 15/03/2027 is 15 March.
    await typeInto(page, holiday, '15032027');
    expect(await shown(holiday)).toBe('15/03/2027');
    await page.getByRole('button', { name: 'Añadir festivo' }).click();
    await expect.poll(() => page.locator('.holiday-list time[datetime="2027-03-15"]').count()).toBe(1);
    expect(await shown(holiday)).toBe('dd/mm/aaaa');

    // An afternoon hour typed as on a 24-hour clock.
    const end = field(page, 'Fin de la jornada');
    await typeInto(page, end, '1730');
    expect(await shown(end)).toBe('17:30');

    await page.getByRole('tab', { name: 'Revisión y terminación' }).click();
    const review = field(page, 'Próxima fecha de revisión');
    expect(await shown(review)).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    await typeInto(page, review, '01022027');
    expect(await shown(review)).toBe('01/02/2027');

    const doc = await saved(app, 'fechas.pacto');
    expect(doc.calendar.holidays).toContain('2027-03-15');
    expect(doc.calendar.end).toBe('17:30');
    expect(doc.review.reviewDate).toBe('2027-02-01');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('English: mm/dd/yyyy, and a date picked from the calendar by keyboard', async () => {
    const app = await launchApp({ fixedTime: NOW });
    const { page } = app;
    await page.getByRole('button', { name: 'Start from the B2B example' }).click();
    await page.getByRole('tab', { name: 'Business calendar' }).click();

    const holiday = field(page, 'Holiday date');
    expect(await shown(holiday)).toBe('mm/dd/yyyy');
    expect(await shown(field(page, 'Working day starts'))).toBe('09:00');
    // Month first: 03/15/2027 is 15 March.
    await typeInto(page, holiday, '03152027');
    expect(await shown(holiday)).toBe('03/15/2027');
    await page.getByRole('button', { name: 'Add holiday' }).click();
    await expect.poll(() => page.locator('.holiday-list time[datetime="2027-03-15"]').count()).toBe(1);

    // The calendar button opens a month grid; arrows move the day, Enter picks it.
    await page.getByRole('tab', { name: 'Sign-off and revisions' }).click();
    const effective = field(page, 'In force from (empty: the day it is signed)');
    await typeInto(page, effective, '04012027');
    await effective.getByRole('button').click();
    const grid = page.getByRole('dialog').getByRole('grid');
    await expect.poll(() => grid.count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => shown(effective)).toBe('04/02/2027');

    const doc = await saved(app, 'dates.pacto');
    expect(doc.calendar.holidays).toContain('2027-03-15');
    expect(doc.signOff.effectiveDate).toBe('2027-04-02');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
