// Size limit for OKR files in the editor (setting `okr.maxFileSizeKB`): past it the extension says
// so once and leaves the file alone (no parse, lint, completions, hover, outline or panel entry)
// instead of stalling the extension host. The CLI has no limit: CI may lint any file.
// Pure: the host passes the setting's raw value and the text's length.
import { english, type Translate } from './translate';

/** Default of `okr.maxFileSizeKB`. */
export const DEFAULT_MAX_FILE_SIZE_KB = 2048;

/**
 * The limit in characters (UTF-16 code units, ≈ bytes for the mostly-ASCII OKR files) for a raw
 * setting value: a finite number > 0 is KB (×1024), 0 means no limit (Infinity), anything else
 * (missing, negative, a string) falls back to the default.
 */
export function maxFileSizeChars(settingKB: unknown): number {
  if (settingKB === 0) return Number.POSITIVE_INFINITY;
  const kb = typeof settingKB === 'number' && Number.isFinite(settingKB) && settingKB > 0 ? settingKB : DEFAULT_MAX_FILE_SIZE_KB;
  return Math.floor(kb * 1024);
}

/** True when a text of this length is past the limit (a raw `okr.maxFileSizeKB` value). */
export function isTooLarge(textLength: number, settingKB: unknown): boolean {
  return textLength > maxFileSizeChars(settingKB);
}

function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(chars / 1024)} KB`;
}

/** The one message the editor shows for a file past the limit (in `t`'s language). */
export function tooLargeMessage(fileName: string, textLength: number, settingKB: unknown, t: Translate = english): string {
  const limit = maxFileSizeChars(settingKB);
  return t(
    'OKR Markdown: {0} is {1}, over the {2} limit (okr.maxFileSizeKB), so OKR features are off for it. Raise the setting, or lint it with the okr CLI.',
    fileName,
    formatSize(textLength),
    formatSize(limit),
  );
}
