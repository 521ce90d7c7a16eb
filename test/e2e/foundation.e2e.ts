import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeBrowser, launchApp } from './harness';
import { memorySettings } from '../../src/main/adapters/memory-settings';

afterAll(closeBrowser);

describe('foundation: create, save, reopen, switch language', () => {
  it('saves a typed value to disk and shows it again after reopening, then speaks Spanish', async () => {
    const settings = memorySettings();
    const app = await launchApp({ settings });
    const { page } = app;

    await page.getByRole('button', { name: 'New blank workbook' }).click();
    const title = page.getByLabel('Title');
    await title.fill('Acme SLA 2027');
    await expect.poll(() => page.title()).toContain('•');

    const file = join(app.tmp, 'acme.pacto');
    app.dialogs.answerSave(file);
    await page.keyboard.press('Control+s');
    await expect.poll(() => existsSync(file)).toBe(true);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { meta: { title: string }; kind: string };
    expect(saved.kind).toBe('pacto.workbook');
    expect(saved.meta.title).toBe('Acme SLA 2027');
    await expect.poll(() => page.getByTestId('file-name').textContent()).toBe('acme.pacto');
    await app.close();

    // A fresh window (same settings: the recent list) opens it back.
    const again = await launchApp({ settings });
    await again.page.getByRole('button', { name: 'acme.pacto' }).click();
    await expect.poll(() => again.page.getByLabel('Title').inputValue()).toBe('Acme SLA 2027');

    // Switch to Spanish in settings: the interface follows at once, and the choice is remembered.
    await again.page.getByRole('button', { name: 'Settings' }).click();
    await again.page.locator('label', { hasText: 'Español' }).click();
    await again.page.getByRole('dialog').getByRole('button', { name: 'Cerrar' }).click();
    await expect.poll(() => again.page.getByRole('navigation').textContent()).toContain('Escenarios');
    expect(await again.page.getByLabel('Título').inputValue()).toBe('Acme SLA 2027');
    expect(settings.get().language).toBe('es');
    await again.screenshot('foundation-es');

    expect(again.blockedRequests).toEqual([]);
    expect(again.pageErrors).toEqual([]);
    await again.close();
  });

  it('undoes typing as one step, and asks before New discards unsaved changes', async () => {
    const app = await launchApp();
    const { page } = app;
    await page.getByRole('button', { name: 'New blank workbook' }).click();
    const title = page.getByLabel('Title');
    await title.pressSequentially('Q1 agreement');
    await page.keyboard.press('Control+z');
    await expect.poll(() => title.inputValue()).toBe('');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => title.inputValue()).toBe('Q1 agreement');

    await page.keyboard.press('Control+n');
    await page.getByRole('button', { name: 'New blank workbook' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.textContent()).toContain('Discard unsaved changes?');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Workbook', exact: true }).click();
    expect(await page.getByLabel('Title').inputValue()).toBe('Q1 agreement');

    await page.keyboard.press('Control+n');
    await page.getByRole('button', { name: 'New blank workbook' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Discard changes' }).click();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('follows the OS language on first start', async () => {
    const app = await launchApp({ locale: 'es-ES' });
    await expect
      .poll(() => app.page.getByRole('heading', { level: 1 }).textContent())
      .toContain('acuerdo entre ventas y marketing');
    await app.screenshot('start-es');
    await app.close();
  });

  it('refuses a corrupt workbook with a message and leaves the file untouched', async () => {
    const app = await launchApp();
    const bad = join(app.tmp, 'broken.pacto');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bad, '{"kind": "pacto.workbook", "schemaVersion": 2, "meta": ');
    app.dialogs.answerOpen([bad]);
    await app.page.getByRole('button', { name: 'Open a workbook…' }).click();
    await expect.poll(() => app.page.getByTestId('notice').textContent()).toContain('broken.pacto');
    expect(readFileSync(bad, 'utf8')).toBe('{"kind": "pacto.workbook", "schemaVersion": 2, "meta": ');
    await app.close();
  });
});
