import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hubspotContactChunks, type GenerateOptions } from './hubspot-contacts';

export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../data');
const GENERATOR_SOURCE = fileURLToPath(new URL('./hubspot-contacts.ts', import.meta.url));

export interface Dataset {
  path: string;
  rows: number;
  seed: number;
  bytes: number;
  sha256: string;
}

/** Writes the generated export to `path`, hashing it on the way. */
export function writeHubspotExport(path: string, opts: GenerateOptions): Dataset {
  const hash = createHash('sha256');
  let bytes = 0;
  const tmp = `${path}.partial`;
  const fd = openSync(tmp, 'w');
  try {
    for (const chunk of hubspotContactChunks(opts)) {
      const buf = Buffer.from(chunk, 'utf8');
      hash.update(buf);
      bytes += buf.length;
      writeSync(fd, buf);
    }
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  return { path, rows: opts.rows, seed: opts.seed, bytes, sha256: hash.digest('hex') };
}

/**
 * The benchmark file for (rows, seed) in bench/data/, generated once and reused while the generator's
 * source is unchanged (a 1M-row file takes seconds to write; the benchmarks read it many times).
 */
export function ensureDataset(opts: GenerateOptions): Dataset {
  mkdirSync(DATA_DIR, { recursive: true });
  const path = join(DATA_DIR, `hubspot-contacts-${opts.rows}-s${opts.seed}.csv`);
  const metaPath = `${path}.json`;
  const generator = createHash('sha256').update(readFileSync(GENERATOR_SOURCE)).digest('hex');
  if (existsSync(path) && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Dataset & { generator: string };
    if (meta.generator === generator) return { ...meta, path };
  }
  const dataset = writeHubspotExport(path, opts);
  writeFileSync(metaPath, JSON.stringify({ ...dataset, generator }, null, 2));
  return dataset;
}
