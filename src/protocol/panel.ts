// The one message protocol between the extension host (src/vscode/panel.ts) and the quarter-tree
// webview (src/webview). Both directions are discriminated unions on `type`, and both sides run
// the matching validator before acting: whatever fails it is ignored, never trusted.
// Imports only types, so either side can use it (no vscode, no DOM, no Node).
import type { TreeModel, TreeScope } from '../core/tree';

/** The commands a webview may ask the host to run. Anything else is refused. */
export const ALLOWED_COMMANDS = ['okr.newFile', 'workbench.actions.view.problems'] as const;
export type AllowedCommand = (typeof ALLOWED_COMMANDS)[number];

export const TREE_SCOPES: readonly TreeScope[] = ['file', 'workspace'];

/** What the webview remembers (via `getState`) and hands back to the host when it (re)loads. */
export interface PanelViewState {
  scope: TreeScope;
  /** The chosen cycle label, or null for "the current cycle". */
  cycle: string | null;
}

// ---- host → webview ----

/** The whole tree for the current scope and cycle; sent on `ready` and after every change. */
export interface ModelMessage {
  type: 'model';
  /** Increases with every model sent, so the webview can drop a stale one. */
  seq: number;
  model: TreeModel;
}

/** The node under the editor cursor (null: nothing to highlight). */
export interface HighlightMessage {
  type: 'highlight';
  uri: string | null;
  line: number | null;
}

export type HostMessage = ModelMessage | HighlightMessage;

// ---- webview → host ----

export interface ReadyMessage {
  type: 'ready';
  /** The scope and cycle the webview had before it was hidden or reloaded, if any. */
  state: PanelViewState | null;
}

/** Show this line of this OKR file in an editor. */
export interface RevealMessage {
  type: 'reveal';
  uri: string;
  /** 0-based line. */
  line: number;
}

export interface RunCommandMessage {
  type: 'runCommand';
  command: AllowedCommand;
}

export interface SetScopeMessage {
  type: 'setScope';
  scope: TreeScope;
}

export interface SelectCycleMessage {
  type: 'selectCycle';
  /** A cycle label from `model.cycles`, or null for the current one. */
  cycle: string | null;
}

export type WebviewMessage = ReadyMessage | RevealMessage | RunCommandMessage | SetScopeMessage | SelectCycleMessage;

// ---- validators ----

const MAX_STRING = 4096;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isShortString(x: unknown): x is string {
  return typeof x === 'string' && x.length <= MAX_STRING;
}

function isLine(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < 10_000_000;
}

export function isTreeScope(x: unknown): x is TreeScope {
  return typeof x === 'string' && (TREE_SCOPES as readonly string[]).includes(x);
}

export function isAllowedCommand(x: unknown): x is AllowedCommand {
  return typeof x === 'string' && (ALLOWED_COMMANDS as readonly string[]).includes(x);
}

function isCycleChoice(x: unknown): x is string | null {
  return x === null || (isShortString(x) && x.length <= 100);
}

export function isPanelViewState(x: unknown): x is PanelViewState {
  return isRecord(x) && isTreeScope(x.scope) && isCycleChoice(x.cycle);
}

/** True when `x` is a well-formed message from the webview. The host ignores anything else. */
export function isWebviewMessage(x: unknown): x is WebviewMessage {
  if (!isRecord(x)) return false;
  switch (x.type) {
    case 'ready':
      return x.state === null || x.state === undefined || isPanelViewState(x.state);
    case 'reveal':
      return isShortString(x.uri) && x.uri.length > 0 && isLine(x.line);
    case 'runCommand':
      return isAllowedCommand(x.command);
    case 'setScope':
      return isTreeScope(x.scope);
    case 'selectCycle':
      return isCycleChoice(x.cycle);
    default:
      return false;
  }
}

/** True when `x` is a well-formed message from the host (checked shallowly: the host is trusted
 * more than the webview, but a malformed message must not crash the app). */
export function isHostMessage(x: unknown): x is HostMessage {
  if (!isRecord(x)) return false;
  switch (x.type) {
    case 'model':
      return typeof x.seq === 'number' && isRecord(x.model) && Array.isArray(x.model.roots) && Array.isArray(x.model.cycles);
    case 'highlight':
      return (x.uri === null || isShortString(x.uri)) && (x.line === null || isLine(x.line));
    default:
      return false;
  }
}
