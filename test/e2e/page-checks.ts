/**
 * Checks run inside the page: accessibility (axe-core, the reference rules engine) and layout (what is on
 * screen overlaps nothing else). Both return plain data for the test to assert on.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string;
  targets: string[];
  summary: string;
}

/**
 * Serious and critical axe-core violations in `selector` (the whole document by default); with `all`,
 * violations of every impact (moderate and minor too: heading order, duplicate landmarks, empty headers).
 */
export async function axeViolations(
  page: Page,
  selector = 'body',
  { all = false } = {},
): Promise<AxeFinding[]> {
  // Evaluated through the debugging protocol, which the page's CSP (script-src 'self') does not govern.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  return page.evaluate(
    async ([sel, all]) => {
      interface Result {
        violations: {
          id: string;
          impact: string | null;
          nodes: { target: string[]; failureSummary?: string }[];
        }[];
      }
      const axe = (globalThis as unknown as { axe: { run(c: unknown, o: unknown): Promise<Result> } }).axe;
      const root = (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document;
      const result = await axe.run(root.querySelector(sel as string), { resultTypes: ['violations'] });
      return result.violations
        .filter((v) => all || v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({
          id: v.id,
          impact: v.impact ?? '',
          targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
          summary: v.nodes[0]?.failureSummary ?? '',
        }));
    },
    [selector, all] as const,
  );
}

export interface Overlap {
  a: string;
  b: string;
}

export interface LayoutReport {
  /** Pairs of visible things (lines of text, charts, fields, buttons) drawn over each other. */
  overlaps: Overlap[];
  /** Visible things that reach outside the window. */
  offscreen: string[];
  /** Scrollable areas whose content does not fit (a slide must fit its screen). */
  overflowing: string[];
}

/**
 * What is drawn inside `selector`: every line of text (its glyph boxes, from the text node's ranges),
 * every canvas, field and button. Two of them overlapping (beyond 2 × 4 px of anti-aliasing and line
 * spacing), one reaching outside the window, or a scroll area holding more than it shows, is a layout
 * fault. A control is not compared with the text inside it.
 */
export async function layoutReport(
  page: Page,
  selector: string,
  scrollers = '.slide-body',
): Promise<LayoutReport> {
  return page.evaluate(`(${LAYOUT_SCRIPT})(${JSON.stringify(selector)}, ${JSON.stringify(scrollers)})`);
}

/** Plain browser JavaScript (the Node typecheck has no DOM types), evaluated in the page. */
const LAYOUT_SCRIPT = String.raw`(selector, scrollers) => {
  const root = document.querySelector(selector);
  if (!root) return { overlaps: [], offscreen: [selector + ' missing'], overflowing: [] };
  const visible = (el) => {
    const s = getComputedStyle(el);
    return s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0;
  };
  const label = (el, text) =>
    el.tagName.toLowerCase() +
    (typeof el.className === 'string' && el.className ? '.' + el.className.split(' ')[0] : '') +
    (text && text.trim() ? ' "' + text.trim().slice(0, 30) + '"' : '');
  const clippedAway = (el) => {
    for (let e = el; e && e !== root; e = e.parentElement) {
      const s = getComputedStyle(e);
      if ((s.clip && s.clip !== 'auto') || (s.clipPath && s.clipPath !== 'none')) return true;
    }
    return false;
  };
  const things = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || !n.textContent.trim() || !visible(parent)) continue;
    // Text clipped away on purpose (for screen readers) and the options of a closed select are not drawn.
    if (parent.closest('option, select') || clippedAway(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) {
      if (r.width >= 1 && r.height >= 1) things.push({ name: label(parent, n.textContent), rect: r, el: parent, node: n });
    }
  }
  for (const el of root.querySelectorAll('canvas, input, select, textarea, button')) {
    const r = el.getBoundingClientRect();
    if (r.width >= 1 && r.height >= 1 && visible(el) && el.type !== 'hidden' && !clippedAway(el)) {
      things.push({ name: label(el, el.textContent), rect: r, el });
    }
  }
  const related = (x, y) =>
    x.el === y.el || x.el.contains(y.el) || y.el.contains(x.el) || (x.node && x.node === y.node);
  const overlaps = [];
  for (let i = 0; i < things.length; i++) {
    for (let j = i + 1; j < things.length; j++) {
      const x = things[i];
      const y = things[j];
      if (related(x, y)) continue;
      const w = Math.min(x.rect.right, y.rect.right) - Math.max(x.rect.left, y.rect.left);
      const h = Math.min(x.rect.bottom, y.rect.bottom) - Math.max(x.rect.top, y.rect.top);
      if (w > 2 && h > 4) overlaps.push({ a: x.name, b: y.name });
    }
  }
  const offscreen = things
    .filter((t) => t.rect.left < -1 || t.rect.top < -1 || t.rect.right > innerWidth + 1 || t.rect.bottom > innerHeight + 1)
    .map((t) => t.name);
  const overflowing = Array.from(root.querySelectorAll(scrollers))
    .filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
    .map((el) => label(el) + ' ' + el.scrollWidth + '×' + el.scrollHeight + ' in ' + el.clientWidth + '×' + el.clientHeight);
  return { overlaps: overlaps.slice(0, 10), offscreen: offscreen.slice(0, 10), overflowing };
}`;

