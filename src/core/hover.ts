// Hover text as Markdown, computed from the model: on a key result its numbers (baseline →
// current → target), a text progress bar, status against time, confidence and check-in history;
// on an objective its roll-up and KR list; on an `Aligns:` reference the objective it names.
// Every piece of user text is escaped: a KR that contains `*` or `<b>` reads as written.
import type { Group, IsoDate, KeyResult, Objective, OkrDocument, Quantity, Range } from './model';
import { percent, progressBar, statusText, targetText, escapeMarkdown as esc } from './present';
import { progressReasonText } from './progress';
import { expectedProgress, keyResultStatus, objectiveStatus } from './status';
import { containsOffset } from './text';
import { english, type Translate } from './translate';
import { resolveAlignment, type OkrWorkspace } from './workspace';

export interface HoverRequest {
  doc: OkrDocument;
  offset: number;
  today: IsoDate;
  fileName?: string;
  workspace?: OkrWorkspace;
  t?: Translate;
}

export interface HoverData {
  /** Markdown (user text escaped). */
  markdown: string;
  /** The span the hover is about. */
  range: Range;
}

/** The hover at `offset`, or null where there is nothing to say. Never throws. */
export function hoverAt(req: HoverRequest): HoverData | null {
  try {
    const t = req.t ?? english;
    for (const objective of req.doc.objectives) {
      if (!containsOffset(objective.range, req.offset)) continue;
      for (const ref of objective.aligns) {
        if (containsOffset(ref.range, req.offset)) return alignmentHover(req, ref.range, ref.target, ref.objective, t);
      }
      const kr = objective.keyResults.find((k) => containsOffset(k.range, req.offset));
      if (kr) return { markdown: keyResultHover(req, objective, kr, t), range: kr.range };
      const onHeading = containsOffset(objective.headingRange, req.offset);
      const onMetadata = objective.metadata.some((m) => containsOffset(m.range, req.offset));
      if (onHeading || onMetadata) return { markdown: objectiveHover(req, objective, t), range: objective.headingRange };
      return null;
    }
    const group = findGroup(req.doc.groups, req.offset);
    if (group) return { markdown: rollUpHover(req, group.title, group.progress, group.objectives, t), range: group.headingRange };
    const title = req.doc.title;
    if (title && containsOffset(title.range, req.offset)) {
      return { markdown: rollUpHover(req, title.text, req.doc.progress, req.doc.objectives, t), range: title.range };
    }
    return null;
  } catch {
    return null;
  }
}

/** The group whose heading is at `offset` (groups nest). */
function findGroup(groups: readonly Group[], offset: number): Group | null {
  for (const g of groups) {
    if (containsOffset(g.headingRange, offset)) return g;
    const inner = findGroup(g.groups, offset);
    if (inner) return inner;
  }
  return null;
}

/** A group's or the whole file's roll-up: progress and a table of its objectives (the file's H1 also names the cycle). */
function rollUpHover(req: HoverRequest, title: string, progress: number | null, objectives: readonly Objective[], t: Translate): string {
  const lines = [`**${esc(title)}**`, ''];
  const cycle = req.doc.cycle;
  if (cycle && objectives === req.doc.objectives) {
    const elapsed = expectedProgress(cycle, req.today);
    lines.push(t('Cycle {0} ({1} – {2})', esc(cycle.label), cycle.start, cycle.end) + (elapsed === null ? '' : ` · ${t('{0} of the time gone', percent(elapsed))}`), '');
  }
  lines.push(`\`${progressBar(progress)}\` ${percent(progress)}`, '');
  if (objectives.length > 0) {
    lines.push(`| ${t('Objective')} | ${t('Progress')} | ${t('Status')} |`, '|---|---|---|');
    for (const o of objectives) {
      const status = statusText(objectiveStatus(o, req.doc.cycle, req.today), t) ?? '';
      lines.push(`| ${o.label ? `${esc(o.label)}: ` : ''}${esc(truncate(o.title, 80))} | ${percent(o.progress)} | ${status} |`);
    }
  }
  return lines.join('\n').trimEnd();
}

function quantity(q: Quantity | null): string {
  return q ? esc(q.raw) : '?';
}

// Literal `t('…')` calls (not `t(variable)`) so the l10n tooling can extract every message.
const kindLabel = (kind: KeyResult['kind'], t: Translate): string =>
  ({ metric: t('metric'), threshold: t('threshold'), milestone: t('milestone'), unmeasured: t('not measurable') })[kind];
const directionLabel = (direction: 'increase' | 'decrease', t: Translate): string => (direction === 'increase' ? t('increase') : t('decrease'));
const typeLabel = (type: 'committed' | 'aspirational', t: Translate): string => (type === 'committed' ? t('committed') : t('aspirational'));

