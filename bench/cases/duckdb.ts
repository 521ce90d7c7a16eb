/**
 * The baseline a RevOps analyst would script instead of `pacto measure`: DuckDB's `read_csv_auto`
 * on the same export, then the B2B workbook's SLA aggregates in SQL, printed as JSON to stdout. Run
 * as its own process, like the CLI (bench/harness/process.ts measures both from spawn to exit):
 *   node out/bench/duckdb.js <csv>
 *
 * The aggregates mirror the engine's work on the bench workbook: entries per stage and month (volume
 * clauses), the events channel per quarter, response time (first touch within 4 h of the MQL, by
 * month, owner and channel), acceptance (SQL within 48 h), MQL → SQL conversion within 30 days,
 * recycling of SQLs stalled 30 days, SQL → opportunity velocity (median days per quarter), the stage
 * conversions with their median days, and the first 5,000 breaches. Hours are calendar hours (SQL
 * has no business calendar) and there is no time zone: DuckDB does a little less than the engine.
 */
import { DuckDBInstance } from '@duckdb/node-api';

const STAGES = ['mql', 'sql', 'opp', 'customer'] as const;

/**
 * The export's wall-clock times stay DuckDB TIMESTAMPs: months are grouped on them as they are, and
 * durations ignore the two DST changes a year. Converting to TIMESTAMPTZ (as the engine converts to
 * instants) made every date_trunc an ICU calendar call, ten times slower: the baseline is DuckDB at
 * its fastest.
 */
const load = (path: string): string => `
  CREATE TABLE c AS SELECT
    "Record ID" AS id,
    "Contact owner" AS owner,
    "Original Traffic Source" AS channel,
    "Create Date" AS created,
    "Became a Marketing Qualified Lead Date" AS mql,
    "First outreach date" AS first_touch,
    "Became a Sales Qualified Lead Date" AS sql,
    "Became an Opportunity Date" AS opp,
    "Became a Customer Date" AS customer,
    "Latest Disqualified Lead Date" AS recycled,
    "Amount" AS amount
  FROM read_csv_auto('${path.replace(/'/g, "''")}');`;

const hours = (from: string, to: string): string => `(epoch(${to}) - epoch(${from})) / 3600.0`;

const QUERIES: Record<string, string> = {
  entered: STAGES.map(
    (s) =>
      `SELECT '${s}' AS stage, strftime(date_trunc('month', ${s}), '%Y-%m') AS month, count(*) AS n
       FROM c WHERE ${s} IS NOT NULL GROUP BY ALL`,
  ).join(' UNION ALL '),
  events: `SELECT strftime(date_trunc('quarter', mql), '%Y-%m') AS quarter, count(*) AS n
    FROM c WHERE mql IS NOT NULL AND channel = 'Eventos y webinars' GROUP BY ALL ORDER BY 1`,
  responseTime: `SELECT strftime(date_trunc('month', mql), '%Y-%m') AS month, count(*) AS n,
      count(*) FILTER (WHERE ${hours('mql', 'first_touch')} <= 4) AS met
    FROM c WHERE mql IS NOT NULL GROUP BY ALL ORDER BY 1`,
  responseByOwner: `SELECT owner, count(*) AS n,
      count(*) FILTER (WHERE ${hours('mql', 'first_touch')} <= 4) AS met
    FROM c WHERE mql IS NOT NULL GROUP BY ALL`,
  responseByChannel: `SELECT channel, count(*) AS n,
      count(*) FILTER (WHERE ${hours('mql', 'first_touch')} <= 4) AS met
    FROM c WHERE mql IS NOT NULL GROUP BY ALL`,
  acceptance: `SELECT strftime(date_trunc('month', mql), '%Y-%m') AS month, count(*) AS n,
      count(*) FILTER (WHERE ${hours('mql', 'sql')} <= 48) AS met
    FROM c WHERE mql IS NOT NULL GROUP BY ALL ORDER BY 1`,
  conversion: `SELECT strftime(date_trunc('month', mql), '%Y-%m') AS month, count(*) AS n,
      count(*) FILTER (WHERE sql IS NOT NULL AND sql - mql <= INTERVAL 30 DAY) AS reached
    FROM c WHERE mql IS NOT NULL GROUP BY ALL ORDER BY 1`,
  recycling: `SELECT strftime(date_trunc('month', sql), '%Y-%m') AS month,
      count(*) FILTER (WHERE opp IS NULL OR opp - sql > INTERVAL 30 DAY) AS stalled,
      count(*) FILTER (WHERE (opp IS NULL OR opp - sql > INTERVAL 30 DAY) AND recycled IS NOT NULL) AS recycled
    FROM c WHERE sql IS NOT NULL GROUP BY ALL ORDER BY 1`,
  velocity: `SELECT strftime(date_trunc('quarter', opp), '%Y-%m') AS quarter,
      median(${hours('sql', 'opp')} / 24) AS days
    FROM c WHERE sql IS NOT NULL AND opp IS NOT NULL GROUP BY ALL ORDER BY 1`,
  stageConversion: STAGES.slice(1)
    .map((to, i) => {
      const from = STAGES[i]!;
      return `SELECT '${from}' AS "from", '${to}' AS "to", count(*) AS entered,
          count(${to}) AS reached, median(${hours(from, to)} / 24) AS median_days
        FROM c WHERE ${from} IS NOT NULL`;
    })
    .join(' UNION ALL '),
  breaches: `SELECT id, strftime(date_trunc('month', mql), '%Y-%m') AS month, owner, channel,
      ${hours('mql', 'first_touch')} AS value
    FROM c WHERE mql IS NOT NULL AND (first_touch IS NULL OR ${hours('mql', 'first_touch')} > 4)
    ORDER BY id LIMIT 5000`,
};

const path = process.argv[2];
if (!path) throw new Error('usage: duckdb.js <csv path>');
const t0 = performance.now();
const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
await con.run(load(path));
const t1 = performance.now();
const out: Record<string, unknown> = {};
for (const [name, sql] of Object.entries(QUERIES))
  out[name] = (await con.runAndReadAll(sql)).getRowObjectsJson();
const t2 = performance.now();
const rows = Number((await con.runAndReadAll('SELECT count(*) FROM c')).getRows()[0]![0]);
out.timing = { loadMs: t1 - t0, aggregatesMs: t2 - t1, rows };
process.stdout.write(JSON.stringify(out) + '\n');
con.closeSync();
db.closeSync();
