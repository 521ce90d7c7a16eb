import type { SettingsPort, StoredSettings } from '../ports';

export const DEFAULT_SETTINGS: StoredSettings = { language: null, recent: [], windowBounds: null };

/** Settings held in memory: the CLI and tests use this; the app uses electron-store. */
export function memorySettings(initial: Partial<StoredSettings> = {}): SettingsPort {
  let current: StoredSettings = { ...DEFAULT_SETTINGS, ...initial };
  return {
    get: () => current,
    set: (patch) => {
      current = { ...current, ...patch };
    },
  };
}
