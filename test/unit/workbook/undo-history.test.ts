import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  loadWorkbook,
  redo,
  undo,
  updateWorkbook,
  workbookStore,
} from '../../../src/renderer/state/workbook-store';
import { signOff, revisionState } from '../../../src/shared/workbook/signoff';
import { example } from './fixtures';

const doc = () => workbookStore.getState().doc!;
const target = () => {
  const c = doc().clauses.find((x) => x.id === 'clause-mql-volume');
  return c?.type === 'volume' ? c.target : NaN;
};

describe('undo history of workbook edits', () => {
  beforeEach(() => loadWorkbook(example(), 'acuerdo.pacto'));
  afterEach(() => vi.useRealTimers());

  it('undoes and redoes 250 separate edits, at least 200 steps deep', () => {
    // Edit i sets the MQL target to 400 + i, so after n undos from 250 the target is 400 + 250 - n.
    for (let i = 1; i <= 250; i++) {
      updateWorkbook((d) => {
        const c = d.clauses.find((x) => x.id === 'clause-mql-volume');
        if (c?.type === 'volume') c.target = 400 + i;
      });
    }
    expect(target()).toBe(650);
    for (let n = 0; n < 200; n++) undo();
    expect(target()).toBe(450);
    for (let n = 0; n < 50; n++) undo();
    expect(target()).toBe(400);
    undo(); // nothing left: stays at the loaded document
    expect(target()).toBe(400);
    for (let n = 0; n < 250; n++) redo();
    expect(target()).toBe(650);
  });

  it('each structural edit is one step: reorder two stages, rename, delete, status change', () => {
    const original = doc();
    updateWorkbook((d) => {
      const [a] = d.stages.splice(4, 1);
      d.stages.splice(5, 0, a!);
    });
    updateWorkbook((d) => void (d.stages[0]!.name = 'Visitante'));
    updateWorkbook((d) => void d.playbook.splice(0, 1));
    updateWorkbook((d) => void (d.clauses[0]!.status = 'disputed'));
    expect(doc().stages.map((s) => s.id)).toEqual(['visit', 'lead', 'mql', 'sql', 'customer', 'opportunity']);
    undo();
    expect(doc().clauses[0]!.status).toBe('agreed');
    undo();
    expect(doc().playbook).toHaveLength(3);
    undo();
    expect(doc().stages[0]!.name).toBe('Visita');
    undo();
    expect(doc()).toBe(original);
    redo();
    redo();
    expect(doc().stages.map((s) => s.id)).toEqual(['visit', 'lead', 'mql', 'sql', 'customer', 'opportunity']);
    expect(doc().stages[0]!.name).toBe('Visitante');
  });

  it('typing into one field is one step; a different field starts a new one', () => {
    vi.useFakeTimers({ now: new Date('2026-03-02T10:00:00Z') });
    for (const title of ['S', 'SL', 'SLA', 'SLA 2026']) {
      updateWorkbook((d) => void (d.meta.title = title), { coalesce: 'meta.title' });
      vi.advanceTimersByTime(200);
    }
    updateWorkbook((d) => void (d.meta.company = 'Nubeia'), { coalesce: 'meta.company' });
    undo();
    expect(doc().meta).toMatchObject({ title: 'SLA 2026', company: 'Nubeia Software S.L.' });
    undo();
    expect(doc().meta.title).toBe('Acuerdo de nivel de servicio entre Marketing y Ventas');
  });

  it('a sign-off is one step too: undo returns to the unsigned draft', () => {
    const r = signOff(doc(), [{ name: 'Ana', role: 'CEO', teamId: '', date: '2026-03-02' }], new Date());
    if (!r.ok) throw new Error(r.error.code);
    updateWorkbook((d) => void (d.signOff = r.value.signOff));
    expect(revisionState(doc()).kind).toBe('signed');
    undo();
    expect(revisionState(doc())).toEqual({ kind: 'unsigned', revision: 1 });
    redo();
    expect(revisionState(doc()).kind).toBe('signed');
  });
});
