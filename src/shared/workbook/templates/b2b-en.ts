import type { B2bCopy } from './b2b-copy';

/** English B2B example: a New York software company selling to mid-sized businesses. */
export const b2bEn: B2bCopy = {
  title: 'Marketing and Sales Service Level Agreement',
  company: 'Larkspur Analytics Inc.',
  teams: {
    marketing: { name: 'Marketing', owner: 'Rachel Kim (VP Marketing)', approver: 'Rachel Kim' },
    sdr: { name: 'Sales Development (SDR)', owner: 'Marcus Hill (SDR Manager)', approver: 'Marcus Hill' },
    sales: { name: 'Sales', owner: 'Dana Ortiz (VP Sales)', approver: 'Dana Ortiz' },
    revops: { name: 'RevOps', owner: 'Owen Patel (RevOps Lead)', approver: 'Laura Bennett (CEO)' },
  },
  partiesNotes:
    'RevOps keeps the agreement, runs the CRM and publishes the numbers. The CEO settles any point the teams cannot agree on.',
  activities: [
    'Lead capture',
    'Lead scoring',
    'Hand-off to sales',
    'Sales follow-up',
    'Recycling stalled leads',
    'Reporting',
  ],
  personas: [
    {
      name: 'Finance lead at a mid-sized manufacturer',
      role: 'Chief Financial Officer',
      companySize: '50–250 employees',
      industry: 'Manufacturing and distribution',
      pains:
        'Month-end close lives in spreadsheets; no view of cash three months out; audits take weeks of manual work.',
      triggers:
        'ERP replacement, a new investor, a qualified audit opinion or expansion into a second country.',
      disqualifiers:
        'Fewer than 20 employees, no budget this fiscal year, or a three-year contract just signed with a competitor.',
    },
    {
      name: 'Distribution operations manager',
      role: 'VP Operations',
      companySize: '100–500 employees',
      industry: 'Logistics and wholesale',
      pains: 'Stock-outs, hand-made demand forecasts, and warehouse data that never matches what sales sees.',
      triggers:
        'Opening a new warehouse, losing a key account over late deliveries, or a digital transformation budget.',
      disqualifiers: 'Operations fully outsourced to a 3PL, or no warehouse management system at all.',
    },
    {
      name: 'Group CIO at an enterprise',
      role: 'Chief Information Officer',
      companySize: 'More than 1,000 employees',
      industry: 'Cross-industry',
      pains:
        'Brittle integrations between subsidiaries, security and compliance demands, vendors that do not scale.',
      triggers: 'System consolidation after an acquisition, or an open request for proposals.',
      disqualifiers:
        'Purchasing centralized at an overseas parent, or a public tender with fixed specifications.',
    },
  ],
  stages: [
    {
      name: 'Visit',
      definition: 'An anonymous person who reaches the website or a piece of our content.',
      entry: 'First session recorded by web analytics.',
      exit: 'Leaves contact details through a form, event or chat.',
    },
    {
      name: 'Lead',
      definition: 'An identified contact we may reach, who has given consent.',
      entry: 'Form completed with name, business email and consent.',
      exit: 'Reaches the MQL score, or is discarded for invalid data.',
    },
    {
      name: 'MQL',
      definition:
        'A lead who matches an accepted buyer persona and shows enough interest: marketing deems it ready for sales.',
      entry: 'Score at or above the agreed threshold (60 points), or an explicit demo request.',
      exit: 'The SDR team accepts it as an SQL or rejects it with a listed reason.',
    },
    {
      name: 'SQL',
      definition: 'A lead that sales has contacted and qualified: it has need, budget, authority and timing.',
      entry: 'Qualification call held and BANT criteria recorded in the CRM.',
      exit: 'An opportunity with an amount and close date is created, or the lead is returned to marketing.',
    },
    {
      name: 'Opportunity',
      definition:
        'A concrete buying project with an estimated amount, a known decision-maker and an expected close date.',
      entry: 'Discovery meeting held with the decision-maker; proposal in preparation.',
      exit: 'Contract signed (won) or loss recorded with its reason.',
    },
    {
      name: 'Customer',
      definition: 'A company with a signed contract and a first invoice issued.',
      entry: 'Contract signed by both parties.',
      exit: 'Contract cancelled (becomes a former customer).',
    },
  ],
  criteria: [
    'Decision-making title (director or above)',
    'Company with 50 to 500 employees',
    'Target industry (manufacturing, distribution or logistics)',
    'Located in the United States or Canada',
    'Student, competitor or personal email address',
    'Requested a demo or a quote',
    'Visited the pricing page twice within 14 days',
    'Attended a webinar or event',
    'Downloaded a guide or case study',
    'No activity in the last 90 days',
  ],
  clauses: {
    mqlVolume: {
      title: 'Marketing delivers 400 MQLs a month',
      consequence:
        'Marketing brings a recovery plan, with added campaigns and budget for the next month, to the monthly review.',
    },
    eventVolume: {
      title: 'Events and webinars bring 150 MQLs a quarter',
      consequence: 'The events calendar is reviewed and budget moves to the channels that deliver.',
      channel: 'Events and webinars',
    },
    firstTouch: {
      title: 'First touch on every MQL within 4 business hours',
      consequence:
        'The SDR manager reviews untouched leads every morning; two months in a row below target trigger a team capacity review.',
    },
    followUp: {
      title: 'Three follow-up touches on every MQL within five business days',
      consequence:
        'Untouched MQLs are listed in the weekly pipeline meeting; marketing may re-route them to another rep after the fifth day.',
    },
    acceptance: {
      title: 'Accept or reject every MQL within 48 hours, with a reason',
      consequence:
        'MQLs left unanswered for 48 hours count as accepted and against the sales conversion target.',
      reasonCodes: [
        'Outside the agreed profile',
        'No budget or project',
        'Wrong contact details',
        'Existing customer',
        'Duplicate',
        'Competitor or student',
      ],
    },
    acceptanceRate: {
      title: 'Sales accepts at least 70 % of the MQLs it decides on',
      consequence:
        'Two months below 70 %: marketing and sales go through the month’s rejection reasons together and RevOps proposes a scoring change.',
    },
    scoring: {
      title: '95 % of MQLs reach sales at or above the scoring threshold',
      consequence:
        'Hand-overs below the threshold are listed at the monthly review; marketing fixes the workflow that let them through.',
    },
    mqlToSql: {
      title: 'At least 25 % of MQLs become SQLs within 30 days',
      consequence:
        'Marketing and sales review a sample of 30 rejected MQLs together; someone outside both teams (RevOps) decides whether scoring changes.',
    },
    recycling: {
      title: 'Return SQLs stalled for 30 days to marketing',
      consequence:
        'RevOps moves inactive SQLs back to nurturing automatically and flags them at the monthly review.',
    },
    velocity: {
      title: 'SQL to opportunity in a median of 14 days',
      consequence: 'Sales leadership reviews the pipeline of each rep whose median is above target.',
    },
    revenue: {
      title: 'Closed-won revenue each quarter at least the plan’s',
      consequence:
        'Two quarters below plan: the joint planning meeting revisits the goal, the average deal and the MQL target before the next quarter.',
    },
    capacity: {
      title: 'No SDR handed more MQLs a month than the plan’s capacity per rep',
      consequence:
        'An SDR over capacity: RevOps rebalances the round robin within the week; two months running, sales leadership decides between hiring and marketing slowing paid campaigns.',
    },
    enablement: {
      title: 'Sales content and lost-reason logging',
      consequence: 'It stays a standing item of the monthly review until it is met.',
      text: 'Every quarter marketing publishes at least two customer stories and one competitive battle card, chosen with sales. Sales records the reason for every lost opportunity in the CRM so marketing can adjust messaging and targeting.',
    },
  },
  comments: {
    firstTouch: {
      author: 'Marcus Hill',
      text: 'Fine with 4 hours as long as weekend MQLs count from Monday 9:00.',
    },
    mqlToSql: {
      author: 'Dana Ortiz',
      text: 'Sales wants 30 %: MQLs from guide downloads hardly ever convert. Let us check last quarter’s data.',
    },
    persona: {
      author: 'Dana Ortiz',
      text: 'Enterprise cycles run past six months; sales would rather handle them as strategic accounts outside this agreement.',
    },
  },
  feedback: {
    channels: 'The #marketing-sales chat channel, notes on the CRM record, and the RevOps shared dashboard.',
    reports: [
      {
        from: 'sdr',
        to: 'marketing',
        what: 'Lead quality: MQLs accepted and rejected with reasons, by campaign',
        channel: 'CRM dashboard',
        frequency: 'Weekly',
      },
      {
        from: 'sales',
        to: 'marketing',
        what: 'Win/loss review, with the content that helped',
        channel: 'Monthly review',
        frequency: 'Monthly',
      },
      {
        from: 'marketing',
        to: 'sales',
        what: 'Campaign calendar and new content to use in deals',
        channel: '#marketing-sales channel',
        frequency: 'Every two weeks',
      },
      {
        from: 'revops',
        to: 'marketing',
        what: 'Compliance with each clause and forecast against plan',
        channel: 'Email report',
        frequency: 'Monthly',
      },
      {
        from: 'revops',
        to: 'sales',
        what: 'Compliance with each clause and forecast against plan',
        channel: 'Email report',
        frequency: 'Monthly',
      },
    ],
    meetings: [
      {
        name: 'Weekly lead triage',
        cadence: 'Weekly, Monday 9:30 (30 min)',
        attendees: 'SDR manager, demand generation lead, RevOps',
        agenda: 'Rejected MQLs of the week and their reasons; untouched leads; quick campaign fixes.',
      },
      {
        name: 'Monthly SLA review',
        cadence: 'Monthly, first Tuesday (1 h)',
        attendees: 'VP Marketing, VP Sales, SDR manager, RevOps',
        agenda: 'Status of each clause; plan against actual; playbook issues; decisions and owners.',
      },
      {
        name: 'Joint quarterly planning',
        cadence: 'Quarterly (half day)',
        attendees: 'CEO, marketing, sales, RevOps',
        agenda: 'Quarter goals, budget by channel, changes to buyer personas and scoring.',
      },
    ],
  },
  playbook: [
    {
      problem: 'Marketing misses its MQL volume',
      diagnosis:
        'Compare the month with plan by channel: did traffic drop, or visit-to-lead or lead-to-MQL conversion? Check for scoring changes or paused campaigns.',
      action:
        'Marketing brings a recovery plan to the monthly review; if scoring is the cause, RevOps proposes the change and both teams approve it. Sales steps up outbound prospecting meanwhile.',
    },
    {
      problem: 'Marketing delivers more MQLs than sales can handle',
      diagnosis:
        'Compare the month’s MQLs with capacity (SDRs × leads per SDR) and look at time to first touch: if it worsens, capacity is the bottleneck.',
      action:
        'Prioritize by score and raise the threshold for a while; route the lowest scores to automated nurturing; consider growing the SDR team if it happens two months running.',
    },
    {
      problem: 'Sales judges the leads to be low quality',
      diagnosis:
        'Someone outside both teams (RevOps) reviews a sample of rejected MQLs against the agreed buyer personas and scoring.',
      action:
        'If the leads met the definition, sales reviews its follow-up; if not, marketing fixes targeting and RevOps the scoring. The change is written down and measured the next month.',
    },
  ],
  review: {
    renegotiation:
      'The agreement is reviewed every six months, and whenever a team misses a clause two months in a row. Changes are signed as a new revision.',
    termination:
      'Either party may propose ending it at the quarterly planning; it stays in force until the CEO signs its replacement.',
  },
  scenario: {
    name: 'Plan of record',
    notes: 'Annual goal of $1.2M with an average deal of $12,000; last year’s rates with a safety margin.',
  },
  notes: '',
};
