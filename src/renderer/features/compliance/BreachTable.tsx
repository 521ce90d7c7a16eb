import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Breach, ClauseResult, ComplianceResult } from '../../../shared/workbook/schema';
import { BREACH_CAP } from '../../../shared/workbook/schema';
import { formatDate, formatMonth, formatNumber } from '../../format';
import { useUi } from '../../state/ui-store';
import { breachLimitText, breachValueText } from '../../../shared/compliance/figures';

/** A one-line row; rows whose clause title wraps are taller. */
const ROW_HEIGHT = 34;

/**
 * Drill-down into the breaching records: sortable columns, a text filter and a clause filter, and
 * only the visible rows in the DOM (up to 5,000 kept per snapshot).
 */
export function BreachTable({
  result,
  clauseId,
  onClause,
}: {
  result: ComplianceResult;
  clauseId: string | null;
  onClause(id: string | null): void;
}) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [filter, setFilter] = useState('');
  const clauses = useMemo(() => new Map(result.clauses.map((c) => [c.id, c])), [result]);
  const rows = useMemo(
    () => (clauseId ? result.breaches.items.filter((b) => b.clauseId === clauseId) : result.breaches.items),
    [result, clauseId],
  );
  // Hand-over dates and notes (scoring, acceptance rate) only when the rows carry them.
  const withAt = rows.some((b) => b.at);
  const withNote = rows.some((b) => b.note !== undefined || clauses.get(b.clauseId)?.decisions);
  const columns = useMemo(() => {
    const col = createColumnHelper<Breach>();
    // The hand-over's day in the calendar's zone, as the months are counted.
    const day = (iso: string | undefined) => formatDate(iso, lang, { timeZone: result.timeZone });
    const clauseOf = (b: Breach): ClauseResult | undefined => clauses.get(b.clauseId);
    return [
      col.accessor((b) => clauseOf(b)?.title ?? b.clauseId, {
        id: 'clause',
        header: () => t('breaches.clause'),
      }),
      col.accessor('recordId', { header: () => t('breaches.record') }),
      col.accessor('month', {
        header: () => t('breaches.month'),
        cell: (c) => formatMonth(c.getValue(), lang),
      }),
      ...(withAt
        ? [
            col.accessor((b) => b.at ?? '', {
              id: 'at',
              header: () => t('breaches.at'),
              cell: (c) => day(c.row.original.at),
            }),
          ]
        : []),
      col.accessor('owner', {
        header: () => t('breaches.owner'),
        cell: (c) => c.getValue() || t('owners.unassigned'),
      }),
      col.accessor('channel', {
        header: () => t('breaches.channel'),
        cell: (c) => c.getValue() || t('channels.none'),
      }),
      col.accessor((b) => b.value ?? Number.POSITIVE_INFINITY, {
        id: 'value',
        header: () => t('breaches.value'),
        cell: (c) => breachValueText(t, lang, clauseOf(c.row.original)?.type ?? 'volume', c.row.original),
        meta: { numeric: true },
      }),
      col.accessor('limit', {
        header: () => t('breaches.limit'),
        cell: (c) => breachLimitText(t, lang, clauseOf(c.row.original)?.type ?? 'volume', c.getValue()),
        meta: { numeric: true },
      }),
      ...(withNote
        ? [
            col.accessor((b) => b.note ?? '', {
              id: 'note',
              header: () => t('breaches.note'),
              cell: (c) => c.getValue() || '—',
            }),
          ]
        : []),
    ];
  }, [clauses, lang, t, withAt, withNote, result.timeZone]);

  // TanStack Table is not compiler-memoizable; this component re-renders with its state anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, globalFilter: filter },
    onSortingChange: setSorting,
    onGlobalFilterChange: setFilter,
    globalFilterFn: 'includesString',
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const visible = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    // An estimate: each row is measured as drawn (measureElement below), so a long clause title can wrap.
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  // With a clause chosen, its own total (summed over months); otherwise every clause's.
  const total = clauseId
    ? (clauses.get(clauseId)?.months.reduce((n, m) => n + m.breaches, 0) ?? 0)
    : result.breaches.total;

  return (
    <section className="panel breaches" aria-labelledby="breaches-title">
      <h2 id="breaches-title">{t('breaches.title')}</h2>
      <div className="breach-tools">
        <label>
          {t('breaches.clause')}{' '}
          <select
            value={clauseId ?? ''}
            onChange={(e) => onClause(e.target.value || null)}
            data-testid="breach-clause"
          >
            <option value="">{t('breaches.all')}</option>
            {result.clauses
              .filter((c) => result.breaches.items.some((b) => b.clauseId === c.id))
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
          </select>
        </label>
        <label>
          {t('breaches.filter')}{' '}
          <input
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            data-testid="breach-filter"
          />
        </label>
        <span className="muted" data-testid="breach-count" aria-live="polite">
          {t('breaches.count', {
            shown: formatNumber(visible.length, lang),
            total: formatNumber(total, lang),
          })}
        </span>
      </div>
      {total > rows.length && (
        <p className="muted small">{t('breaches.capped', { cap: formatNumber(BREACH_CAP, lang) })}</p>
      )}
      <div className="table-scroll virtual" ref={scroller} tabIndex={0} aria-label={t('breaches.sortHint')}>
        <table data-testid="breach-table">
          <thead>
            {table.getHeaderGroups().map((g) => (
              <tr key={g.id}>
                {g.headers.map((h) => {
                  const sorted = h.column.getIsSorted();
                  const numeric = (h.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                  return (
                    <th
                      key={h.id}
                      scope="col"
                      className={numeric ? 'num' : undefined}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    >
                      <button type="button" className="sort" onClick={h.column.getToggleSortingHandler()}>
                        {flexRender(h.column.columnDef.header, h.getContext())}
                        <span aria-hidden="true">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr aria-hidden="true">
                <td colSpan={columns.length} style={{ height: padTop }} />
              </tr>
            )}
            {items.map((v) => {
              const row = visible[v.index]!;
              return (
                <tr
                  key={row.id}
                  ref={virtualizer.measureElement}
                  data-index={v.index}
                  data-testid="breach-row"
                >
                  {row.getVisibleCells().map((cell) => {
                    const numeric = (cell.column.columnDef.meta as { numeric?: boolean } | undefined)
                      ?.numeric;
                    return (
                      <td
                        key={cell.id}
                        className={numeric ? 'num' : cell.column.id === 'clause' ? 'clause' : undefined}
                      >
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden="true">
                <td colSpan={columns.length} style={{ height: padBottom }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