export function keyResultHover(req: HoverRequest, objective: Objective, kr: KeyResult, t: Translate = english): string {
  const lines: string[] = [];
  const name = kr.label ?? t('Key result');
  const kind = kr.kind === 'metric' && kr.direction ? t('{0} ({1})', kindLabel('metric', t), directionLabel(kr.direction, t)) : kindLabel(kr.kind, t);
  lines.push(`**${esc(name)}** · ${kind}`, '');
  lines.push(esc(kr.text), '');

  if (kr.kind === 'metric') {
    // A relative target shows what it computes to (`400 → ? → 200 (÷2)` for `by half from 400`).
    lines.push(`${quantity(kr.baseline)} → **${kr.current ? esc(kr.current.raw) : '?'}** → ${esc(targetText(kr) ?? '?')}`, '');
  } else if (kr.kind === 'threshold' && kr.target) {
    const rule = { '>=': t('at least {0}', esc(kr.target.raw)), '>': t('above {0}', esc(kr.target.raw)), '<=': t('at most {0}', esc(kr.target.raw)), '<': t('below {0}', esc(kr.target.raw)) };
    const must = kr.comparator ? rule[kr.comparator] : esc(kr.target.raw);
    lines.push(t('current {0} · must stay {1}', `**${kr.current ? esc(kr.current.raw) : '?'}**`, must), '');
  } else if (kr.kind === 'milestone') {
    lines.push(kr.checked ? `☑ ${t('done')}` : `☐ ${t('not done')}`, '');
  }

  const progress = kr.progress;
  // Under a header that already says `not measurable`, the reason is just that there is no target.
  const reason = kr.kind === 'unmeasured' && kr.progressReason === 'not measurable: no target number' ? 'no target' : kr.progressReason;
  const progressLine = progress === null
    ? t('Progress unknown: {0}', esc(reason != null ? progressReasonText(reason, t) : t('no numbers to compute it from')))
    : `\`${progressBar(progress)}\` ${percent(progress)}`;
  lines.push(progressLine, '');

  const status = keyResultStatus(kr, req.doc.cycle, req.today, objective.type);
  const statusPhrase = statusText(status, t);
  if (status && statusPhrase) {
    const expected = status.phase === 'running' ? ` · ${t('{0} of the time gone', percent(status.expected))}` : '';
    lines.push(t('Status: {0}', `**${statusPhrase}**`) + expected, '');
  }
  const facts: string[] = [];
  if (kr.confidence) facts.push(t('Confidence: {0}', kr.confidence.value.toFixed(1)));
  if (kr.deadline) facts.push(t('Due: {0}', esc(kr.deadline.date ?? kr.deadline.raw)));
  if (kr.owners.length) facts.push(t('Owner: {0}', kr.owners.map((o) => esc(`@${o.name}`)).join(', ')));
  if (kr.score !== null) facts.push(t('Score: {0}', kr.score.toFixed(1)));
  if (facts.length) lines.push(facts.join(' · '), '');

  if (kr.checkins.length > 0) {
    lines.push(`**${t('Check-ins')}**`, '');
    lines.push(`| ${t('Date')} | ${t('Value')} | ${t('Confidence')} | ${t('Note')} |`, '|---|---|---|---|');
    const newestFirst = [...kr.checkins].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    for (const c of newestFirst.slice(0, 10)) {
      lines.push(`| ${esc(c.date ?? c.dateRaw)} | ${c.value ? esc(c.value.raw) : ''} | ${c.confidence ? c.confidence.value.toFixed(1) : ''} | ${esc(c.note)} |`);
    }
    if (newestFirst.length > 10) lines.push('', t('…and {0} older check-ins', newestFirst.length - 10));
  }
  return lines.join('\n').trimEnd();
}

export function objectiveHover(req: HoverRequest, objective: Objective, t: Translate = english): string {
  const lines: string[] = [];
  lines.push(`**${objective.label ? `${esc(objective.label)} · ` : ''}${esc(objective.title)}**`, '');
  const facts: string[] = [];
  if (objective.owner) facts.push(t('Owner: {0}', esc(`@${objective.owner.name}`)));
  if (objective.type) facts.push(typeLabel(objective.type, t));
  if (objective.weight !== 1) facts.push(t('Weight: {0}', objective.weight));
  if (facts.length) lines.push(facts.join(' · '), '');

  const known = objective.keyResults.filter((k) => k.progress !== null).length;
  const status = statusText(objectiveStatus(objective, req.doc.cycle, req.today), t);
  lines.push(`\`${progressBar(objective.progress)}\` ${percent(objective.progress)}${status ? ` · **${status}**` : ''}`, '');
  lines.push(t('Roll-up of {0} of {1} key results with known progress', known, objective.keyResults.length), '');

  if (objective.keyResults.length > 0) {
    lines.push(`| ${t('Key result')} | ${t('Progress')} | ${t('Status')} |`, '|---|---|---|');
    for (const kr of objective.keyResults) {
      const krStatus = statusText(keyResultStatus(kr, req.doc.cycle, req.today, objective.type), t) ?? '';
      const name = kr.label ? `${esc(kr.label)}: ` : '';
      lines.push(`| ${name}${esc(truncate(kr.text, 80))} | ${percent(kr.progress)} | ${krStatus} |`);
    }
  }
  return lines.join('\n').trimEnd();
}

function alignmentHover(req: HoverRequest, range: Range, target: string | null, name: string, t: Translate): HoverData {
  const resolved = req.workspace && req.fileName ? resolveAlignment(req.workspace, req.fileName, { target, objective: name }) : null;
  if (!resolved) {
    return { markdown: t('No objective {0} found in the workspace’s OKR files', esc(target ? `${target}#${name}` : name)), range };
  }
  const { file, objective } = resolved;
  const markdown = [
    t('Aligns to **{0}**', esc(objective.title)),
    '',
    `${esc(file.fileName)} · \`${progressBar(objective.progress)}\` ${percent(objective.progress)}${objective.owner ? ` · ${esc(`@${objective.owner}`)}` : ''}`,
  ].join('\n');
  return { markdown, range };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
