import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { resolveAppFile } from './security-policy';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves files below `root`; any path that escapes it (../, absolute, encoded) is refused. */
export function serveAppFiles(root: string): void {
  protocol.handle('app', (request) => {
    const path = resolveAppFile(root, request.url);
    if (!path) return new Response('forbidden', { status: 403 });
    return net.fetch(pathToFileURL(path).toString());
  });
}
