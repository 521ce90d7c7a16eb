import type { TextEncoding } from './types';

export interface EncodingGuess {
  encoding: TextEncoding;
  bomLength: number;
}

/** Signatures of files people pick by mistake; CSV import refuses them with a specific message. */
const BINARY_SIGNATURES: { kind: 'xlsx' | 'binary'; bytes: number[] }[] = [
  { kind: 'xlsx', bytes: [0x50, 0x4b, 0x03, 0x04] }, // zip: xlsx, docx, or any zip
  { kind: 'xlsx', bytes: [0xd0, 0xcf, 0x11, 0xe0] }, // legacy .xls (OLE2)
  { kind: 'binary', bytes: [0x25, 0x50, 0x44, 0x46] }, // %PDF
  { kind: 'binary', bytes: [0x89, 0x50, 0x4e, 0x47] }, // PNG
  { kind: 'binary', bytes: [0xff, 0xd8, 0xff] }, // JPEG
];

/** 'xlsx' or 'binary' when the sample is clearly not delimited text; undefined otherwise. */
export function binaryKind(sample: Uint8Array, enc: TextEncoding): 'xlsx' | 'binary' | undefined {
  for (const sig of BINARY_SIGNATURES) {
    if (sig.bytes.every((b, i) => sample[i] === b)) return sig.kind;
  }
  if (enc === 'utf-16le' || enc === 'utf-16be') return undefined;
  // Text never holds NUL and rarely other C0 controls besides tab/CR/LF/FF.
  let controls = 0;
  const n = Math.min(sample.length, 65_536);
  for (let i = 0; i < n; i++) {
    const b = sample[i]!;
    if (b === 0) return 'binary';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return controls > n / 100 ? 'binary' : undefined;
}

/** Length of the valid UTF-8 sequence starting at i, 0 if invalid, -1 if cut off by the sample's end. */
function utf8SequenceLength(s: Uint8Array, i: number): number {
  const b = s[i]!;
  let need: number;
  if (b < 0x80) return 1;
  else if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) need = 2;
  else if (b >= 0xf0 && b <= 0xf4) need = 3;
  else return 0;
  for (let k = 1; k <= need; k++) {
    const c = s[i + k];
    if (c === undefined) return -1;
    if ((c & 0xc0) !== 0x80) return 0;
  }
  return need + 1;
}

/** True when the bytes are valid UTF-8 (a sequence cut off at the end of the sample is allowed). */
export function isValidUtf8(s: Uint8Array): boolean {
  for (let i = 0; i < s.length;) {
    if (s[i]! < 0x80) {
      i++;
      continue;
    }
    const len = utf8SequenceLength(s, i);
    if (len === -1) return true;
    if (len === 0) return false;
    i += len;
  }
  return true;
}

/**
 * Guesses the encoding from the first bytes: a BOM decides; otherwise NULs in alternate bytes mean
 * UTF-16; otherwise valid UTF-8 is UTF-8 and anything else is Windows-1252 (what Excel writes on
 * Western-European Windows, and a superset of Latin-1's printable range).
 */
export function detectEncoding(sample: Uint8Array): EncodingGuess {
  const [a, b, c] = [sample[0], sample[1], sample[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const n = Math.min(sample.length, 4096) & ~1;
  if (n >= 4) {
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < n; i += 2) {
      if (sample[i] === 0) evenZeros++;
      if (sample[i + 1] === 0) oddZeros++;
    }
    const pairs = n / 2;
    if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return { encoding: 'utf-16le', bomLength: 0 };
    if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return { encoding: 'utf-16be', bomLength: 0 };
  }
  return { encoding: isValidUtf8(sample) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

/** The characters MOJIBAKE's matches start with: text without any of them has none. */
export const MOJIBAKE_LEADS = ['Ã', 'â', '‚', 'Â'];
/**
 * UTF-8 lead bytes one of which every MOJIBAKE match holds: C2 (its second character is in
 * U+0080–U+00BF) or E2 (it holds € or ‚). Spanish text is full of Ã's lead byte C3 (á, é, ñ), so
 * looking for the leads themselves stopped at every accent; these bytes are rare.
 */
export const MOJIBAKE_MARKS = [0xc2, 0xe2];
/**
 * UTF-8 text that was decoded as Windows-1252 or Mac Roman and saved again: “Ã©” for é, “â€™” or
 * “‚Äô” for ’. Real names and words almost never contain these pairs.
 */
const MOJIBAKE = /Ã[\u0080-\u00bf]|Ã[©±³¡­º¼ª]|â€[™œ\u009d“”˜¦]|‚Ä[ôùú]|Â[¡-¿]/;

/** The first mojibake-looking word in the text, if any. */
export function findMojibake(text: string): string | undefined {
  const m = MOJIBAKE.exec(text);
  if (!m) return undefined;
  const boundary = /[\s,;"|]/;
  let start = m.index;
  while (start > 0 && m.index - start < 40 && !boundary.test(text[start - 1]!)) start--;
  let end = m.index + m[0].length;
  while (end < text.length && end - m.index < 40 && !boundary.test(text[end]!)) end++;
  return text.slice(start, end);
}
