/** A select's options from `{ value, label }` pairs, after an empty "none" option when `none` is given. */
export function Options({
  options,
  none,
}: {
  options: readonly { value: string; label: string }[];
  none?: string;
}) {
  return (
    <>
      {none !== undefined && <option value="">{none}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}
