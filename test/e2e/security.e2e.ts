/**
 * The renderer in a browser: walking every screen makes no network request (everything but the app's
 * own files is blocked and recorded by the harness), and user text carrying HTML or script is shown
 * as text — no element is created from it, no script runs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeBrowser, launchApp } from './harness';
import { createFromTemplate } from '../../src/shared/workbook/templates';
import { serializeWorkbook } from '../../src/shared/workbook/document';
import { createI18n } from '../../src/shared/i18n';

afterAll(closeBrowser);

const XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const FORMULA = '=HYPERLINK("http://evil.example","click")';

describe('security in the browser', () => {
  it('walks every screen without a single request leaving the app, and shows hostile text as text', async () => {
    const app = await launchApp({ locale: 'en-US' });
    const { page } = app;

    // A workbook from disk whose texts carry HTML, script and a formula, as a colleague might send.
    const doc = createFromTemplate('b2b', 'en', new Date('2026-01-05T09:00:00Z'));
    doc.meta.title = `Acme ${XSS}`;
    doc.personas[0]!.name = XSS;
    doc.clauses[0]!.title = FORMULA;
    doc.notes = `${XSS}\n${FORMULA}`;
    const file = join(app.tmp, 'hostile.pacto');
    writeFileSync(file, serializeWorkbook(doc));
    app.dialogs.answerOpen([file]);
    await page.getByRole('button', { name: 'Open a workbook…' }).click();
    await expect.poll(() => page.getByTestId('file-name').textContent()).toContain('hostile.pacto');

    const t = createI18n('en').t;
    // Every screen in the navigation, however many features have been added since this was written.
    const screens = await page.locator('nav.sidebar ul button').allTextContents();
    expect(screens.length).toBeGreaterThanOrEqual(4); // workbook, scenarios, compliance (with import), export
    const shown: string[] = [];
    for (const [i, label] of screens.entries()) {
      await page.locator('nav.sidebar ul button').nth(i).click();
      await expect.poll(() => page.locator('nav [aria-current="page"]').textContent()).toBe(label);
      await page.waitForLoadState('networkidle');
      await page.locator('main.content h1, main.content h2, main.content [role="tablist"]').first().waitFor();
      // Hostile text that a screen shows must be a text node, never markup.
      if ((await page.getByText(XSS, { exact: false }).count()) > 0) shown.push(label);
      expect(await page.locator('img[src="x"]').count(), label).toBe(0);
      await app.screenshot(`security-${i}`);
    }
    // The workbook screen's sections too (personas and commitments show the hostile names).
    await page.locator('nav.sidebar ul button').first().click();
    const tabs = page.getByRole('tab');
    await tabs.first().waitFor();
    for (let i = 0; i < (await tabs.count()); i++) {
      await tabs.nth(i).click();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
    }
    await page.getByRole('button', { name: t('nav.settings') }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');

    expect(app.pageErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    expect(shown.length, 'no screen showed the hostile text at all').toBeGreaterThan(0);
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script:not([src])').count()).toBe(0);
    await app.close();
  });
});
