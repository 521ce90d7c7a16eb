/**
 * The app's screens as the docs show them and as the visual baselines hold them: each entry starts a fresh
 * app at 1366×768, or at 1920×1080 for a `-1920` screen (clock frozen, fixed time zone, the bundled font),
 * and brings one screen into view. The same
 * list feeds `visual.e2e.ts` (compare with test/e2e/baselines/) and `npm run screenshots` (docs/screenshots/).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { launchApp, VIEWPORT, type App } from './harness';
import { OLIST_DEALS, OLIST_LEADS } from '../fixtures/olist/paths';
import { main } from '../../src/main/cli/index';
import { createI18n } from '../../src/shared/i18n';
import { serializeWorkbook } from '../../src/shared/workbook/document';
import { createFromTemplate } from '../../src/shared/workbook/templates';
import type { Language } from '../../src/shared/workbook/schema';

/** A Tuesday morning in Madrid: the "now" of every screenshot. */
export const FIXED_TIME = new Date('2026-04-14T08:30:00Z');
export const TIME_ZONE = 'Europe/Madrid';

export interface Screen {
  /** The file name, without .png, in docs/screenshots/ and test/e2e/baselines/. */
  name: string;
  lang: Language;
  /** Compared with a committed baseline on every test run: a few key screens, to keep baselines few. */
  baseline?: boolean;
  /** The window; 1366×768 by default. */
  viewport?: { width: number; height: number };
  presentation?: boolean;
  show(app: App, t: TFunction): Promise<void>;
}

const locale = (lang: Language) => (lang === 'es' ? 'es-ES' : 'en-US');

export const WIDE = { width: 1920, height: 1080 };

export async function launchScreen(lang: Language, viewport = VIEWPORT): Promise<{ app: App; t: TFunction }> {
  const app = await launchApp({ locale: locale(lang), fixedTime: FIXED_TIME, timeZone: TIME_ZONE, viewport });
  return { app, t: createI18n(lang).t };
}

const nav = (app: App, t: TFunction, route: string) =>
  app.page
    .getByRole('navigation')
    .getByRole('button', { name: t(`nav.${route}`), exact: true })
    .click();

async function example(app: App, t: TFunction): Promise<void> {
  await app.page.getByRole('button', { name: t('welcome.newTemplate') }).click();
  await app.page.locator('.workbook').waitFor();
}

async function section(app: App, t: TFunction, id: string): Promise<void> {
  await example(app, t);
  await app.page.getByRole('tab', { name: t(`workbook:sections.${id}`) }).click();
  await app.page.locator(`.workbook-section[data-section="${id}"]`).waitFor();
}

/**
 * The example agreement measured against the Olist funnel by `pacto measure --save` (as a RevOps lead would
 * script it), with the plan of record in 2018 so plan and data meet; opened in the app.
 */
const measured = new Map<Language, Promise<string>>();
const olistWorkbook = (lang: Language): Promise<string> => {
  if (!measured.has(lang)) measured.set(lang, measureOlist(lang));
  return measured.get(lang)!;
};

async function measureOlist(lang: Language): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'pacto-screens-'));
  const file = join(dir, `sla-olist-${lang}.pacto`);
  const doc = createFromTemplate('b2b', lang, FIXED_TIME);
  const items = doc.scenarios.items.map((s) =>
    s.id === doc.scenarios.planOfRecordId ? { ...s, fiscalYear: 2018 } : s,
  );
  writeFileSync(file, serializeWorkbook({ ...doc, scenarios: { ...doc.scenarios, items } }));
  const quiet = { stdout: () => undefined, stderr: () => undefined, cwd: dir, env: {} };
  const code = await main(
    [
      'measure',
      ...['-w', file, '--preset', 'olist', '--time-zone', 'America/Sao_Paulo', '--save'],
      ...['-s', OLIST_LEADS],
      ...['-s', OLIST_DEALS],
    ],
    quiet,
  );
  if (code !== 0) throw new Error(`pacto measure exited ${code}`);
  return file;
}

