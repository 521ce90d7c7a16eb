/**
 * A plain-text table for a terminal: columns padded to their widest cell, numbers right-aligned,
 * a rule under the header. Widths count code points, so accents and « » line up.
 */
export function textTable(header: string[], rows: string[][], align: ('left' | 'right')[]): string[] {
  const width = (s: string) => [...s].length;
  const widths = header.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ''))));
  const pad = (s: string, c: number) => {
    const fill = ' '.repeat(widths[c]! - width(s));
    return align[c] === 'right' ? fill + s : s + fill;
  };
  const line = (cells: string[]) => cells.map(pad).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

/** Shortens text to `max` code points with an ellipsis. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}
