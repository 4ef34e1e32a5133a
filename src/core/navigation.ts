// Go to definition / find references on `Aligns:` targets, as data over the workspace index.
import type { AlignmentRef, OkrDocument, Range } from './model';
import { containsOffset } from './text';
import { findAlignmentsTo, findFile, findTargetFiles, resolveAlignment, type OkrWorkspace, type ResolvedObjective } from './workspace';

export interface LocationData {
  /** The file's URI as the index holds it. */
  uri: string;
  range: Range;
}

export interface DefinitionData extends LocationData {
  /** The reference the cursor is on (what VS Code underlines). */
  originRange: Range;
}

/** The `Aligns:` reference at `offset`, if any. */
export function alignmentAt(doc: OkrDocument, offset: number): AlignmentRef | null {
  for (const o of doc.objectives) {
    if (!containsOffset(o.range, offset)) continue;
    const ref = o.aligns.find((r) => containsOffset(r.range, offset));
    if (ref) return ref;
  }
  return null;
}

const FILE_START: Range = { start: { line: 0, character: 0, offset: 0 }, end: { line: 0, character: 0, offset: 0 } };

/**
 * Where the reference at `offset` points: for an `Aligns:` target the objective's title in its
 * file; for the front matter `parent:` value the start of the parent file.
 */
export function definitionAt(index: OkrWorkspace, fileName: string, doc: OkrDocument, offset: number): DefinitionData | null {
  const parentEntry = doc.frontmatter?.entries.find((e) => e.key.toLowerCase() === 'parent' && e.valueRange && containsOffset(e.valueRange, offset));
  if (parentEntry?.valueRange && typeof parentEntry.value === 'string') {
    const from = findFile(index, fileName);
    const target = from ? findTargetFiles(index, from, parentEntry.value)[0] : undefined;
    return target ? { uri: target.uri, range: FILE_START, originRange: parentEntry.valueRange } : null;
  }
  const ref = alignmentAt(doc, offset);
  if (!ref) return null;
  const resolved = resolveAlignment(index, fileName, ref);
  return resolved ? { uri: resolved.file.uri, range: resolved.objective.titleRange, originRange: ref.range } : null;
}

/**
 * The objective whose references are wanted: the target of the `Aligns:` reference at `offset`,
 * or the objective whose heading is at `offset`.
 */
export function referenceTargetAt(index: OkrWorkspace, fileName: string, doc: OkrDocument, offset: number): ResolvedObjective | null {
  const ref = alignmentAt(doc, offset);
  if (ref) return resolveAlignment(index, fileName, ref);
  const objective = doc.objectives.find((o) => containsOffset(o.headingRange, offset));
  const file = findFile(index, fileName);
  if (!objective || !file) return null;
  const indexed = file.objectives.find((o) => o.id === objective.id);
  return indexed ? { file, objective: indexed } : null;
}

/** Every `Aligns:` reference to the objective at `offset` (and its heading when `includeDeclaration`). */
export function referencesAt(index: OkrWorkspace, fileName: string, doc: OkrDocument, offset: number, includeDeclaration: boolean): LocationData[] {
  const target = referenceTargetAt(index, fileName, doc, offset);
  if (!target) return [];
  const refs: LocationData[] = findAlignmentsTo(index, target).map(({ file, alignment }) => ({ uri: file.uri, range: alignment.ref.range }));
  if (includeDeclaration) refs.unshift({ uri: target.file.uri, range: target.objective.titleRange });
  return refs;
}
