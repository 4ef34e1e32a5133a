// The webview's strings in the editor's language. The host puts `vscode.l10n.bundle` (the loaded
// l10n/bundle.l10n.<locale>.json; nothing in English) in the body's `data-l10n` attribute, and `t`
// looks each English template up in it, as `vscode.l10n.t` does in the extension host. Templates
// are English sentences with `{0}` placeholders; scripts/l10n.ts collects them into the bundle.

function readBundle(): Record<string, string> {
  try {
    const raw = document.body.dataset['l10n'];
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(parsed)) if (typeof value === 'string') out[key] = value;
    return out;
  } catch {
    // A bad attribute leaves the English templates.
    return {};
  }
}

const bundle = readBundle();

export function t(message: string, ...args: Array<string | number>): string {
  const template = Object.prototype.hasOwnProperty.call(bundle, message) ? bundle[message]! : message;
  return template.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : whole));
}
