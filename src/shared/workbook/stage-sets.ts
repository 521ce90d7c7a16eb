import type { Language, Stage, StageKind } from './schema';
import { newId } from './ids';

type Step = { kind: StageKind; name: Record<Language, string>; definition: Record<Language, string> };

/**
 * The demand waterfall (SiriusDecisions): Inquiry → MQL → SAL → SQL → SQO → Won. Each step is one of
 * the engine's stage kinds, so presets and clauses bind to it as to any lifecycle.
 */
export const DEMAND_WATERFALL: readonly Step[] = [
  {
    kind: 'lead',
    name: { en: 'Inquiry', es: 'Consulta' },
    definition: {
      en: 'A person who raised their hand: a form, a demo request, an event sign-up.',
      es: 'Una persona que levanta la mano: un formulario, una petición de demo, una inscripción.',
    },
  },
  {
    kind: 'mql',
    name: { en: 'MQL', es: 'MQL' },
    definition: {
      en: 'An inquiry whose score meets the agreed threshold: handed over to sales.',
      es: 'Una consulta cuya puntuación alcanza el umbral acordado: se entrega a ventas.',
    },
  },
  {
    kind: 'sal',
    name: { en: 'SAL', es: 'SAL' },
    definition: {
      en: 'An MQL that sales accepted to work (or rejected with a reason).',
      es: 'Un MQL que ventas aceptó trabajar (o rechazó con un motivo).',
    },
  },
  {
    kind: 'sql',
    name: { en: 'SQL', es: 'SQL' },
    definition: {
      en: 'A lead sales qualified after talking to it: need, budget, timing.',
      es: 'Un lead que ventas cualificó tras hablar con él: necesidad, presupuesto, plazo.',
    },
  },
  {
    kind: 'opportunity',
    name: { en: 'SQO', es: 'SQO' },
    definition: {
      en: 'A sales-qualified opportunity: a deal in the pipeline with an amount and a close date.',
      es: 'Una oportunidad cualificada: un negocio en el pipeline con importe y fecha de cierre.',
    },
  },
  {
    kind: 'customer',
    name: { en: 'Won', es: 'Ganado' },
    definition: { en: 'A closed-won deal.', es: 'Un negocio cerrado y ganado.' },
  },
];

/**
 * The stages as a demand waterfall: a stage of a waterfall kind is renamed (keeping its id, so
 * clauses and scenarios still point at it; a definition is added only where there was none), a
 * missing step is inserted after the step before it, and other stages (visit, custom) stay put.
 */
export function applyDemandWaterfall(stages: readonly Stage[], lang: Language): Stage[] {
  const out = stages.map((s) => ({ ...s }));
  let after = -1;
  for (const step of DEMAND_WATERFALL) {
    let at = out.findIndex((s) => s.kind === step.kind);
    if (at < 0) {
      at = after >= 0 ? after + 1 : firstWaterfallIndex(out);
      out.splice(at, 0, {
        id: newId(),
        kind: step.kind,
        name: step.name[lang],
        definition: step.definition[lang],
        entryCriteria: '',
        exitCriteria: '',
        ownerTeamId: '',
      });
    } else {
      const s = out[at]!;
      s.name = step.name[lang];
      if (s.definition.trim() === '') s.definition = step.definition[lang];
    }
    after = at;
  }
  return out;
}

/** Where the waterfall begins when its first step is missing: before the first later step, or at the end. */
function firstWaterfallIndex(stages: Stage[]): number {
  const kinds = new Set(DEMAND_WATERFALL.map((s) => s.kind));
  const i = stages.findIndex((s) => kinds.has(s.kind));
  return i < 0 ? stages.length : i;
}
