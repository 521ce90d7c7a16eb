/**
 * Crash safety against process death: a child process saves a large workbook (and autosaves unsaved
 * edits) in a loop, exactly as the app does, and is SIGKILLed at seeded random moments. After every
 * kill the workbook, its `.bak` and the recovery file must each hold one complete version.
 * A SIGKILL does not lose the page cache, so this proves atomicity against the process dying at any
 * instruction; surviving power loss rests on fsync + rename and is not testable here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildSync } from 'esbuild';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { nodeFiles } from '../../../src/main/adapters/node-files';
import { RecoveryStore } from '../../../src/main/services/workbook-files';
import { parseWorkbook, serializeWorkbook } from '../../../src/shared/workbook/document';
import { Workbook } from '../../../src/shared/workbook/schema';
import { createAppHandlers } from '../../../src/main/handlers/app';
import { createFileHandlers } from '../../../src/main/handlers/files';
import { newSession, type HandlerContext } from '../../../src/main/handlers/types';
import { bigWorkbook, editedWorkbook, savedAt } from './big-workbook';
import { testPorts } from './test-ports';

const KILLS = 200;
const LANES = 2;
const SEED = 20260504;
/** Kills land up to this many ms after the child's first save: about two save cycles. */
const MAX_DELAY_MS = 150;
/** Temp files a killed save leaves behind: hidden, named after the target, never mistaken for it. */
const STRAY_TEMP = /^\.(crash\.pacto|recovery\.pacto\.json)\.[0-9a-f]{12}\.tmp(\.bak)?$/;

