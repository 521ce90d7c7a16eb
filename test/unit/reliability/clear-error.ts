import { expect } from 'vitest';
import { createI18n, errorMessage } from '../../../src/shared/i18n';
import type { AppError } from '../../../src/shared/errors/result';

const t = { en: createI18n('en').t, es: createI18n('es').t };

/**
 * Asserts an error is one the user can act on: a known code whose message exists in English and
 * Spanish, with every placeholder filled (no `{{file}}` left, no raw code shown).
 */
export function clearError(error: AppError, codes: ReadonlySet<string>): void {
  expect(codes.has(error.code), `unexpected error code ${error.code}`).toBe(true);
  for (const lang of ['en', 'es'] as const) {
    const text = errorMessage(t[lang], error);
    expect(text, `${lang}: ${error.code}`).not.toBe(error.code);
    expect(text).not.toMatch(/\{\{|\}\}|undefined/);
  }
}

/** Fails instead of hanging: a hostile input must not keep the importer busy forever. */
export async function withDeadline<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms: a hang`)), ms);
  });
  try {
    return await Promise.race([p, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
