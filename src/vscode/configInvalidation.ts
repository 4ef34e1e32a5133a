// Whether a config file's watcher event makes the cached configurations stale. The watcher fires a
// create and a change event for one write (and more than 50 ms apart under load): a configuration
// resolved after the first event was thrown away by the second although the file's text was the
// one it was built from. Imports no `vscode`, so the decision is unit tested.

/** What a config file's watcher reported. */
export type ConfigFileEvent = 'create' | 'change' | 'delete';

/**
 * The texts the cached configurations read of each config file since they were last dropped (null:
 * the file was not there). A file read twice with different texts has both: some cached
 * configuration was built from a text the file no longer has.
 */
export class ConfigTextsRead {
  private readonly texts = new Map<string, Set<string | null>>();

  /** A config search read `text` (null: not there or unreadable) at `uri`. */
  record(uri: string, text: string | null): void {
    let seen = this.texts.get(uri);
    if (!seen) this.texts.set(uri, (seen = new Set()));
    seen.add(text);
  }

  /** The texts read of `uri` since the last `clear`; undefined when it was not read. */
  get(uri: string): ReadonlySet<string | null> | undefined {
    return this.texts.get(uri);
  }

  clear(): void {
    this.texts.clear();
  }
}

/**
 * True when the cached configurations must be dropped after `event` on a config file: it was
 * deleted, it cannot be read now (`current` undefined), no cached configuration read it (`read`
 * undefined: whether one depends on it is not known), or what they read differs from its text now
 * (a new file they saw as absent, an edit). A create or change event for the very text every cached
 * configuration was built from changes nothing.
 */
export function configEventInvalidates(
  event: ConfigFileEvent,
  read: ReadonlySet<string | null> | undefined,
  current: string | null | undefined,
): boolean {
  if (event === 'delete') return true;
  if (current === undefined || current === null || read === undefined) return true;
  if (read.size !== 1) return true;
  return !read.has(current);
}
