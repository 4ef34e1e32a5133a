// Recognises the measurable parts of a key result's text: baseline → target, current value,
// score, deadline, owners, confidence, unit, and from them the kind and direction.
// Pure and position-aware: every part carries its range in the whole document.
import type { Comparator, Confidence, Cycle, Deadline, Direction, Mention, Quantity } from './model';
import { LineIndex } from './text';

/** Where the analysed text sits in the whole document; ranges are computed through it. */
export interface TextLocation {
  index: LineIndex;
  /** Offset of the analysed text's first character in `index.text`. */
  offset: number;
}

export interface KeyResultTextAnalysis {
  /** `milestone` is decided by the caller (a checkbox); the text alone gives metric, threshold or unmeasured. */
  kind: 'metric' | 'threshold' | 'unmeasured';
  direction: Direction | null;
  comparator: Comparator | null;
  baseline: Quantity | null;
  target: Quantity | null;
  current: Quantity | null;
  score: number | null;
  unit: string | null;
  deadline: Deadline | null;
  owners: Mention[];
  confidence: Confidence | null;
  weight: number;
}

export interface AnalyseOptions {
  /** Resolves `by Dec 15` and `by end of quarter`. */
  cycle?: Pick<Cycle, 'start' | 'end'> | null;
}

/** Analyses one KR's text. When `at` is omitted the text is its own document (ranges from 0). */
export function analyseKeyResultText(text: string, at?: TextLocation, _options: AnalyseOptions = {}): KeyResultTextAnalysis {
  void text;
  void at;
  return {
    kind: 'unmeasured',
    direction: null,
    comparator: null,
    baseline: null,
    target: null,
    current: null,
    score: null,
    unit: null,
    deadline: null,
    owners: [],
    confidence: null,
    weight: 1,
  };
}

export interface CheckInTextAnalysis {
  value: Quantity | null;
  confidence: Confidence | null;
  note: string;
}

/** Analyses what follows a check-in's date: `140, confidence 0.6 — blocked on infra`. */
export function analyseCheckInText(text: string, at?: TextLocation): CheckInTextAnalysis {
  void at;
  return { value: null, confidence: null, note: text.trim() };
}
