// Runs the enabled rules over a parsed document: one pass per rule over the model, no re-parse.
import type { OkrDocument } from '../model';
import { LineIndex } from '../text';
import { Suppressions } from './directives';
import { ruleById, rules } from './rules/index';
import type { LintDiagnostic, LintOptions, Report, Rule, RuleSetting, Severity } from './types';

const QUIETER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info', hint: 'hint' };

/** The effective setting of a rule: configured, else the rule's default. */
export function ruleSetting(rule: Rule<any>, settings: Record<string, RuleSetting>): RuleSetting {
  const configured = settings[rule.meta.id];
  return {
    severity: configured?.severity ?? rule.meta.defaultSeverity,
    options: { ...(rule.meta.defaults as Record<string, unknown>), ...(configured?.options ?? {}) },
  };
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ');
}

/** Lints one document. Never throws: a rule that fails on odd input is skipped for this document. */
export function lint(doc: OkrDocument, text: string, options: LintOptions): LintDiagnostic[] {
  const lines = options.lines && options.lines.text === text ? options.lines : new LineIndex(text);
  const suppressions = new Suppressions(doc.comments, lines.lineCount);
  const diagnostics: LintDiagnostic[] = [];
  const globalAllow = (options.config.allow ?? []).filter((s) => typeof s === 'string').map(normalise).filter((s) => s.length > 0);

  for (const rule of rules) {
    const setting = ruleSetting(rule, options.config.rules ?? {});
    if (setting.severity === 'off') continue;
    const severity = setting.severity;
    const ruleAllow = Array.isArray(setting.options['allow'])
      ? (setting.options['allow'] as unknown[]).filter((s): s is string => typeof s === 'string').map(normalise)
      : [];
    const allow = [...globalAllow, ...ruleAllow];
    const report = (r: Report): void => {
      if (suppressions.isSuppressed(rule.meta.id, r.range.start.line)) return;
      if (allow.length) {
        const subject = normalise(r.subject ?? text.slice(r.range.start.offset, r.range.end.offset));
        if (allow.some((phrase) => subject.includes(phrase))) return;
      }
      const d: LintDiagnostic = {
        ruleId: rule.meta.id,
        severity: r.mild ? QUIETER[severity] : severity,
        message: r.message,
        range: r.range,
        docsUrl: rule.meta.docsUrl,
      };
      if (r.related?.length) d.related = r.related;
      if (r.fixes?.length) d.fixes = r.fixes;
      if (r.tags?.length) d.tags = r.tags;
      diagnostics.push(d);
    };
    try {
      rule.check({
        doc,
        text,
        lines,
        options: setting.options,
        fileName: options.fileName,
        workspace: options.workspace,
        report,
      });
    } catch {
      // A rule bug must not take the other rules (or the editor) down with it.
    }
  }

  return diagnostics.sort(
    (a, b) => a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset || a.ruleId.localeCompare(b.ruleId),
  );
}

export { ruleById, rules };
