import type { ReactNode } from 'react';

/** Tables up to this many rows never split across pages (a longer one splits, its header repeated). */
const KEEP_ROWS = 12;

/** A plain document table; every cell is rendered as React text (escaped), never as HTML. */
export function Table(props: {
  head: ReactNode[];
  rows: ReactNode[][];
  numeric?: number[];
  className?: string;
  /** Column widths in percent, left to right; columns without one share the rest. */
  widths?: (number | undefined)[];
  /** Keep the table on one page; by default, when it has at most KEEP_ROWS rows. */
  keep?: boolean;
}) {
  const numeric = new Set(props.numeric ?? []);
  // A short table is kept on one page, so no row is left alone after a page break.
  const keep = (props.keep ?? props.rows.length <= KEEP_ROWS) ? 'keep' : '';
  return (
    <table className={[props.className, keep].filter(Boolean).join(' ') || undefined}>
      {props.widths && (
        <colgroup>
          {props.head.map((_, i) => (
            <col key={i} style={props.widths?.[i] ? { width: `${props.widths[i]}%` } : undefined} />
          ))}
        </colgroup>
      )}
      <thead>
        <tr>
          {props.head.map((cell, i) => (
            <th key={i} className={numeric.has(i) ? 'num' : undefined}>
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) => (
              <td key={i} className={numeric.has(i) ? 'num' : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Multi-line user text: paragraphs kept, still as text. */
export function Prose(props: { text: string; empty?: string }) {
  const text = props.text.trim();
  if (!text) return props.empty ? <p className="empty">{props.empty}</p> : null;
  return <p className="prose">{text}</p>;
}

/** One label/value line of a definition list; nothing when the value is empty. */
export function Field(props: { label: string; value: ReactNode }) {
  if (props.value === '' || props.value === null || props.value === undefined) return null;
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.value}</dd>
    </>
  );
}
