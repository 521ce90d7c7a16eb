/** How many rows the preview shows: enough to recognise the file and check the columns, no more. */
export const PREVIEW_ROWS = 20;

/** The first rows of a file in a scrollable table (both ways), its header kept in view. */
export function PreviewTable({
  headers,
  rows,
  caption,
}: {
  headers: string[];
  rows: string[][];
  caption: string;
}) {
  return (
    // Focusable, so the table scrolls with the keyboard too.
    <div className="import-preview" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            {headers.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, PREVIEW_ROWS).map((row, r) => (
            <tr key={r}>
              <th scope="row">{r + 1}</th>
              {headers.map((_, c) => (
                <td key={c} title={row[c]}>
                  {row[c]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
