import { main } from './index';

// Entry of the built CLI (out/cli/pacto.js), started by bin/pacto.js.
process.exitCode = await main(process.argv.slice(2));