/**
 * Form fields in `selector` whose text does not fit: an input or textarea scrolled (its content wider, or a
 * textarea taller, than its box), a select whose chosen option is wider than the select, or any text cut
 * with an ellipsis. Each is named with its label (or value) so a failure says which field to widen.
 */
export async function clippedFields(page: Page, selector = 'body'): Promise<string[]> {
  return page.evaluate(`(${CLIPPED_SCRIPT})(${JSON.stringify(selector)})`);
}

const CLIPPED_SCRIPT = String.raw`(selector) => {
  const root = document.querySelector(selector);
  if (!root) return [selector + ' missing'];
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const name = (el) => {
    const label = el.labels && el.labels[0] ? el.labels[0].textContent : el.getAttribute('aria-label');
    const what = (label || el.value || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return el.tagName.toLowerCase() + ' "' + what + '"';
  };
  const canvas = document.createElement('canvas').getContext('2d');
  const textWidth = (el, text) => {
    const s = getComputedStyle(el);
    canvas.font = s.fontStyle + ' ' + s.fontWeight + ' ' + s.fontSize + ' ' + s.fontFamily;
    return canvas.measureText(text).width;
  };
  const found = [];
  for (const el of root.querySelectorAll('input, textarea, select')) {
    if (!shown(el) || ['checkbox', 'radio', 'hidden', 'range', 'color', 'file'].includes(el.type)) continue;
    if (el.tagName === 'SELECT') {
      const option = el.options[el.selectedIndex];
      if (!option) continue;
      const s = getComputedStyle(el);
      const room = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      const need = textWidth(el, option.text);
      if (need > room + 1) found.push(name(el) + ' needs ' + Math.ceil(need) + ' px, has ' + Math.floor(room));
      continue;
    }
    const wide = el.scrollWidth > el.clientWidth + 1;
    const tall = el.tagName === 'TEXTAREA' && el.scrollHeight > el.clientHeight + 1;
    if (wide || tall) {
      found.push(name(el) + ' ' + el.scrollWidth + '×' + el.scrollHeight + ' in ' + el.clientWidth + '×' + el.clientHeight);
    }
  }
  for (const el of root.querySelectorAll('*')) {
    if (getComputedStyle(el).textOverflow !== 'ellipsis' || !shown(el)) continue;
    if (el.scrollWidth > el.clientWidth + 1) found.push(name(el) + ' cut with an ellipsis');
  }
  return found;
}`;
