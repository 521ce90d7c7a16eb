import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { clauseTarget, exportTranslator, teamName } from '../../../shared/export/agreement-text';
import { agreementProgress, revisionState } from '../../../shared/workbook/signoff';
import type { AgreementStatus, Clause, Persona, Workbook } from '../../../shared/workbook/schema';
import { SlideDeck, showSlide, slideOnScreen, type Slide } from '../../components/slides/SlideDeck';
import { formatDate, formatNumber } from '../../format';
import { useUi } from '../../state/ui-store';
import { updateWorkbook } from '../../state/workbook-store';
import { byId } from './edits';
import { StatusBadge } from '../../components/StatusBadge';
import { StatusPicker } from './fields';
import { RevisionLabel } from './RevisionLabel';
import { TypeFields } from './sections/Clauses';
import { AgreedByChecks, editPersona } from './sections/Personas';
import { sectionStore, type SectionId } from './sections';

/**
 * The agreement projected, one idea per slide: the cover with where the agreement stands, the parties,
 * each persona, the lifecycle and each stage, scoring, each commitment, feedback, each playbook entry,
 * review, calendar and sign-off. Read-only; a persona's or a commitment's slide can be made editable (E)
 * to record what the room agrees: its status, who accepts it, a commitment's target.
 */
export function WorkbookSlides({ doc }: { doc: Workbook }) {
  const { t } = useTranslation('workbook');
  const lang = useUi((u) => u.language);
  const tx = useMemo(() => exportTranslator(lang), [lang]);
  const title = doc.meta.title || t('general.title');
  const of = (section: string, n: number, total: number) =>
    `${t(`sections.${section}`)} · ${t('slides.of', { n, total })}`;
  const team = (id: string) => teamName(doc, id) || '—';

  const slides: Slide[] = [];
  /** One slide per item of a section: numbered in it ("Personas · 2 of 5", then its `kind`), titled by its name or '—'. */
  const perItem = <T extends { id: string }>(
    prefix: string,
    section: string,
    items: readonly T[],
    slide: (x: T) => Omit<Slide, 'id' | 'kicker'> & { kind?: string },
  ) =>
    items.forEach((x, i) => {
      const { kind, ...rest } = slide(x);
      const kicker = of(section, i + 1, items.length);
      slides.push({
        ...rest,
        id: `${prefix}-${x.id}`,
        kicker: kind ? `${kicker} · ${kind}` : kicker,
        title: rest.title || '—',
      });
    });

  slides.push(
    { id: 'cover', kicker: doc.meta.company, title, body: () => <Cover doc={doc} /> },
    { id: 'parties', title: t('sections.parties'), body: () => <Parties doc={doc} /> },
  );
  if (doc.parties.raci.length > 0 && doc.parties.teams.length > 0) {
    slides.push({
      id: 'raci',
      kicker: t('sections.parties'),
      title: t('parties.raci'),
      body: () => <Raci doc={doc} />,
    });
  }
  perItem('persona', 'personas', doc.personas, (p) => ({
    title: p.name,
    body: () => <PersonaSlide doc={doc} persona={p} editing={false} />,
    edit: () => <PersonaSlide doc={doc} persona={p} editing />,
  }));
  slides.push({ id: 'stages', title: t('sections.stages'), body: () => <Lifecycle doc={doc} /> });
  perItem('stage', 'stages', doc.stages, (st) => ({
    title: st.name,
    body: () => (
      <>
        <p className="slide-lead">{st.definition || '—'}</p>
        <div className="slide-columns">
          <Text label={t('stages.entry')} text={st.entryCriteria} />
          <Text label={t('stages.exit')} text={st.exitCriteria} />
          <Text label={t('stages.owner')} text={team(st.ownerTeamId)} />
        </div>
      </>
    ),
  }));
  slides.push({ id: 'scoring', title: t('sections.scoring'), body: () => <Scoring doc={doc} /> });
  perItem('clause', 'clauses', doc.clauses, (c) => ({
    title: c.title,
    body: () => <ClauseSlide doc={doc} clause={c} target={clauseTarget(c, doc, tx, lang)} editing={false} />,
    edit: () => <ClauseSlide doc={doc} clause={c} target={clauseTarget(c, doc, tx, lang)} editing />,
    kind: t(`clauses.types.${c.type}`),
  }));
  slides.push({ id: 'feedback', title: t('sections.feedback'), body: () => <Reports doc={doc} /> });
  if (doc.feedback.meetings.length > 0) {
    slides.push({
      id: 'meetings',
      kicker: t('sections.feedback'),
      title: t('feedback.meetings'),
      body: () => <Meetings doc={doc} />,
    });
  }
  perItem('playbook', 'playbook', doc.playbook, (p) => ({
    title: p.problem,
    body: () => (
      <div className="slide-columns">
        <Text label={t('playbook.diagnosis')} text={p.diagnosis} />
        <Text label={t('playbook.action')} text={p.action} />
      </div>
    ),
  }));
  slides.push(
    { id: 'review', title: t('sections.review'), body: () => <Review doc={doc} /> },
    { id: 'calendar', title: t('sections.calendar'), body: () => <Calendar doc={doc} /> },
    { id: 'signoff', title: t('sections.signoff'), body: () => <SignOff doc={doc} /> },
  );
  // Presenting starts at the section being edited, and leaving returns to the section presented.
  const sectionOf = (id: string): SectionId => {
    const prefix = id.split('-')[0]!;
    const bySlide: Record<string, SectionId> = {
      cover: 'general',
      raci: 'parties',
      persona: 'personas',
      stage: 'stages',
      clause: 'clauses',
      meetings: 'feedback',
    };
    return bySlide[prefix] ?? (prefix as SectionId);
  };
  const ids = slides.map((s) => s.id);
  useEffect(() => {
    const section = sectionStore.getState().section;
    const first = ids.find((id) => sectionOf(id) === section);
    if (first) showSlide(DECK, first);
    return () => {
      const on = slideOnScreen(DECK);
      if (on) sectionStore.setState({ section: sectionOf(on) });
    };
    // Once per presentation: later edits must not move the slide on screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return <SlideDeck deck={DECK} label={title} slides={slides} />;
}

const DECK = 'workbook';

/** A labelled block of user text (kept as text, line breaks preserved). */
function Text({ label, text }: { label: string; text: ReactNode }) {
  return (
    <section>
      <h2>{label}</h2>
      <p className="slide-text">{text === '' ? '—' : text}</p>
    </section>
  );
}

function Cover({ doc }: { doc: Workbook }) {
  const { t } = useTranslation('workbook');
  const progress = agreementProgress(doc);
  return (
    <div className="slide-cover">
      <dl className="slide-figures">
        <div>
          <dt>{t('slides.clausesAgreed')}</dt>
          <dd data-testid="cover-clauses">
            {t('slides.of', { n: progress.clauses.agreed, total: progress.clauses.total })}
          </dd>
        </div>
        <div>
          <dt>{t('slides.personasAgreed')}</dt>
          <dd>{t('slides.of', { n: progress.personas.agreed, total: progress.personas.total })}</dd>
        </div>
      </dl>
      <p>
        <RevisionLabel state={revisionState(doc)} />
      </p>
      <ul className="slide-chips">
        {doc.parties.teams.map((team) => (
          <li key={team.id}>{team.name}</li>
        ))}
      </ul>
    </div>
  );
}

function Parties({ doc }: { doc: Workbook }) {
  const { t } = useTranslation('workbook');
  return (
    <>
      <div className="slide-columns">
        {doc.parties.teams.map((team) => (
          <section key={team.id} className="slide-card">
            <h2>{t(`parties.kinds.${team.kind}`)}</h2>
            <p className="slide-card-title">{team.name}</p>
            <p>
              <span className="muted">{t('parties.owner')}:</span> {team.owner || '—'}
            </p>
            <p>
              <span className="muted">{t('parties.approver')}:</span> {team.approver || '—'}
            </p>
          </section>
        ))}
      </div>
      {doc.parties.notes.trim() && <p className="slide-text muted">{doc.parties.notes}</p>}
    </>
  );
}

function Raci({ doc }: { doc: Workbook }) {
  const { t } = useTranslation('workbook');
  const teams = doc.parties.teams;
  return (
    <>
      <table className="slide-matrix">
        <thead>
          <tr>
            <th scope="col">{t('parties.activity')}</th>
            {teams.map((team) => (
              <th scope="col" key={team.id}>
                {team.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {doc.parties.raci.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.activity || '—'}</th>
              {teams.map((team) => (
                <td key={team.id} className={row.roles[team.id] === 'A' ? 'accountable' : undefined}>
                  {row.roles[team.id] || '·'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted slide-note">{t('parties.raciHelp')}</p>
    </>
  );
}

function PersonaSlide({ doc, persona: p, editing }: { doc: Workbook; persona: Persona; editing: boolean }) {
  const { t } = useTranslation('workbook');
  const facts = [p.role, p.companySize, p.industry].filter((x) => x.trim() !== '');
  return (
    <>
      <Status
        value={p.status}
        editing={editing}
        onChange={(s) => editPersona(p.id, (x) => void (x.status = s))}
      />
      {facts.length > 0 && <p className="slide-lead">{facts.join(' · ')}</p>}
      <div className="slide-columns">
        <Text label={t('personas.pains')} text={p.pains} />
        <Text label={t('personas.triggers')} text={p.triggers} />
        <Text label={t('personas.disqualifiers')} text={p.disqualifiers} />
      </div>
      <section>
        <h2>{t('personas.agreedBy')}</h2>
        {editing ? (
          <AgreedByChecks
            persona={p}
            teams={doc.parties.teams}
            className="slide-checks"
            legendClassName="visually-hidden"
          />
        ) : (
          <ul className="slide-chips">
            {doc.parties.teams.map((team) => {
              const yes = p.agreedBy[team.id] === true;
              return (
                <li key={team.id} className={yes ? 'yes' : 'no'}>
                  <span aria-hidden="true">{yes ? '✓ ' : '✗ '}</span>
                  {team.name}
                  <span className="visually-hidden">
                    {' '}
                    ({yes ? t('slides.accepted') : t('slides.notAccepted')})
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}

/** The workshop status: a badge on the read-only slide, the picker when the slide is unlocked. */
function Status(props: { value: AgreementStatus; editing: boolean; onChange: (s: AgreementStatus) => void }) {
  return props.editing ? (
    <StatusPicker value={props.value} onChange={props.onChange} />
  ) : (
    <p>
      <StatusBadge status={props.value} />
    </p>
  );
}

function Lifecycle({ doc }: { doc: Workbook }) {
  return (
    <ol className="slide-flow">
      {doc.stages.map((st) => (
        <li key={st.id}>
          <span className="slide-flow-name">{st.name || '—'}</span>
          <span className="muted">{teamName(doc, st.ownerTeamId) || '—'}</span>
        </li>
      ))}
    </ol>
  );
}

function Scoring({ doc }: { doc: Workbook }) {
  const { t } = useTranslation('workbook');
  const lang = useUi((u) => u.language);
  const points = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '') + formatNumber(Math.abs(n), lang);
  return (
    <>
      <dl className="slide-figures">
        <div>
          <dt>{t('scoring.threshold')}</dt>
          <dd>{formatNumber(doc.scoring.threshold, lang)}</dd>
        </div>
      </dl>
      <div className="slide-columns">
        {(['fit', 'engagement'] as const).map((kind) => (
          <section key={kind}>
            <h2>{t(`scoring.kinds.${kind}`)}</h2>
            <table className="slide-list-table">
              <tbody>
                {doc.scoring.criteria
                  .filter((c) => c.kind === kind)
                  .map((c) => (
                    <tr key={c.id}>
                      <th scope="row">{c.label || '—'}</th>
                      <td className="num">{points(c.points)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </>
  );
}

const editClause = (clause: Clause, recipe: (c: Clause) => void) =>
  updateWorkbook((d) => {
    const c = byId(d.clauses, clause.id);
    if (c) recipe(c);
  });

function ClauseSlide({
  doc,
  clause: c,
  target,
  editing,
}: {
  doc: Workbook;
  clause: Clause;
  target: string;
  editing: boolean;
}) {
  const { t } = useTranslation('workbook');
  return (
    <>
      <Status
        value={c.status}
        editing={editing}
        onChange={(s) => editClause(c, (x) => void (x.status = s))}
      />
      <p className="slide-lead" data-testid="clause-target">
        {target}
      </p>
      {editing && <TypeFields c={c} doc={doc} />}
      <div className="slide-columns">
        <Text label={t('clauses.owner')} text={teamName(doc, c.ownerTeamId) || '—'} />
        <Text label={t('clauses.period')} text={t(`clauses.periods.${c.period}`)} />
      </div>
      <Text label={t('clauses.consequence')} text={c.consequence} />
    </>
  );
}

function Reports({ doc }: { doc: Workbook }) {
  const { t } = useTranslation('workbook');
  const f = doc.feedback;
  return (
    <>
      {f.channels.trim() && <p className="slide-lead">{f.channels}</p>}
      {f.reports.length > 0 && (
        <table className="slide-table">
          <thead>
            <tr>
              <th scope="col">{t('feedback.from')}</th>
              <th scope="col">{t('feedback.to')}</th>
              <th scope="col">{t('feedback.what')}</th>
              <th scope="col">{t('feedback.frequency')}</th>
            </tr>
          </thead>
          <tbody>
            {f.reports.map((r) => (
              <tr key={r.id}>
                <td>{teamName(doc, r.fromTeamId) || '—'}</td>
                <td>{teamName(doc, r.toTeamId) || '—'}</td>
                <td>
                  {r.what}
                  {r.channel && <span className="muted"> · {r.channel}</span>}
                </td>
                <td>{r.frequency}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Meetings({ doc }: { doc: Workbook }) {
  return (
    <div className="slide-columns">
      {doc.feedback.meetings.map((m) => (
        <section key={m.id} className="slide-card">
          <h2>{m.cadence || '—'}</h2>
          <p className="slide-card-title">{m.name || '—'}</p>
          <p>{m.agenda}</p>
          <p className="muted">{m.attendees}</p>
        </section>
      ))}
    </div>
  );
}

function Review({ doc }: { doc: Workbook }) {
  const { t } = useTranslation('workbook');
  const lang = useUi((u) => u.language);
  const r = doc.review;
  return (
    <>
      <p className="slide-lead">{t('slides.reviewTrigger', { count: r.consecutiveMisses })}</p>
      {r.reviewDate && (
        <p>
          <span className="muted">{t('review.reviewDate')}:</span> {formatDate(r.reviewDate, lang)}
        </p>
      )}
      <div className="slide-columns">
        <Text label={t('review.renegotiation')} text={r.renegotiation} />
        <Text label={t('review.termination')} text={r.termination} />
      </div>
    </>
  );
}

function Calendar({ doc }: { doc: Workbook }) {
  const { t } = useTranslation('workbook');
  const lang = useUi((u) => u.language);
  const c = doc.calendar;
  const today = new Date().toISOString().slice(0, 10);
  const upcoming = c.holidays.filter((h) => h >= today).slice(0, 6);
  return (
    <>
      <dl className="slide-figures">
        <div>
          <dt>{t('calendar.workingDays')}</dt>
          <dd>{c.workingDays.map((d) => t(`weekdays.${d}`)).join(' ')}</dd>
        </div>
        <div>
          <dt>{t('slides.workingHours')}</dt>
          <dd>
            {c.start}–{c.end}
          </dd>
        </div>
      </dl>
      <p>
        <span className="muted">{t('calendar.timeZone')}:</span> {c.timeZone}
      </p>
      <p>
        <span className="muted">{t('calendar.holidays')}:</span>{' '}
        {c.holidays.length === 0
          ? t('calendar.noHolidays')
          : `${t('slides.holidays', { count: c.holidays.length })}${upcoming.length > 0 ? ` — ${t('slides.next')} ${upcoming.map((h) => formatDate(h, lang)).join(', ')}` : ''}`}
      </p>
      <p className="muted slide-note">{t('calendar.help')}</p>
    </>
  );
}

function SignOff({ doc }: { doc: Workbook }) {
  const { t } = useTranslation('workbook');
  const lang = useUi((u) => u.language);
  const revisions = [...doc.signOff.revisions].sort((a, b) => b.number - a.number);
  return (
    <>
      <p className="slide-lead">
        <RevisionLabel state={revisionState(doc)} />
      </p>
      {revisions.length === 0 ? (
        <p>{t('signoff.noRevisions')}</p>
      ) : (
        <ul className="slide-text">
          {revisions.slice(0, 4).map((r) => (
            <li key={r.number}>
              {t('slides.signedBy', {
                number: r.number,
                date: formatDate(r.signedAt, lang),
                names: r.signatories.map((s) => s.name).join(', '),
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
