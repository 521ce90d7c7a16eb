/**
 * Child process for the crash-safety test: saves ever newer revisions of a large workbook, and after
 * each an autosave of unsaved edits, exactly as the app does, until the parent SIGKILLs it. Each
 * completed step is reported on stdout (a pipe, written synchronously on POSIX), so the parent knows
 * the last revision that certainly reached the disk.
 *
 * Usage: node save-loop.child.ts <dir>, then `go <first revision>` on stdin. Waiting for `go` lets the
 * parent start the next child while the current one runs, so start-up time is not part of the test.
 */
import { once } from 'node:events';
import { join } from 'node:path';
import { nodeFiles } from '../../../src/main/adapters/node-files';
import { RecoveryStore, writeWorkbookFile } from '../../../src/main/services/workbook-files';
import { bigWorkbook, editedWorkbook, savedAt } from './big-workbook';

const dir = process.argv[2];
if (!dir) throw new Error('usage: save-loop.child.ts <dir>');
const target = join(dir, 'crash.pacto');
const recovery = new RecoveryStore(nodeFiles, dir);

process.stdout.write('ready\n');
const [go] = (await once(process.stdin, 'data')) as [Buffer];
const first = Number(/^go (\d+)/.exec(go.toString())?.[1]);
if (!Number.isInteger(first)) throw new Error(`expected "go <revision>", got ${go.toString()}`);
for (let rev = first; ; rev++) {
  await writeWorkbookFile(nodeFiles, target, bigWorkbook(rev), savedAt(rev));
  process.stdout.write(`saved ${rev}\n`);
  await recovery.save(editedWorkbook(rev), 'crash.pacto', savedAt(rev));
  process.stdout.write(`autosaved ${rev}\n`);
}
