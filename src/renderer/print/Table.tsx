import { createContext, useContext, type ReactNode } from 'react';
import type { Hyphenate } from '../../shared/export/hyphenate';

/**
 * How the document's text is hyphenated: soft hyphens in the content's language for the PDF (see
 * shared/export/hyphenate.ts); none on screen, where the preview simply wraps.
 */
export const HyphenationContext = createContext<Hyphenate>((text) => text);

/** A cell's content, hyphenated when it is plain text. */
export function useHyphenated(): (node: ReactNode) => ReactNode {
  const hyphenate = useContext(HyphenationContext);
  return (node) => (typeof node === 'string' ? hyphenate(node) : node);
}

/** A plain document table; every cell is rendered as React text (escaped), never as HTML. */
export function Table(props: {
  head: ReactNode[];
  rows: ReactNode[][];
  numeric?: number[];
  className?: string;
  /** Column widths in percent, left to right; columns without one share the rest. */
  widths?: (number | undefined)[];
}) {
  const numeric = new Set(props.numeric ?? []);
  const h = useHyphenated();
  return (
    <table className={props.className}>
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
              {h(cell)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) => (
              <td key={i} className={numeric.has(i) ? 'num' : undefined}>
                {numeric.has(i) ? cell : h(cell)}
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
  const h = useHyphenated();
  const text = props.text.trim();
  if (!text) return props.empty ? <p className="empty">{props.empty}</p> : null;
  return <p className="prose">{h(text)}</p>;
}

/** One label/value line of a definition list; nothing when the value is empty. */
export function Field(props: { label: string; value: ReactNode }) {
  const h = useHyphenated();
  if (props.value === '' || props.value === null || props.value === undefined) return null;
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{h(props.value)}</dd>
    </>
  );
}
