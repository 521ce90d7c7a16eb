#!/usr/bin/env node
// The `pacto` command. The CLI is compiled with the app (`npm run build`, run by `npm install`).
import { existsSync } from 'node:fs';

const built = new URL('../out/cli/pacto.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write(
    'pacto: the command line is not built yet. Run `npm run build` in the Pacto folder.\n',
  );
  process.exit(2);
}
await import(built.href);
