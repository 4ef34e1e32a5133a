// Inline lint control in HTML comments:
//   <!-- okr-lint-disable-next-line [rule-id …] -->   the line after the comment
//   <!-- okr-lint-disable-line [rule-id …] -->        the line(s) of the comment itself
//   <!-- okr-lint-disable [rule-id …] --> … <!-- okr-lint-enable [rule-id …] -->
// No rule id means every rule. Rule ids are separated by spaces or commas; `--` starts a free
// comment (`<!-- okr-lint-disable-next-line kr-task-like -- it is a real milestone -->`).
import type { HtmlComment } from '../model';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named, or empty for all rules. */
  rules: string[];
  /** Where each of `rules` is, as offsets into `comment.text` (same order). */
  ruleOffsets: { start: number; end: number }[];
  comment: HtmlComment;
}

// The comment text may come with or without its `<!--` `-->` delimiters. Written so that no run of
// blanks can be split two ways (`\s*(?:<!--)?\s*`) and matched on the text with its trailing blanks
// cut (a `\s*$` after the lazy body rescanned them at every step): both were quadratic, 100,000
// blanks took seconds to minutes.
const DIRECTIVE = /^(\s*(?:<!--\s*)?okr-lint-(disable-next-line|disable-line|disable|enable)\b)([\s\S]*?)(?:-->)?$/;

export function parseDirective(comment: HtmlComment): Directive | null {
  const m = DIRECTIVE.exec(comment.text.trimEnd());
  if (!m) return null;
  const bodyStart = m[1]!.length;
  const body = m[3]!.split(/\s--(?:\s|$)/)[0]!;
  const rules: string[] = [];
  const ruleOffsets: { start: number; end: number }[] = [];
  for (const id of body.matchAll(/[^\s,]+/g)) {
    rules.push(id[0]);
    ruleOffsets.push({ start: bodyStart + id.index!, end: bodyStart + id.index! + id[0].length });
  }
  return { kind: m[2] as DirectiveKind, rules, ruleOffsets, comment };
}

interface Region {
  rule: string | null; // null: all rules
  startLine: number;
  endLine: number; // inclusive
}

/** Answers "is rule R disabled on line L?" for one document. */
export class Suppressions {
  private readonly regions: Region[] = [];
  readonly directives: Directive[];

  constructor(comments: readonly HtmlComment[], lineCount: number) {
    this.directives = comments.map(parseDirective).filter((d): d is Directive => d !== null);
    const sorted = [...this.directives].sort((a, b) => a.comment.range.start.offset - b.comment.range.start.offset);
    const open = new Map<string | null, number>();
    for (const d of sorted) {
      const keys: (string | null)[] = d.rules.length ? d.rules : [null];
      const start = d.comment.range.start.line;
      const end = d.comment.range.end.line;
      switch (d.kind) {
        case 'disable-next-line':
          for (const rule of keys) this.regions.push({ rule, startLine: end + 1, endLine: end + 1 });
          break;
        case 'disable-line':
          for (const rule of keys) this.regions.push({ rule, startLine: start, endLine: end });
          break;
        case 'disable':
          for (const rule of keys) if (!open.has(rule)) open.set(rule, start);
          break;
        case 'enable':
          if (keys[0] === null && d.rules.length === 0) {
            // A bare enable closes every open region.
            for (const [rule, from] of open) this.regions.push({ rule, startLine: from, endLine: end });
            open.clear();
          } else {
            for (const rule of keys) {
              const from = open.get(rule);
              if (from !== undefined) {
                this.regions.push({ rule, startLine: from, endLine: end });
                open.delete(rule);
              }
            }
          }
          break;
      }
    }
    for (const [rule, from] of open) this.regions.push({ rule, startLine: from, endLine: Math.max(lineCount, from) });
  }

  isSuppressed(ruleId: string, line: number): boolean {
    return this.regions.some((r) => (r.rule === null || r.rule === ruleId) && r.startLine <= line && line <= r.endLine);
  }
}
