import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/main/import/import-files';
import { importSources } from '../../../src/main/import/import-sources';
import { sniffFile } from '../../../src/main/import/sources';
import { suggestMapping } from '../../../src/shared/import/presets';
import { assignCrmValue, stageVocabulary } from '../../../src/shared/import/stage-values';
import type { ImportRequest } from '../../../src/shared/import/types';
import type { Stage } from '../../../src/shared/workbook/schema';
import { defaultStages } from '../../../src/shared/workbook/blank';
import { contentHash } from '../../../src/shared/workbook/hash';
import { applyDemandWaterfall } from '../../../src/shared/workbook/stage-sets';
import { createFromTemplate } from '../../../src/shared/workbook/templates';

/*
 * Exports that hold the current stage, not a date per stage (test/fixtures/stages/README.md). The
 * expected figures are read off the fixture rows by hand.
 */
const dir = new URL('../../fixtures/stages/', import.meta.url).pathname;
const utc = Date.UTC;

async function importWith(file: string, stages: Stage[], timeZone: string) {
  const s = await sniffFile(dir + file);
  if (!s.ok) throw new Error(JSON.stringify(s.error));
  const { mapping, presetId } = suggestMapping([s.value.dialect.headers], stages);
  const req: ImportRequest = {
    sources: [{ path: dir + file }],
    mapping,
    timeZone,
    stageValues: { order: stages.map((x) => x.id), values: stageVocabulary(stages) },
  };
  const r = await importSources(req, {}, (q, o) =>
    importFiles(q, { ...o, now: () => Date.parse('2026-05-04T12:00:00Z') }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return { ...r.value, mapping, presetId };
}

describe('stage vocabulary', () => {
  it('HubSpot lifecycle values: counted per stage; a backwards move keeps its later dates and is listed', async () => {
    const stages = defaultStages('en');
    const { records, report, mapping, presetId } = await importWith(
      'hubspot-lifecycle.csv',
      stages,
      'Europe/Madrid',
    );
    expect(presetId).toBe('hubspot');
    expect(mapping.currentStage).toBe('0:Lifecycle Stage');
    expect(report.stageValues).toEqual({
      file: 'hubspot-lifecycle.csv',
      column: 'Lifecycle Stage',
      // Lead: Ben (moved back) and Gala; "customer" is HubSpot's internal value.
      byStage: { sql: 1, lead: 2, mql: 1, opportunity: 1, customer: 1 },
      unknown: [{ value: 'Evangelist', count: 1 }],
      filled: 0,
      // Carla's MQL date is empty; Dario is an Opportunity and the export has no opportunity column.
      undated: 2,
      movedBackwards: { count: 1, examples: [{ id: '201000000002', value: 'Lead', later: ['mql', 'sql'] }] },
      // Ben's move back shows through his MQL and SQL dates; one from Opportunity could not show: the
      // export has no opportunity column (Lead is the earliest current stage; Visit comes before it).
      backwards: 'partly',
      unseenFrom: ['opportunity'],
    });
    // Ben's MQL and SQL dates stay: he did reach them (09:15 and 12:00 Madrid, UTC+1).
    expect(records.stageEntered.mql![1]).toBe(utc(2026, 1, 4, 8, 15));
    expect(records.stageEntered.sql![1]).toBe(utc(2026, 1, 6, 11, 0));
    expect(Number.isNaN(records.stageEntered.mql![2]!)).toBe(true);
    expect(records.stageEntered.opportunity).toBeUndefined();
  });

  it('Salesforce statuses of the org\'s own, assigned to a demand waterfall, dated by "Last Status Change"', async () => {
    const stages = applyDemandWaterfall(defaultStages('en'), 'en');
    const byKind = (k: Stage['kind']) => stages.find((s) => s.kind === k)!;
    assignCrmValue(stages, 'Open - Not Contacted', byKind('mql').id);
    assignCrmValue(stages, 'Working - Contacted', byKind('sal').id);
    assignCrmValue(stages, 'Qualified', byKind('sql').id);
    const sal = byKind('sal').id;
    const { records, report, mapping } = await importWith(
      'salesforce-leads-status.csv',
      stages,
      'America/New_York',
    );
    expect(mapping).toMatchObject({ currentStage: '0:Status', stageChangedAt: '0:Last Status Change' });
    expect(report.stageValues).toMatchObject({
      byStage: { mql: 1, [sal]: 2, sql: 1 },
      unknown: [{ value: 'Unqualified', count: 1 }],
      // The three records with a status change date; the last "Working - Contacted" has none.
      filled: 3,
      undated: 1,
      movedBackwards: { count: 0, examples: [] },
      // Statuses only, no date per stage: no move back can be seen in this export, and it says so.
      backwards: 'unseen',
      unseenFrom: [sal, 'sql', 'opportunity', 'customer'],
    });
    // New York is UTC−5 in February: 9:00 AM → 14:00Z, 4:15 PM → 21:15Z, 10:00 AM → 15:00Z.
    const col = (id: string) => [...records.stageEntered[id]!].map((t) => (Number.isNaN(t) ? null : t));
    expect(col('mql')).toEqual([utc(2026, 1, 2, 14, 0), null, null, null, null]);
    expect(col(sal)).toEqual([null, utc(2026, 1, 3, 21, 15), null, null, null]);
    expect(col('sql')).toEqual([null, null, utc(2026, 1, 13, 15, 0), null, null]);
  });

  it("the vocabulary: the workbook's own values first, then stage names, then the built-in values by kind", () => {
    const stages = defaultStages('es');
    stages.find((s) => s.kind === 'sql')!.crmValues = ['Lead calificado por marketing'];
    const v = stageVocabulary(stages);
    // A value the user put on SQL beats the built-in MQL alias.
    expect(v['lead calificado por marketing']).toBe('sql');
    expect(v['marketingqualifiedlead']).toBe('mql');
    expect(v['oportunidad']).toBe('opportunity');
    expect(v['cerrado ganado']).toBe('customer');
    // An answer moves a value from one stage to another; an empty answer only removes it.
    assignCrmValue(stages, 'Lead calificado por marketing', 'mql');
    expect(stages.find((s) => s.kind === 'sql')!.crmValues).toEqual([]);
    expect(stages.find((s) => s.kind === 'mql')!.crmValues).toEqual(['Lead calificado por marketing']);
    assignCrmValue(stages, 'LEAD CALIFICADO POR MARKETING', '');
    expect(stages.find((s) => s.kind === 'mql')!.crmValues).toEqual([]);
  });

  it('the demand waterfall keeps the ids clauses point at, inserts SAL after MQL, keeps written definitions', () => {
    const doc = createFromTemplate('b2b', 'es', new Date('2026-01-15T09:00:00Z'));
    const before = doc.stages;
    const after = applyDemandWaterfall(before, 'es');
    expect(after.map((s) => s.name)).toEqual(['Visita', 'Consulta', 'MQL', 'SAL', 'SQL', 'SQO', 'Ganado']);
    expect(after.map((s) => s.kind)).toEqual([
      'visit',
      'lead',
      'mql',
      'sal',
      'sql',
      'opportunity',
      'customer',
    ]);
    for (const s of before) expect(after.find((a) => a.id === s.id)?.definition).toBe(s.definition);
    expect(after[3]!.definition).toContain('ventas aceptó');
    // A blank workbook's stages have no definitions: the waterfall's are written in.
    expect(applyDemandWaterfall(defaultStages('en'), 'en')[1]!.definition).toContain('raised their hand');
  });

  it('CRM values are set-up, not agreement: they do not change the signature hash', () => {
    const doc = createFromTemplate('b2b', 'en', new Date('2026-01-15T09:00:00Z'));
    const hash = contentHash(doc);
    const edited = { ...doc, stages: doc.stages.map((s) => ({ ...s, crmValues: ['Working - Contacted'] })) };
    expect(contentHash(edited)).toBe(hash);
  });
});
