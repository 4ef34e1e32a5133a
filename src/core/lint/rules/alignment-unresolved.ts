// `Aligns: company#grow-revenue` must name an objective that exists, or the alignment map breaks.
import type { AlignmentRef } from '../../model';
import { defineRule } from '../helpers';
import type { WorkspaceFile, WorkspaceIndex } from '../types';

function stem(fileName: string): string {
  const base = fileName.replace(/\\/g, '/').split('/').pop() ?? fileName;
  return base.replace(/\.okr\.md$|\.md$/i, '').toLowerCase();
}

function normalisePath(p: string): string {
  const parts: string[] = [];
  for (const seg of p.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/').toLowerCase();
}

function dirOf(fileName: string): string {
  const p = fileName.replace(/\\/g, '/');
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

/** The files an alignment target may mean: a path, a file stem (`company`), a team or a cycle label. */
function filesFor(target: string, from: string | undefined, workspace: WorkspaceIndex): WorkspaceFile[] {
  const t = target.toLowerCase();
  if (/[/\\]|\.md$/i.test(target)) {
    const wanted = normalisePath(from ? `${dirOf(from)}/${target}` : target);
    const exact = workspace.files.filter((f) => normalisePath(f.fileName) === wanted || normalisePath(f.fileName).endsWith(`/${wanted}`));
    if (exact.length) return exact;
    const bySuffix = normalisePath(target);
    return workspace.files.filter((f) => normalisePath(f.fileName).endsWith(bySuffix));
  }
  return workspace.files.filter(
    (f) =>
      stem(f.fileName) === t ||
      (stem(f.fileName) === 'okr' && stem(dirOf(f.fileName)) === t) ||
      f.team?.toLowerCase() === t ||
      f.cycle?.toLowerCase() === t,
  );
}

function hasObjective(file: { objectives: { id: string; slug: string }[] }, name: string): boolean {
  const n = name.toLowerCase();
  return file.objectives.some((o) => o.id.toLowerCase() === n || o.slug.toLowerCase() === n);
}

export default defineRule(
  {
    id: 'alignment-unresolved',
    description: 'An `Aligns:` reference must name an objective that exists in the workspace',
    category: 'file',
    defaultSeverity: 'warning',
    fixable: false,
    options: {},
    defaults: {},
  },
  ({ doc, fileName, workspace, report }) => {
    const self = { objectives: doc.objectives.map((o) => ({ id: o.id, slug: o.slug })) };
    for (const objective of doc.objectives) {
      for (const ref of objective.aligns) {
        const problem = resolve(ref);
        if (problem) report({ message: problem, range: ref.range, subject: ref.raw });
      }
    }

    function resolve(ref: AlignmentRef): string | null {
      const others = workspace?.files.filter((f) => !fileName || normalisePath(f.fileName) !== normalisePath(fileName)) ?? [];
      if (!ref.objective) return `Alignment is incomplete: '${ref.raw}' names no objective (expected file#objective)`;
      if (ref.target === null) {
        if (hasObjective(self, ref.objective)) return null;
        // Without a workspace we cannot tell: stay quiet rather than guess.
        if (!workspace) return null;
        if (others.some((f) => hasObjective(f, ref.objective))) return null;
        return `Unresolved alignment: no objective '${ref.objective}' in this file or the workspace`;
      }
      if (!workspace) return null;
      const files = filesFor(ref.target, fileName, workspace);
      if (files.length === 0) return `Unresolved alignment: '${ref.target}' names no OKR file, team or cycle in the workspace`;
      if (files.some((f) => hasObjective(f, ref.objective))) return null;
      const known = files[0]!.objectives.map((o) => o.id).slice(0, 6);
      return `Unresolved alignment: '${ref.target}' has no objective '${ref.objective}'${known.length ? ` (it has ${known.join(', ')})` : ''}`;
    }
  },
);
