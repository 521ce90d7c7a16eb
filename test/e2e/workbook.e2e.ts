import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { closeBrowser, launchApp } from './harness';
import { memorySettings } from '../../src/main/adapters/memory-settings';
import type { Workbook } from '../../src/shared/workbook/schema';

afterAll(closeBrowser);

const SECTIONS = [
  'General',
  'Partes y funciones',
  'Buyer personas',
  'Etapas del ciclo de vida',
  'Puntuación de leads',
  'Compromisos',
  'Feedback y comunicación',
  'Manual de actuación',
  'Revisión y terminación',
  'Calendario laboral',
  'Firma y revisiones',
  'Lista de comprobación',
];

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: false }).first().click();
const stageOrder = (page: Page) =>
  page.locator('[data-testid^="stage-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
const clauseCard = (page: Page, id: string) => page.getByTestId(`clause-${id}`);
const text = (page: Page, testId: string) => page.getByTestId(testId).first().textContent();

describe('workbook editor (Spanish UI)', () => {
  it('edits, undoes, agrees, signs, lists changes since the signed revision, and keeps it all after reopening', async () => {
    const settings = memorySettings();
    const app = await launchApp({ locale: 'es-ES', settings });
    const { page } = app;
    await page.getByRole('button', { name: 'Empezar con el ejemplo B2B' }).click();
    await expect
      .poll(() => page.getByLabel('Título').inputValue())
      .toBe('Acuerdo de nivel de servicio entre Marketing y Ventas');

    // Every section opens (the docs' screenshots are taken by `npm run screenshots`).
    for (const name of SECTIONS) {
      await tab(page, name);
      await expect.poll(() => page.locator('#section-title').textContent()).toBe(name);
    }

    // The lead-scoring calculator: CFO + company size + demo request = 20 + 15 + 30 = 65 ≥ 60.
    await tab(page, 'Puntuación de leads');
    for (const label of [
      'Cargo con capacidad de decisión',
      'Empresa de 50 a 500 empleados',
      'Ha pedido una demo',
    ]) {
      await page.locator('.calculator label', { hasText: label }).click();
    }
    await expect.poll(() => text(page, 'score-result')).toContain('65 puntos (encaje 35, interacción 30)');
    expect(await text(page, 'score-result')).toContain('es un MQL');

    // Edit a clause's target, and a percentage typed the Spanish way.
    await tab(page, 'Compromisos');
    const volume = clauseCard(page, 'clause-mql-volume');
    await volume.getByLabel('Objetivo (registros por periodo)').fill('450');
    await volume.getByLabel('Objetivo (registros por periodo)').press('Tab');
    await expect
      .poll(() => volume.locator('.clause-summary').textContent())
      .toContain('≥ 450 que entran en MQL al mes');
    // The teams agreed to 400, not 450: the clause is proposed again, and the header counts it.
    expect(await volume.locator('.badge').first().textContent()).toBe('Propuesta');
    expect(await text(page, 'progress')).toContain('1 de 13 cláusulas acordadas');
    const touch = clauseCard(page, 'clause-first-touch');
    await touch.getByLabel('Porcentaje objetivo').fill('92,5 %');
    await touch.getByLabel('Porcentaje objetivo').press('Tab');
    await expect.poll(() => touch.locator('.clause-summary').textContent()).toContain('92,5');

    // Reorder two stages, undo, redo.
    await tab(page, 'Etapas del ciclo de vida');
    const original = [
      'stage-visit',
      'stage-lead',
      'stage-mql',
      'stage-sql',
      'stage-opportunity',
      'stage-customer',
    ];
    const swapped = [
      'stage-visit',
      'stage-lead',
      'stage-mql',
      'stage-sql',
      'stage-customer',
      'stage-opportunity',
    ];
    expect(await stageOrder(page)).toEqual(original);
    await page.getByRole('button', { name: 'Bajar: Oportunidad' }).click();
    await expect.poll(() => stageOrder(page)).toEqual(swapped);
    await page.keyboard.press('Control+z');
    await expect.poll(() => stageOrder(page)).toEqual(original);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => stageOrder(page)).toEqual(swapped);

    // Mark every clause agreed: the progress indicator follows.
    await tab(page, 'Compromisos');
    expect(await text(page, 'progress')).toContain('0 de 13 cláusulas acordadas');
    const cards = page.locator('[data-testid^="clause-"]');
    for (let i = 0; i < (await cards.count()); i++) {
      const agreed = cards.nth(i).getByRole('button', { name: 'Acordada', exact: true });
      if ((await agreed.getAttribute('aria-pressed')) !== 'true') await agreed.click();
    }
    await expect.poll(() => text(page, 'progress')).toContain('13 de 13 cláusulas acordadas');

    // Sign off revision 1 (signatories start as the teams' approvers).
    await tab(page, 'Firma y revisiones');
    expect(await page.getByLabel('Nombre 1').inputValue()).toBe('Lucía Ferrer');
    await page.getByRole('button', { name: 'Firmar la revisión 1' }).click();
    // Every clause is agreed, one buyer persona is not: signing asks first, naming it.
    const confirm = page.getByTestId('confirm-signoff');
    expect(await confirm.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^Buyer persona: .+ · (Propuesta|Borrador)$/),
    ]);
    await confirm.getByRole('button', { name: 'Firmar de todos modos' }).click();
    await expect.poll(() => text(page, 'revision-state')).toBe('Revisión 1 · firmada');
    expect(await text(page, 'changes')).toContain('No hay cambios desde la revisión 1');

    // Edit again: revision 2 is a draft and the change is listed against revision 1.
    await tab(page, 'Compromisos');
    await volume.getByLabel('Objetivo (registros por periodo)').fill('500');
    await volume.getByLabel('Objetivo (registros por periodo)').press('Tab');
    await tab(page, 'Firma y revisiones');
    await expect
      .poll(() => text(page, 'revision-state'))
      .toBe('Revisión 2 · borrador (cambios desde la revisión 1)');
    const changes = (await text(page, 'changes')) ?? '';
    expect(changes).toContain('Compromisos');
    expect(changes).toContain('Cambiado · Cláusula «Marketing entrega 400 MQL al mes»');
    expect(changes).toMatch(/Objetivo \(registros por periodo\): 450 → 500/);
    await app.screenshot('workbook-changes');

    // Save, close, reopen: everything is there (the clause edited to 500 is proposed again).
    const file = join(app.tmp, 'acuerdo.pacto');
    app.dialogs.answerSave(file);
    await page.keyboard.press('Control+s');
    await expect.poll(() => existsSync(file)).toBe(true);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Workbook;
    const savedVolume = saved.clauses.find((c) => c.id === 'clause-mql-volume');
    expect(savedVolume?.type === 'volume' && savedVolume.target).toBe(500);
    const savedTouch = saved.clauses.find((c) => c.id === 'clause-first-touch');
    expect(savedTouch?.type === 'responseTime' && savedTouch.targetShare).toBe(0.925);
    expect(saved.stages.map((s) => s.id)).toEqual(swapped.map((s) => s.replace('stage-', '')));
    expect(saved.signOff.revisions.map((r) => [r.number, r.signatories.length])).toEqual([[1, 4]]);
    expect(saved.signOff.currentRevision).toBe(2);
    expect(app.pageErrors).toEqual([]);
    await app.close();

    const again = await launchApp({ locale: 'es-ES', settings });
    again.dialogs.answerOpen([file]);
    await again.page.getByRole('button', { name: 'Abrir un acuerdo…' }).click();
    await expect.poll(() => text(again.page, 'progress')).toContain('12 de 13 cláusulas acordadas');
    await tab(again.page, 'Etapas del ciclo de vida');
    expect(await stageOrder(again.page)).toEqual(swapped);
    await tab(again.page, 'Compromisos');
    expect(
      await clauseCard(again.page, 'clause-mql-volume')
        .getByLabel('Objetivo (registros por periodo)')
        .inputValue(),
    ).toBe('500');
    // Intl puts a no-break space before the percent sign.
    const share = await clauseCard(again.page, 'clause-first-touch')
      .getByLabel('Porcentaje objetivo')
      .inputValue();
    expect(share.replace(/\s/g, ' ')).toBe('92,5 %');
    await tab(again.page, 'Firma y revisiones');
    expect(await text(again.page, 'revision-state')).toBe(
      'Revisión 2 · borrador (cambios desde la revisión 1)',
    );
    expect(await text(again.page, 'changes')).toMatch(/450 → 500/);
    expect(again.pageErrors).toEqual([]);
    await again.close();
  });

  it('a target edit rewrites the sentence, sends the clause back to proposed, and flags a title still quoting the old number', async () => {
    const app = await launchApp({ locale: 'es-ES' });
    const { page } = app;
    await page.getByRole('button', { name: 'Empezar con el ejemplo B2B' }).click();
    await tab(page, 'Compromisos');
    const volume = clauseCard(page, 'clause-mql-volume');
    const title = volume.getByLabel('Título', { exact: true });
    expect(await title.inputValue()).toBe('Marketing entrega 400 MQL al mes');
    expect(await volume.locator('.badge').first().textContent()).toBe('Acordada');
    expect(await volume.locator('.issue').count()).toBe(0);
    expect(await text(page, 'progress')).toContain('0 avisos');

    await volume.getByLabel('Objetivo (registros por periodo)').fill('450');
    await volume.getByLabel('Objetivo (registros por periodo)').press('Tab');
    await expect.poll(() => volume.locator('.clause-summary').textContent()).toContain('≥ 450');
    expect(await volume.locator('.badge').first().textContent()).toBe('Propuesta');
    // The title is the teams' wording and stays as written, but not silently: it is flagged beside the
    // field and counted in the header.
    expect(await title.inputValue()).toBe('Marketing entrega 400 MQL al mes');
    expect(await volume.locator('.issue').allTextContents()).toEqual([
      '○ El título de «Marketing entrega 400 MQL al mes» dice 400, pero sus términos ya no: actualiza el título para que coincida.',
    ]);
    expect(await text(page, 'progress')).toContain('1 aviso');

    // Brought up to date, the warning goes; the clause stays proposed until the teams agree again.
    await title.fill('Marketing entrega 450 MQL al mes');
    await expect.poll(() => volume.locator('.issue').count()).toBe(0);
    expect(await text(page, 'progress')).toContain('0 avisos');
    expect(await volume.locator('.badge').first().textContent()).toBe('Propuesta');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('signing with clauses not agreed asks first, listing them, and the checklist does not say complete', async () => {
    const app = await launchApp({ locale: 'es-ES' });
    const { page } = app;
    await page.getByRole('button', { name: 'Empezar con el ejemplo B2B' }).click();
    expect(await text(page, 'progress')).toContain('2 de 13 cláusulas acordadas');

    // The checklist has no errors, yet it lists what is still to agree, disputed first.
    await tab(page, 'Lista de comprobación');
    expect(await page.locator('.workbook-section').textContent()).toContain(
      'el acuerdo no está completo: faltan 12 elementos por acordar',
    );
    expect(await page.locator('.ok-note').count()).toBe(0);
    const pending = await page.getByTestId('checklist-pending').locator('li').allTextContents();
    expect(pending).toHaveLength(12);
    expect(pending[0]).toMatch(/^⚠ Cláusula: .+ · En disputa/);
    expect(pending.filter((p) => p.includes('Cláusula:'))).toHaveLength(11);

    // One click does not sign: the confirmation lists the same items, Cancel has the focus.
    await tab(page, 'Firma y revisiones');
    await page.getByRole('button', { name: 'Firmar la revisión 1' }).click();
    const confirm = page.getByTestId('confirm-signoff');
    expect(await confirm.getByRole('heading').textContent()).toBe(
      '¿Firmar la revisión 1 con elementos sin acordar?',
    );
    const listed = await confirm.locator('li').allTextContents();
    expect(listed).toHaveLength(12);
    expect(listed[0]).toMatch(/^Cláusula: .+ · En disputa$/);
    expect(listed.filter((l) => /· (Propuesta|Borrador)$/.test(l))).toHaveLength(11);
    await app.screenshot('workbook-signoff-confirm');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Cancelar');
    await page.keyboard.press('Enter');
    await expect.poll(() => confirm.count()).toBe(0);
    expect(await text(page, 'revision-state')).toBe('Revisión 1 · sin firmar');

    // Confirmed: signed as it stands.
    await page.getByRole('button', { name: 'Firmar la revisión 1' }).click();
    await confirm.getByRole('button', { name: 'Firmar de todos modos' }).click();
    await expect.poll(() => text(page, 'revision-state')).toBe('Revisión 1 · firmada');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('validation never blocks: a removed stage is flagged inline and in the checklist, and the file still saves', async () => {
    const app = await launchApp({ locale: 'es-ES' });
    const { page } = app;
    await page.getByRole('button', { name: 'Empezar con el ejemplo B2B' }).click();
    await tab(page, 'Etapas del ciclo de vida');
    await page.getByRole('button', { name: 'Eliminar: SQL' }).click();
    // SQL is measured by five clauses: acceptance, acceptance rate, MQL→SQL conversion, recycling and
    // velocity.
    await tab(page, 'Lista de comprobación');
    await expect
      .poll(() =>
        page
          .getByTestId('checklist-error')
          .locator('li', { hasText: 'mide una etapa que se ha eliminado' })
          .count(),
      )
      .toBe(5);
    await app.screenshot('workbook-checklist');
    await page.getByTestId('checklist-error').getByRole('button').first().click();
    expect(await page.locator('#section-title').textContent()).toBe('Compromisos');
    expect(
      await page.getByTestId('clause-clause-recycling').locator('.issue.error').first().textContent(),
    ).toContain('Devolver a marketing los SQL parados 30 días');
    const file = join(app.tmp, 'incompleto.pacto');
    app.dialogs.answerSave(file);
    await page.keyboard.press('Control+s');
    await expect.poll(() => existsSync(file)).toBe(true);
    expect((JSON.parse(readFileSync(file, 'utf8')) as Workbook).stages).toHaveLength(5);
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page, 'progress')).toContain('0 avisos');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
