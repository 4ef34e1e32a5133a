// Deterministic generators of realistic OKR files for the benchmark (and for the incremental
// tests): frontmatter, an H1, team groups, objectives with metadata, 4 KRs with check-ins,
// initiatives and notes. A seeded PRNG keeps every run on the same text.

/** Mulberry32: a tiny seeded PRNG, enough for varied but reproducible text. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const verbs = ['Delight', 'Win', 'Earn the trust of', 'Become the obvious choice for', 'Make life easy for', 'Grow with'];
const audiences = ['new teams', 'enterprise buyers', 'developers', 'our partners', 'support agents', 'mobile users', 'data analysts'];
const metrics = [
  ['weekly active teams', ''],
  ['p95 checkout latency', ' ms'],
  ['net revenue retention', '%'],
  ['activation rate', '%'],
  ['time to first value', ' days'],
  ['monthly recurring revenue', 'k'],
  ['tickets resolved in one reply', '%'],
];
const owners = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi'];
const notes = [
  'Context: the numbers come from the weekly dashboard; baseline measured in September.',
  'Risks: depends on the infra migration landing before November. See the [design doc](https://example.com/doc).',
  'We agreed in the kickoff that *quality* matters more than speed this quarter.',
  'Open question: should we count trial accounts? Decision due at the mid-cycle review.',
];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

export interface GenerateOptions {
  /** Number of objectives. */
  objectives: number;
  /** Key results per objective (default 4). */
  keyResults?: number;
  /** Objectives per team group (default 5). */
  perGroup?: number;
  seed?: number;
  eol?: '\n' | '\r\n';
}

/** A company OKR file with `objectives` objectives under team groups. */
export function generateOkrFile(options: GenerateOptions): string {
  const rand = prng(options.seed ?? 42);
  const krCount = options.keyResults ?? 4;
  const perGroup = options.perGroup ?? 5;
  const lines: string[] = [
    '---',
    'quarter: 2026-Q4',
    'owner: "@ceo"',
    'team: Company',
    '---',
    '',
    '# Company OKRs — Q4 2026',
    '',
    'These are the company objectives for the quarter. Teams align their own files to them.',
    '',
  ];
  for (let o = 1; o <= options.objectives; o++) {
    if ((o - 1) % perGroup === 0) {
      const team = Math.floor((o - 1) / perGroup) + 1;
      lines.push(`## Team ${team}`, '', `Team ${team} owns the objectives below.`, '');
    }
    const owner = pick(rand, owners);
    lines.push(`### O${o}: ${pick(rand, verbs)} ${pick(rand, audiences)}`, '');
    lines.push(`Owner: @${owner} · Type: ${rand() < 0.5 ? 'committed' : 'aspirational'}`);
    lines.push(`Aligns: company#o${1 + Math.floor(rand() * 5)}`, '');
    for (let k = 1; k <= krCount; k++) {
      const [metric, unit] = pick(rand, metrics);
      const baseline = 10 + Math.floor(rand() * 90);
      const target = baseline + 10 + Math.floor(rand() * 100);
      const day = 10 + Math.floor(rand() * 18);
      lines.push(`- KR${k}: Increase ${metric} from ${baseline}${unit} to ${target}${unit} by 2026-12-${day} @${pick(rand, owners)}`);
      const value1 = baseline + Math.floor(rand() * (target - baseline) * 0.4);
      const value2 = value1 + Math.floor(rand() * (target - value1) * 0.5);
      lines.push(`  - 2026-10-${10 + k}: ${value1}${unit}, confidence 0.${4 + Math.floor(rand() * 4)}`);
      lines.push(`  - 2026-11-${10 + k}: ${value2}${unit}, confidence 0.${4 + Math.floor(rand() * 5)} — on track`);
    }
    lines.push('', 'Initiatives:', '', `- [ ] Ship the ${pick(rand, audiences)} onboarding flow`, '- [x] Run the kickoff workshop', '');
    lines.push(pick(rand, notes), '');
  }
  return lines.join(options.eol ?? '\n');
}

/** A team file aligned to the company file (for the 500-file workspace). */
export function generateTeamFile(team: number, objectives: number, seed = team): string {
  const body = generateOkrFile({ objectives, seed, perGroup: objectives + 1 });
  return body.replace('team: Company', `team: Team ${team}\nparent: ../okr.md`).replace('# Company OKRs', `# Team ${team} OKRs`);
}
