import { hyphenateSync as hyphenateEn } from 'hyphen/en-us';
import { hyphenateSync as hyphenateEs } from 'hyphen/es';
import type { Language } from '../workbook/schema';

/**
 * Language-aware hyphenation for the printed agreement. Chromium prints `hyphens: auto` only where it
 * has a dictionary, which headless Linux builds and Electron lack, so narrow table columns broke words
 * anywhere ("Oportu|nidad") with no hyphen. Soft hyphens (U+00AD) at the TeX pattern points of the
 * text's language let the browser break there and print the hyphen; unbroken, they are invisible.
 */
const MIN_WORD = 7;
const HYPHENATORS: Record<Language, (text: string) => string> = {
  es: (text) => hyphenateEs(text, { minWordLength: MIN_WORD }),
  en: (text) => hyphenateEn(text, { minWordLength: MIN_WORD }),
};

export type Hyphenate = (text: string) => string;

/**
 * Hyphenates text written in `lang`. Addresses and links (anything with @ or /) are left whole, and
 * text without a long word is returned as is.
 */
export function hyphenatorFor(lang: Language): Hyphenate {
  const hyphenate = HYPHENATORS[lang];
  return (text) =>
    /\p{L}{7}/u.test(text)
      ? text
          .split(/(\s+)/)
          .map((token) => (/[@/]/.test(token) ? token : hyphenate(token)))
          .join('')
      : text;
}
