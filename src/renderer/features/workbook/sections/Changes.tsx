import { useTranslation } from 'react-i18next';
import { useUi } from '../../../state/ui-store';
import type { Workbook } from '../../../../shared/workbook/schema';
import { SECTIONS, type Change, type FieldChange } from '../../../../shared/workbook/diff';
import { formatNumber } from '../../../format';

/** Field paths whose labels live elsewhere in the catalog than `<list>.<path>`. */
const FIELD_LABELS: Record<string, string> = {
  stageId: 'clauses.stage',
  acceptStageId: 'clauses.acceptStage',
  fromStageId: 'clauses.fromStage',
  toStageId: 'clauses.toStage',
  ownerTeamId: 'clauses.owner',
  status: 'status.label',
  entryCriteria: 'stages.entry',
  exitCriteria: 'stages.exit',
  fromTeamId: 'feedback.from',
  toTeamId: 'feedback.to',
  title: 'general.title',
  company: 'general.company',
};
const LIST_NS: Record<string, string> = {
  teams: 'parties',
  raci: 'parties',
  personas: 'personas',
  stages: 'stages',
  criteria: 'scoring',
  clauses: 'clauses',
  reports: 'feedback',
  meetings: 'feedback',
  playbook: 'playbook',
};

/** The "changes since the last signed revision" list, section by section and item by item. */
export function ChangeList({ changes, doc }: { changes: readonly Change[]; doc: Workbook }) {
  const { t } = useTranslation('workbook');
  const lang = useUi((s) => s.language);
  const names = new Map<string, string>([
    ...doc.stages.map((s) => [s.id, s.name] as const),
    ...doc.parties.teams.map((x) => [x.id, x.name] as const),
  ]);

  const fieldLabel = (list: string, path: string): string => {
    const [head = path, ...rest] = path.split('.');
    if (head === 'roles' || head === 'agreedBy') {
      const label = head === 'roles' ? 'RACI' : t('personas.agreedBy');
      return `${label} · ${names.get(rest.join('.')) ?? rest.join('.')}`;
    }
    const key = FIELD_LABELS[head] ?? `${LIST_NS[list] ?? list}.${head}`;
    return t(key, { defaultValue: path });
  };
  const value = (path: string, v: unknown): string => {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return t('diff.empty');
    if (typeof v === 'number') return formatNumber(v, lang, 3);
    if (typeof v === 'boolean') return v ? '✓' : '✗';
    if (Array.isArray(v)) return v.map((x) => String(x)).join(', ');
    if (typeof v === 'string') {
      if (path === 'status') return t(`status.${v}`, { defaultValue: v });
      return names.get(v) ?? v;
    }
    return JSON.stringify(v);
  };
  const fields = (list: string, fs: readonly FieldChange[]) => (
    <ul className="field-changes">
      {fs.map((f) => (
        <li key={f.path}>
          <span className="field-name">{fieldLabel(list, f.path)}</span>: <del>{value(f.path, f.before)}</del>{' '}
          → <ins>{value(f.path, f.after)}</ins>
        </li>
      ))}
    </ul>
  );

  return (
    <div className="change-list" data-testid="changes">
      {SECTIONS.filter((s) => changes.some((c) => c.section === s)).map((section) => (
        <section key={section}>
          <h3>{t(`sections.${section === 'meta' ? 'general' : section}`)}</h3>
          <ul>
            {changes
              .filter((c) => c.section === section)
              .map((c, i) => (
                <li key={i} className={`change change-${c.kind}`}>
                  {c.kind === 'fields' ? (
                    fields(section, c.fields)
                  ) : c.kind === 'reordered' ? (
                    <>
                      <strong>{t('diff.reordered')}</strong>: {c.before.join(' → ')} ⇒ {c.after.join(' → ')}
                    </>
                  ) : (
                    <>
                      <strong>{t(`diff.${c.kind}`)}</strong> · {t(`diff.lists.${c.list}`)} «{c.label}»
                      {c.kind === 'changed' && fields(c.list, c.fields)}
                    </>
                  )}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
