/** The words of the B2B example, one object per language; the figures live in ./b2b.ts. */
export interface TextBlock {
  name: string;
  definition: string;
  entry: string;
  exit: string;
}
export interface PersonaCopy {
  name: string;
  role: string;
  companySize: string;
  industry: string;
  pains: string;
  triggers: string;
  disqualifiers: string;
}
export interface TeamCopy {
  name: string;
  owner: string;
  approver: string;
}
export interface ClauseCopy {
  title: string;
  consequence: string;
}

export interface B2bCopy {
  title: string;
  company: string;
  teams: { marketing: TeamCopy; sdr: TeamCopy; sales: TeamCopy; revops: TeamCopy };
  partiesNotes: string;
  /** Lead capture, scoring, hand-off, follow-up, recycling, reporting. */
  activities: [string, string, string, string, string, string];
  personas: [PersonaCopy, PersonaCopy, PersonaCopy];
  /** Visit, Lead, MQL, SQL, Opportunity, Customer. */
  stages: [TextBlock, TextBlock, TextBlock, TextBlock, TextBlock, TextBlock];
  /** Labels of the scoring criteria, in the order of ./b2b.ts. */
  criteria: [string, string, string, string, string, string, string, string, string, string];
  clauses: {
    mqlVolume: ClauseCopy;
    eventVolume: ClauseCopy & { channel: string };
    firstTouch: ClauseCopy;
    followUp: ClauseCopy;
    acceptance: ClauseCopy & { reasonCodes: string[] };
    acceptanceRate: ClauseCopy;
    scoring: ClauseCopy;
    mqlToSql: ClauseCopy;
    recycling: ClauseCopy;
    velocity: ClauseCopy;
    revenue: ClauseCopy;
    capacity: ClauseCopy;
    enablement: ClauseCopy & { text: string };
  };
  comments: {
    firstTouch: { author: string; text: string };
    mqlToSql: { author: string; text: string };
    persona: { author: string; text: string };
  };
  feedback: {
    channels: string;
    reports: { what: string; channel: string; frequency: string; from: TeamKey; to: TeamKey }[];
    meetings: { name: string; cadence: string; attendees: string; agenda: string }[];
  };
  playbook: [PlaybookCopy, PlaybookCopy, PlaybookCopy];
  review: { renegotiation: string; termination: string };
  scenario: { name: string; notes: string };
  notes: string;
}
export interface PlaybookCopy {
  problem: string;
  diagnosis: string;
  action: string;
}
export type TeamKey = 'marketing' | 'sdr' | 'sales' | 'revops';
