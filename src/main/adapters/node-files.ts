import { promises as fs } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { FilePort } from '../ports';

/** Links followed before giving up, as the kernel does (ELOOP). */
const MAX_LINKS = 40;

/** The real file system. */
export const nodeFiles: FilePort = {
  readFile: (path) => fs.readFile(path),
  async writeFileDurable(path, data, mode) {
    const handle = await fs.open(path, 'w', mode);
    try {
      // open() applies the umask; chmod sets the bits exactly (before any content is written).
      if (mode !== undefined) await handle.chmod(mode);
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  async sync(path) {
    const handle = await fs.open(path, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  mode: (path) =>
    fs.stat(path).then(
      (s) => s.mode & 0o7777,
      () => null,
    ),
  async resolveLink(path) {
    let current = path;
    for (let hops = 0; hops <= MAX_LINKS; hops++) {
      const link = await fs.readlink(current).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'EINVAL' || e.code === 'ENOENT' || e.code === 'UNKNOWN') return null; // not a link
        throw e;
      });
      if (link === null) return current;
      current = resolve(dirname(current), link);
    }
    throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
  },
  rename: (from, to) => fs.rename(from, to),
  copyFile: (from, to) => fs.copyFile(from, to),
  unlink: (path) => fs.unlink(path),
  exists: (path) =>
    fs.access(path).then(
      () => true,
      () => false,
    ),
  size: async (path) => (await fs.stat(path)).size,
  mkdir: async (path) => {
    await fs.mkdir(path, { recursive: true });
  },
  list: (dir) => fs.readdir(dir),
};
