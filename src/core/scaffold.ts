// A new OKR file for the current or next cycle: front matter, a title, one objective with metadata,
// two KR templates and an Initiatives list, with ‹placeholders› to fill in. Pure: "today" is a
// parameter (the editor passes the clock), so the cycle chosen is testable.
import { quarterLabels } from './completions';
import { parseCycle } from './cycle';
import { PLACEHOLDER_NAMES as P } from './lint/placeholders';
import { isDefaultOkrFileName } from './files';
import type { IsoDate } from './model';
import { slugify } from './slug';

export interface ScaffoldOptions {
  today: IsoDate;
  /** The quarter containing `today`, or the one after it. */
  which: 'current' | 'next';
  /** `@name` or `name`; omitted from the front matter when empty. */
  owner?: string | null;
  team?: string | null;
  fiscalYearStartMonth?: number;
  eol?: '\n' | '\r\n';
}

export interface Scaffold {
  text: string;
  /** The cycle label written (`2026-Q4`, `FY27-Q2`). */
  cycle: string;
  start: IsoDate;
  end: IsoDate;
  /** A file name for it when `okr.md` is taken: `platform.okr.md`, or `2026-q4.okr.md` without a team. */
  fileName: string;
}

/** The cycles a new file can be for: the current quarter and the next, with their dates. */
export function scaffoldCycles(today: IsoDate, fiscalYearStartMonth = 1): { which: 'current' | 'next'; label: string; start: IsoDate; end: IsoDate }[] {
  const labels = quarterLabels(today, fiscalYearStartMonth);
  return (['current', 'next'] as const).map((which, i) => {
    const span = parseCycle(labels[i], { fiscalYearStartMonth });
    return { which, label: labels[i]!, start: span?.start ?? '', end: span?.end ?? '' };
  });
}

function yamlString(value: string): string {
  return /^[\w .-]+$/.test(value) && !/^(?:true|false|null|yes|no|~|\d[\d.]*)$/i.test(value.trim()) ? value : JSON.stringify(value);
}

export function scaffoldOkrFile(options: ScaffoldOptions): Scaffold {
  const eol = options.eol ?? '\n';
  const cycle = scaffoldCycles(options.today, options.fiscalYearStartMonth ?? 1).find((c) => c.which === options.which)!;
  const owner = (options.owner ?? '').trim().replace(/^@/, '');
  const team = (options.team ?? '').trim();
  const ownerMention = owner ? `@${owner}` : `@‹${P.owner}›`;
  const lines = ['---'];
  if (owner) lines.push(`owner: "@${owner}"`);
  if (team) lines.push(`team: ${yamlString(team)}`);
  lines.push(
    `quarter: ${cycle.label}`,
    '---',
    '',
    `# ${team ? `${team} OKRs` : 'OKRs'} ${cycle.label}`,
    '',
    '<!-- 3–5 objectives, 2–4 key results each. Check in weekly with "OKR: Check In". -->',
    '',
    `## O1: ‹${P.objective}›`,
    '',
    `Owner: ${ownerMention}`,
    'Type: committed',
    '',
    `- KR1: Increase ‹${P.metric}› from ‹${P.baseline}› to ‹${P.target}› by ${cycle.end}`,
    `- KR2: Reduce ‹${P.metric}› from ‹${P.baseline}› to ‹${P.target}› by ${cycle.end}`,
    '',
    'Initiatives:',
    '',
    `- ‹${P.initiative}›`,
    '',
  );
  const slug = team ? slugify(team) : '';
  return {
    text: lines.join(eol),
    cycle: cycle.label,
    start: cycle.start,
    end: cycle.end,
    fileName: `${slug || cycle.label.toLowerCase()}.okr.md`,
  };
}

/**
 * The OKR file name to use for a name picked in a save dialog that is not one (`team.md` →
 * `team.okr.md`, `team` → `team.okr.md`), or null when the name is an OKR file name already or
 * has nothing to keep. Save dialogs select a proposed `2026-q4.okr.md` up to its last dot, so a
 * name typed over the selection loses the `.okr` and the file would not be linted.
 */
export function okrFileNameFor(name: string): string | null {
  if (isDefaultOkrFileName(name)) return null;
  // Another extension (`notes.txt`) was typed on purpose: keep it.
  if (/\.[^.]+$/.test(name) && !/\.(?:md|markdown|okr)$/i.test(name)) return null;
  const stem = name.replace(/\.(?:md|markdown)$/i, '').replace(/\.okr$/i, '');
  if (!stem || /^\.+$/.test(stem) || /[\\/]/.test(stem)) return null;
  return stem === 'okr' ? 'okr.md' : `${stem}.okr.md`;
}
