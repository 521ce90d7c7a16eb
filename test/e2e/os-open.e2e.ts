/**
 * A workbook opened from the OS (double-click, a second Pacto) while the window runs. The harness binds
 * the real handlers; the OS event is simulated by calling the same function the Electron layer calls on
 * `open-file` / `second-instance` (`offerOsOpen`), which pushes `file:osOpen` to the page.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeBrowser, launchApp, type App } from './harness';
import { offerOsOpen } from '../../src/main/handlers/os-open';
import { serializeWorkbook } from '../../src/shared/workbook/document';
import { createFromTemplate } from '../../src/shared/workbook/templates';
import type { Language } from '../../src/shared/workbook/schema';

afterAll(closeBrowser);

const NOW = new Date('2026-05-04T12:00:00Z');

function workbookOnDisk(app: App, name: string, title: string, lang: Language): string {
  const doc = createFromTemplate('b2b', lang, NOW);
  doc.meta.title = title;
  const path = join(app.tmp, name);
  writeFileSync(path, serializeWorkbook(doc));
  return path;
}

const osOpens = (app: App, path: string) => offerOsOpen(path, { session: app.session, emit: app.emit });

describe('a workbook opened from the OS', () => {
  it('asks before unsaved edits are lost: Cancel keeps them, "Discard changes and open" opens the file', async () => {
    const app = await launchApp({ now: () => NOW });
    const { page } = app;
    await page.getByRole('button', { name: 'New blank workbook' }).click();
    await page.getByLabel('Title').pressSequentially('Q1 agreement');
    const acme = workbookOnDisk(app, 'acme-2026.pacto', 'Acme SLA 2026', 'en');

    await osOpens(app, acme);
    const dialog = page.getByRole('alertdialog');
    await expect
      .poll(() => dialog.textContent())
      .toContain(
        '“acme-2026.pacto” was opened from your computer. The open workbook has changes that are not saved: opening it loses them.',
      );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.getByLabel('Title').inputValue()).toBe('Q1 agreement');
    expect(app.session.path).toBeNull(); // main did not switch files behind the user's back
    expect(app.session.osOpenPath).toBeNull();
    expect(await page.title()).toMatch(/^• /); // still unsaved

    await osOpens(app, acme);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Discard changes and open' }).click();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Acme SLA 2026');
    expect(app.session.path).toBe(acme);
    expect(await page.title()).toBe('acme-2026.pacto — Pacto');

    // With nothing unsaved, the file simply opens.
    const globex = workbookOnDisk(app, 'globex.pacto', 'Globex SLA', 'en');
    await osOpens(app, globex);
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Globex SLA');
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(app.session.path).toBe(globex);

    // A broken file is refused in words and the open workbook stays.
    const broken = join(app.tmp, 'broken.pacto');
    writeFileSync(broken, '{"kind": "pacto.workbook", "schemaVersion": 2, "meta": ');
    await osOpens(app, broken);
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain('broken.pacto');
    expect(await page.getByLabel('Title').inputValue()).toBe('Globex SLA');
    expect(app.session.path).toBe(globex);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('asks in Spanish', async () => {
    const app = await launchApp({ locale: 'es-ES', now: () => NOW });
    const { page } = app;
    await page.getByRole('button', { name: 'Empezar con el ejemplo B2B' }).click();
    await page.getByLabel('Título').fill('Acuerdo 2026 (borrador)');
    const path = workbookOnDisk(app, 'acuerdo-firmado.pacto', 'Acuerdo firmado', 'es');

    await osOpens(app, path);
    const dialog = page.getByRole('alertdialog');
    await expect
      .poll(() => dialog.textContent())
      .toContain(
        'Se ha pedido abrir «acuerdo-firmado.pacto» desde el equipo. El acuerdo abierto tiene cambios sin guardar: si lo abres, se perderán.',
      );
    await dialog.getByRole('button', { name: 'Descartar cambios y abrir' }).click();
    await expect.poll(() => page.getByLabel('Título').inputValue()).toBe('Acuerdo firmado');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
