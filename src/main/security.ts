import { app, session, shell, type WebContents } from 'electron';
import { isSafeExternalUrl } from './platform/external-url';
import { isAllowedRequest, isAppUrl, isPermissionGranted } from './security-policy';

/**
 * Navigation lock for every webContents, installed before any window exists: no navigation away from
 * the app, no redirects, no new windows (https links go to the OS browser), no webviews, no permissions.
 * `devServerUrl`: the dev server of an unpackaged dev run (see `rendererSource`), else undefined.
 */
export function installSecurity(devServerUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  app.whenReady().then(() => {
    // Only full screen (presentation mode) is ever granted.
    session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
      callback(isPermissionGranted(permission)),
    );
    session.defaultSession.setPermissionCheckHandler((_wc, permission) => isPermissionGranted(permission));
    // Offline by design: refuse every request that is not the app's own files.
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !isAllowedRequest(details.url, devServerUrl) });
    });
  });
}
