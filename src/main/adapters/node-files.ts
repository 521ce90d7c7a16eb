import { promises as fs } from 'node:fs';
import type { FilePort } from '../ports';

/** The real file system. */
export const nodeFiles: FilePort = {
  readFile: (path) => fs.readFile(path),
  async writeFileDurable(path, data) {
    const handle = await fs.open(path, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
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
