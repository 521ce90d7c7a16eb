// Renders assets/icon.svg to the PNG sizes electron-builder derives every platform's icons from.
// Run: node --import tsx scripts/render-icons.ts  (needs a Chromium; see src/main/platform/chromium.ts)
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from '../src/main/platform/chromium';

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found (set CHROME_PATH).');
const browser = await chromium.launch({
  executablePath,
  args: CHROMIUM_ARGS.filter((a) => a !== '--headless'),
});
const svg = readFileSync('assets/icon.svg', 'utf8');
for (const size of [1024, 512, 256]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>body{margin:0}svg{width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({
    path: size === 1024 ? 'assets/icon.png' : `assets/icon-${size}.png`,
    omitBackground: true,
  });
  await page.close();
}
await browser.close();
