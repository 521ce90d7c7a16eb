import type { ReactNode } from 'react';

/** A plain document table; every cell is rendered as React text (escaped), never as HTML. */
export function Table(props: { head: string[]; rows: ReactNode[][]; numeric?: number[] }) {
  const numeric = new Set(props.numeric ?? []);
  return (
    <table>
      <thead>
        <tr>
          {props.head.map((h, i) => (
            <th key={i} className={numeric.has(i) ? 'num' : undefined}>
              {h}
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