let root: string;
let childScript: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pacto-crash-'));
  // Bundled once, so each of the 200 children starts in a fraction of what tsx would take.
  childScript = join(root, 'save-loop.mjs');
  buildSync({
    entryPoints: [join(import.meta.dirname, 'save-loop.child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: childScript,
    logLevel: 'warning',
  });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Child {
  proc: ChildProcess;
  lines: string[];
  ready: Promise<void>;
  firstSave: Promise<void>;
  closed: Promise<void>;
}

function startChild(dir: string): Child {
  const proc = spawn(process.execPath, [childScript, dir], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let stderr = '';
  let buffered = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  let markSaved: () => void = () => undefined;
  const firstSave = new Promise<void>((resolve) => (markSaved = resolve));
  proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop()!;
    for (const line of parts) {
      if (line === 'ready') markReady();
      else lines.push(line);
      if (line.startsWith('saved ')) markSaved();
    }
  });
  proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // 'close' fires after stdout is drained: every line the child wrote before dying has been read.
  const closed = once(proc, 'close').then(() => {
    if (proc.signalCode !== 'SIGKILL') throw new Error(`child ended on its own: ${stderr}`);
  });
  return { proc, lines, ready, firstSave, closed };
}

const lastAck = (lines: string[], what: 'saved' | 'autosaved'): number | null => {
  let last: number | null = null;
  for (const l of lines) {
    const m = new RegExp(`^${what} (\\d+)$`).exec(l);
    if (m) last = Number(m[1]);
  }
  return last;
};

/** Memoised: the same few revisions are checked again and again (file, backup, next kill). */
function memo(fn: (rev: number) => string): (rev: number) => string {
  const cache = new Map<number, string>();
  return (rev) => {
    let text = cache.get(rev);
    if (text === undefined) {
      text = fn(rev);
      if (cache.size > 8) cache.delete(cache.keys().next().value!);
      cache.set(rev, text);
    }
    return text;
  };
}

/** The exact bytes `writeWorkbookFile` produces for revision `rev` (it stamps updatedAt). */
const expectedFile = memo((rev) => {
  const doc = Workbook.parse(bigWorkbook(rev));
  return serializeWorkbook({ ...doc, meta: { ...doc.meta, updatedAt: savedAt(rev).toISOString() } });
});
const expectedEdit = memo((rev) => serializeWorkbook(Workbook.parse(editedWorkbook(rev))));

const revisionOf = (title: string): number => Number(/^Revisión (\d+)/.exec(title)?.[1] ?? NaN);

/** What one lane knows is on disk: the revision of the workbook and of the recovery file. */
interface DiskState {
  saved: number | null;
  autosaved: number | null;
}

/** Checks the folder after a kill against what the child acknowledged; returns the new state. */
async function verifyAfterKill(
  dir: string,
  child: Child,
  before: DiskState,
  stats: KillStats,
): Promise<DiskState> {
  const target = join(dir, 'crash.pacto');
  const acked = lastAck(child.lines, 'saved') ?? before.saved;
  const ackedAuto = lastAck(child.lines, 'autosaved') ?? before.autosaved;

  let saved: number | null = null;
  if (!existsSync(target)) {
    expect(acked, 'the file vanished after a completed save').toBeNull();
  } else {
    const text = readFileSync(target, 'utf8');
    const parsed = parseWorkbook(text, 'crash.pacto');
    expect(parsed.ok, `crash.pacto does not parse (${text.length} bytes)`).toBe(true);
    if (!parsed.ok) throw new Error('unreachable');
    saved = revisionOf(parsed.value.doc.meta.title);
    // The last acknowledged revision, or the one being written when the kill came; nothing else.
    expect([acked ?? -1, (acked ?? -1) + 1]).toContain(saved);
    if (saved === acked) stats.previous++;
    else stats.unacknowledgedNew++;
    expect(text === expectedFile(saved), `crash.pacto is not exactly revision ${saved}`).toBe(true);

    const bak = `${target}.bak`;
    if (saved > 0 || existsSync(bak)) {
      // The backup holds the version before the current one (or, mid-save, the current one itself).
      const bakText = readFileSync(bak, 'utf8');
      const bakParsed = parseWorkbook(bakText, 'crash.pacto.bak');
      expect(bakParsed.ok, 'crash.pacto.bak does not parse').toBe(true);
      if (!bakParsed.ok) throw new Error('unreachable');
      const bakRev = revisionOf(bakParsed.value.doc.meta.title);
      expect([saved - 1, saved]).toContain(bakRev);
      expect(bakText === expectedFile(bakRev), `.bak is not exactly revision ${bakRev}`).toBe(true);
    }
  }

  const recoveryFile = join(dir, 'recovery.pacto.json');
  let autosaved: number | null = null;
  if (existsSync(recoveryFile)) {
    const recovered = await new RecoveryStore(nodeFiles, dir).load();
    expect(recovered, 'the recovery file exists but cannot be loaded').not.toBeNull();
    autosaved = Number(/^Edición sin guardar (\d+)$/.exec(recovered!.doc.notes)?.[1]);
    // Autosave n follows save n: at least the last acknowledged one, at most the saved revision.
    expect(autosaved).toBeGreaterThanOrEqual(ackedAuto ?? 0);
    expect(autosaved).toBeLessThanOrEqual(saved ?? -1);
    expect(recovered!.savedAt).toBe(savedAt(autosaved).toISOString());
    expect(serializeWorkbook(recovered!.doc) === expectedEdit(autosaved), 'recovery is not exact').toBe(true);
  } else {
    expect(ackedAuto, 'the recovery file vanished after a completed autosave').toBeNull();
  }

  // Anything else must be a hidden temp file of an interrupted write; clear them between rounds.
  for (const name of readdirSync(dir)) {
    if (['crash.pacto', 'crash.pacto.bak', 'recovery.pacto.json'].includes(name)) continue;
    expect(name).toMatch(STRAY_TEMP);
    stats.strayTemps++;
    unlinkSync(join(dir, name));
  }
  return { saved, autosaved };
}

interface KillStats {
  /** Kills after which the file held the last acknowledged revision (a save was cut short or not begun). */
  previous: number;
  /** Kills between the rename and the acknowledgement: the new revision, complete. */
  unacknowledgedNew: number;
  /** Temp files left by writes the kill interrupted. */
  strayTemps: number;
}

async function runLane(dir: string, kills: number, seed: number, stats: KillStats): Promise<number> {
  const rng = xoroshiro128plus(seed);
  let state: DiskState = { saved: null, autosaved: null };
  let next = startChild(dir);
  let done = 0;
  try {
    for (; done < kills; done++) {
      const child = next;
      await child.ready;
      next = startChild(dir); // warms up while this one runs
      child.proc.stdin!.write(`go ${(state.saved ?? -1) + 1}\n`);
      // Measured from the first completed save, so the kill falls anywhere in the next save cycles
      // however slow the machine is (the first save also builds the workbook).
      await child.firstSave;
      await sleep(uniformInt(rng, 0, MAX_DELAY_MS));
      child.proc.kill('SIGKILL');
      await child.closed;
      state = await verifyAfterKill(dir, child, state, stats);
    }
  } finally {
    next.proc.kill('SIGKILL');
    await next.closed.catch(() => undefined);
  }
  return done;
}

describe('crash safety: SIGKILL during save and autosave', () => {
  it(`leaves the workbook, its backup and the recovery file whole after ${KILLS} seeded kills`, async () => {
    const perLane = Math.ceil(KILLS / LANES);
    const stats: KillStats = { previous: 0, unacknowledgedNew: 0, strayTemps: 0 };
    const lanes = Array.from({ length: LANES }, (_, i) => {
      const dir = join(root, `lane-${i}`);
      mkdirSync(dir);
      return runLane(dir, perLane, SEED + i, stats);
    });
    const kills = (await Promise.all(lanes)).reduce((a, b) => a + b, 0);
    expect(kills).toBeGreaterThanOrEqual(KILLS);
    console.info('crash-safety kills:', kills, stats);
    // The kills really interrupted writes in flight (else the test above proved little).
    expect(stats.strayTemps).toBeGreaterThan(0);
  }, 240_000);

  it('offers the unsaved edits back on the next start after a kill, and forgets them once saved', async () => {
    const dir = join(root, 'recovery');
    mkdirSync(dir);
    const child = startChild(dir);
    await child.ready;
    child.proc.stdin!.write('go 0\n');
    // Kill right after the third autosave was acknowledged: revision 2's edits are unsaved work.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (child.lines.includes('autosaved 2')) {
          clearInterval(poll);
          resolve();
        }
      }, 1);
    });
    child.proc.kill('SIGKILL');
    await child.closed;
    const lastAuto = lastAck(child.lines, 'autosaved')!;

    // The next start of the app: the startup handler reads the recovery file.
    const ports = testPorts(dir);
    const session = newSession();
    const ctx: HandlerContext = { session, emit: () => undefined };
    const start = await createAppHandlers(ports).startup({}, ctx);
    if (!start.ok) throw new Error(start.error.code);
    const recovery = start.value.recovery!;
    expect(recovery.fileName).toBe('crash.pacto');
    const rev = Number(/^Edición sin guardar (\d+)$/.exec(recovery.doc.notes)?.[1]);
    expect([lastAuto, lastAuto + 1]).toContain(rev);
    expect(recovery.doc.meta.title).toBe(`Revisión ${rev} (sin guardar)`);
    expect(recovery.doc).toEqual(Workbook.parse(editedWorkbook(rev)));

    // The user keeps the recovered work and saves it over the file: the recovery file is gone.
    session.path = join(dir, 'crash.pacto');
    const saved = await createFileHandlers(ports).saveWorkbook({ doc: recovery.doc }, ctx);
    expect(saved).toEqual({ ok: true, value: { fileName: 'crash.pacto' } });
    const onDisk = JSON.parse(readFileSync(session.path, 'utf8')) as Workbook;
    expect(onDisk.notes).toBe(`Edición sin guardar ${rev}`);
    const again = await createAppHandlers(ports).startup({}, ctx);
    expect(again.ok && again.value.recovery).toBeNull();
  }, 60_000);
});
