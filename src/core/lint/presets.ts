// Built-in presets: `recommended` (each rule's default severity) and `strict` (more rules, louder).
import { rules } from './rules/index';
import type { RuleSetting } from './types';

export type PresetName = 'recommended' | 'strict';
export const PRESET_NAMES: readonly PresetName[] = ['recommended', 'strict'];

export function preset(name: PresetName): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const rule of rules) {
    const severity = name === 'strict' ? (rule.meta.strictSeverity ?? rule.meta.defaultSeverity) : rule.meta.defaultSeverity;
    out[rule.meta.id] = { severity, options: { ...(rule.meta.defaults as Record<string, unknown>) } };
  }
  return out;
}

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}
