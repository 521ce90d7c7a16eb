/**
 * `npm run screenshots` (docs/screenshots/, for the README and docs/SCREENS.md) and `npm run test:baselines`
 * (test/e2e/baselines/, after an intended change of the UI): both render the screens listed in
 * test/e2e/screens.ts from the built app, as the visual test does. Run after `npm run build`.
 */
import { startVitest } from 'vitest/node';

const mode = process.argv[2];
if (mode !== 'docs' && mode !== 'baselines') {
  console.error('usage: node --import tsx scripts/screens.ts <docs|baselines>');
  process.exit(2);
}
process.env.PACTO_SCREENS = mode;
const vitest = await startVitest('test', ['test/e2e/visual.e2e.ts'], {
  config: 'vitest.e2e.config.ts',
  run: true,
});
await vitest.close();
process.exit(vitest.state.getCountOfFailedTests() > 0 ? 1 : 0);