async function compliance(app: App, t: TFunction, lang: Language): Promise<void> {
  app.dialogs.answerOpen([await olistWorkbook(lang)]);
  await app.page.getByRole('button', { name: t('welcome.open') }).click();
  await app.page.locator('.workbook').waitFor();
  await nav(app, t, 'compliance');
  await app.page.locator('.compliance-screen').waitFor();
}

const SECTIONS = [
  'general',
  'parties',
  'personas',
  'stages',
  'scoring',
  'clauses',
  'feedback',
  'playbook',
  'review',
  'calendar',
  'signoff',
  'checklist',
] as const;
const BASELINE_SECTIONS = new Set<string>(['clauses', 'scoring', 'signoff']);

export const SCREENS: Screen[] = [
  { name: 'start', lang: 'es', baseline: true, show: async () => undefined },
  ...SECTIONS.map((id): Screen => ({
    name: `workbook-${id}`,
    lang: 'es',
    baseline: BASELINE_SECTIONS.has(id),
    show: (app, t) => section(app, t, id),
  })),
  {
    name: 'workbook-clauses-en',
    lang: 'en',
    baseline: true,
    show: (app, t) => section(app, t, 'clauses'),
  },
  ...(['clauses', 'personas', 'scoring', 'feedback'] as const).map((id): Screen => ({
    name: `workbook-${id}-1920`,
    lang: 'es',
    viewport: WIDE,
    show: (app, t) => section(app, t, id),
  })),
  {
    name: 'workbook-clauses-en-1920',
    lang: 'en',
    viewport: WIDE,
    show: (app, t) => section(app, t, 'clauses'),
  },
  {
    name: 'workbook-presentation',
    lang: 'es',
    presentation: true,
    show: async (app, t) => {
      await section(app, t, 'clauses');
      await app.page.keyboard.press('F5');
      await app.page.locator('.app.presentation').waitFor();
    },
  },
  ...(['es', 'en'] as const).flatMap((lang) =>
    [VIEWPORT, WIDE].map((viewport): Screen => ({
      name: `scenarios${lang === 'en' ? '-en' : ''}${viewport === WIDE ? '-1920' : ''}`,
      lang,
      baseline: viewport === VIEWPORT,
      viewport,
      show: async (app, t) => {
        await example(app, t);
        await nav(app, t, 'scenarios');
        await app.page.locator('canvas').first().waitFor();
      },
    })),
  ),
  {
    name: 'import-preview-en',
    lang: 'en',
    baseline: true,
    show: async (app, t) => {
      await example(app, t);
      await nav(app, t, 'compliance');
      app.dialogs.answerOpen([OLIST_LEADS, OLIST_DEALS]);
      await app.page.getByRole('button', { name: t('import:files.choose') }).click();
      await app.page.locator('.import-preview').first().waitFor();
    },
  },
  { name: 'compliance', lang: 'es', baseline: true, show: (app, t) => compliance(app, t, 'es') },
  { name: 'compliance-en', lang: 'en', baseline: true, show: (app, t) => compliance(app, t, 'en') },
  { name: 'compliance-1920', lang: 'es', viewport: WIDE, show: (app, t) => compliance(app, t, 'es') },
  { name: 'compliance-en-1920', lang: 'en', viewport: WIDE, show: (app, t) => compliance(app, t, 'en') },
  {
    name: 'compliance-trend',
    lang: 'es',
    show: async (app, t) => {
      await compliance(app, t, 'es');
      await app.page.locator('.trend').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'compliance-breaches',
    lang: 'es',
    show: async (app, t) => {
      await compliance(app, t, 'es');
      await app.page.locator('.breaches').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'compliance-presentation',
    lang: 'es',
    presentation: true,
    show: async (app, t) => {
      await compliance(app, t, 'es');
      await app.page.keyboard.press('F5');
      await app.page.locator('.app.presentation').waitFor();
    },
  },
  {
    name: 'export',
    lang: 'es',
    baseline: true,
    show: async (app, t) => {
      await example(app, t);
      await nav(app, t, 'export');
      await app.page.locator('.export-sheet').waitFor();
    },
  },
];
