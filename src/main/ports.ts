/**
 * The small interfaces main's services and handlers depend on. The Electron layer passes real
 * implementations (adapters/); tests pass in-memory or scripted ones. Nothing here imports Electron.
 */
import type { Settings } from '../shared/ipc/app';
import type { PdfRenderer } from './export/pdf-renderer';

export interface FilePort {
  readFile(path: string): Promise<Buffer>;
  /** Writes and fsyncs, so the bytes are on disk before a following rename; `mode` sets the permission bits exactly. */
  writeFileDurable(path: string, data: string | Uint8Array, mode?: number): Promise<void>;
  /** Flushes a file written by someone else (e.g. a streaming writer) to disk. */
  sync(path: string): Promise<void>;
  /** The permission bits of a file, or null when there is no file. */
  mode(path: string): Promise<number | null>;
  /** The file a write to `path` should replace: the end of a chain of symbolic links (even a dangling one), or `path`. */
  resolveLink(path: string): Promise<string>;
  rename(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  exists(path: string): Promise<boolean>;
  size(path: string): Promise<number>;
  mkdir(path: string): Promise<void>;
  /** Names of the entries of a folder. */
  list(dir: string): Promise<string[]>;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface DialogPort {
  /** Paths the user chose, or null when cancelled. */
  openFiles(opts: { title: string; filters: FileFilter[]; multiple: boolean }): Promise<string[] | null>;
  saveFile(opts: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
}

export interface SettingsPort {
  get(): StoredSettings;
  set(patch: Partial<StoredSettings>): void;
}

export interface StoredSettings extends Settings {
  /** Most recent first. */
  recent: string[];
  windowBounds: { x: number; y: number; width: number; height: number; maximized: boolean } | null;
}

export interface ClockPort {
  now(): Date;
}

export interface ShellPort {
  openExternal(url: string): Promise<void>;
  showItemInFolder(path: string): void;
}

export interface Ports {
  files: FilePort;
  dialogs: DialogPort;
  settings: SettingsPort;
  clock: ClockPort;
  shell: ShellPort;
  /** Prints the agreement's print view: Electron's printToPDF in the app, a system Chromium in tests. */
  pdf: PdfRenderer;
  /** Folder for the recovery file and other per-user state. */
  userDataDir: string;
  systemLocale: string;
  version: string;
}
