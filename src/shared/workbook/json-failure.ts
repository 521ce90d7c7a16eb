import { fail, type Result } from '../errors/result';

/** A Pacto workbook nests about ten levels; anything past this is not one (and would exhaust the stack). */
export const MAX_JSON_DEPTH = 1000;

/**
 * Why a workbook's text did not parse, in the app's own words. The parser's message is never shown:
 * it quotes the file's first bytes (a link to a system file would echo its contents) and, for deep
 * nesting, says "Maximum call stack size exceeded". Called only after JSON.parse failed.
 */
export function jsonFailure(text: string, error: unknown, file: string): Result<never> {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) return fail('file.tooDeep', { file, limit: MAX_JSON_DEPTH });
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  if (inString || depth > 0) return fail('file.truncated', { file });
  // V8 gives a position for some syntax errors ("… in JSON at position 1234"): say where, not what.
  const at = error instanceof Error ? /at position (\d+)/.exec(error.message) : null;
  if (!at) return fail('file.notJson', { file });
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  return fail('file.notJsonAt', { file, line, column: before.length - before.lastIndexOf('\n') });
}
