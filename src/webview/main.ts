// The quarter-tree webview: renders the TreeModel the host sends, keeps its own view state
// (scope, cycle, filter, expansion, scroll, focus) across hide/reload with getState/setState,
// and talks back only through the typed protocol in src/protocol/panel.ts.
import { isHostMessage, isPanelViewState, type AllowedCommand, type HostMessage, type WebviewMessage } from '../protocol/panel';
import { ancestorsOf, filterTree, findNodeAt, flattenTree, type FilterResult, type ProblemCounts, type TreeModel, type TreeNode, type TreeRow, type TreeScope } from '../core/tree';
import { daysBetween } from '../core/tree-status';
import { clear, el, sparkline } from './dom';
import { t } from './l10n';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: SavedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

interface SavedState {
  scope: TreeScope;
  cycle: string | null;
  filter: string;
  /** Every node open (true) or closed (false), except the ids in `toggled`. */
  allExpanded: boolean;
  toggled: string[];
  scrollTop: number;
  focusedId: string | null;
}

const ROW_HEIGHT = 42;
const OVERSCAN = 8;

const vscode = acquireVsCodeApi();

function loadState(): SavedState {
  const saved = vscode.getState() as Partial<SavedState> | undefined;
  const base: SavedState = { scope: 'workspace', cycle: null, filter: '', allExpanded: true, toggled: [], scrollTop: 0, focusedId: null };
  if (!saved || typeof saved !== 'object') return base;
  const view = { scope: saved.scope, cycle: saved.cycle ?? null };
  return {
    scope: isPanelViewState(view) ? view.scope : base.scope,
    cycle: isPanelViewState(view) ? view.cycle : base.cycle,
    filter: typeof saved.filter === 'string' ? saved.filter.slice(0, 500) : '',
    allExpanded: typeof saved.allExpanded === 'boolean' ? saved.allExpanded : true,
    toggled: Array.isArray(saved.toggled) ? saved.toggled.filter((x): x is string => typeof x === 'string').slice(0, 20_000) : [],
    scrollTop: typeof saved.scrollTop === 'number' && saved.scrollTop >= 0 ? saved.scrollTop : 0,
    focusedId: typeof saved.focusedId === 'string' ? saved.focusedId : null,
  };
}

const state = loadState();
const toggled = new Set(state.toggled);
let model: TreeModel | null = null;
let lastSeq = -1;
let filter: FilterResult | null = null;
let rows: TreeRow[] = [];
let highlighted: { uri: string; line: number } | null = null;
let highlightedId: string | null = null;
let restoredScroll = false;
const domIds = new Map<string, string>();

function save(): void {
  state.toggled = [...toggled];
  vscode.setState(state);
}

function post(message: WebviewMessage): void {
  vscode.postMessage(message);
}

function domId(nodeId: string): string {
  let id = domIds.get(nodeId);
  if (!id) {
    id = `node-${domIds.size + 1}`;
    domIds.set(nodeId, id);
  }
  return id;
}

function isExpanded(node: TreeNode): boolean {
  return state.allExpanded !== toggled.has(node.id);
}

function setExpanded(node: TreeNode, open: boolean): void {
  if (isExpanded(node) === open) return;
  if (toggled.has(node.id)) toggled.delete(node.id);
  else toggled.add(node.id);
  save();
  refreshRows();
}

// ---------------------------------------------------------------- skeleton

const scopeFile = el('button', { className: 'seg', text: t('This file'), attrs: { type: 'button', 'data-scope': 'file', title: t('Show the OKR file in the active editor') } });
const scopeWorkspace = el('button', { className: 'seg', text: t('Workspace'), attrs: { type: 'button', 'data-scope': 'workspace', title: t('Show every OKR file, company → teams') } });
const cyclePicker = el('select', { className: 'cycle-picker', attrs: { 'aria-label': t('Cycle'), title: t('Cycle') } });
const expandAll = el('button', { className: 'tool', text: '⊞', attrs: { type: 'button', 'data-action': 'expand-all', title: t('Expand all'), 'aria-label': t('Expand all') } });
const collapseAll = el('button', { className: 'tool', text: '⊟', attrs: { type: 'button', 'data-action': 'collapse-all', title: t('Collapse all'), 'aria-label': t('Collapse all') } });
const filterBox = el('input', {
  className: 'filter',
  attrs: { type: 'search', placeholder: t('Filter: text, @owner, status:at-risk'), 'aria-label': t('Filter objectives and key results'), spellcheck: 'false' },
});
const summary = el('div', { className: 'summary', attrs: { 'aria-live': 'polite' } });
const emptyBox = el('div', { className: 'empty', attrs: { hidden: true } });
const spacer = el('div', { className: 'spacer' });
const tree = el('div', { className: 'tree', attrs: { role: 'tree', tabindex: 0, 'aria-label': t('OKRs') } }, [spacer]);
const liveRegion = el('div', { className: 'sr-only', attrs: { 'aria-live': 'polite' } });

const app = el('div', { className: 'app' }, [
  el('header', { className: 'header' }, [
    summary,
    el('div', { className: 'toolbar' }, [
      el('div', { className: 'segmented', attrs: { role: 'group', 'aria-label': t('Scope') } }, [scopeFile, scopeWorkspace]),
      cyclePicker,
    ]),
    el('div', { className: 'toolbar' }, [filterBox, expandAll, collapseAll]),
  ]),
  emptyBox,
  tree,
  liveRegion,
]);
document.body.appendChild(app);
filterBox.value = state.filter;

// ---------------------------------------------------------------- formatting

function pct(p: number | null): string {
  return p === null ? '—' : `${Math.round(p * 100)}%`;
}

function problemsText(p: ProblemCounts): string {
  const parts: string[] = [];
  if (p.errors) parts.push(p.errors === 1 ? t('1 error') : t('{0} errors', p.errors));
  if (p.warnings) parts.push(p.warnings === 1 ? t('1 warning') : t('{0} warnings', p.warnings));
  if (p.infos) parts.push(t('{0} info', p.infos));
  return parts.join(', ');
}

/** `✕ 1 ⚠ 4 ℹ 2`: a count per severity (one total under the worst icon read as "7 errors"). */
function problemBadge(p: ProblemCounts): HTMLElement | null {
  const parts = [
    p.errors ? el('span', { className: 'sev-error', text: `✕ ${p.errors}` }) : null,
    p.warnings ? el('span', { className: 'sev-warning', text: `⚠ ${p.warnings}` }) : null,
    p.infos ? el('span', { className: 'sev-info', text: `ℹ ${p.infos}` }) : null,
  ];
  const present = parts.filter((x): x is HTMLSpanElement => x !== null);
  if (!present.length) return null;
  const spaced = present.flatMap((x, i) => (i === 0 ? [x] : [document.createTextNode(' '), x]));
  return el('span', { className: 'problems', attrs: { title: problemsText(p) } }, spaced);
}

function bar(progress: number | null, expected: number | null, band: string | null, label: string): HTMLElement {
  const fill = el('div', { className: 'fill' });
  fill.style.width = `${Math.round((progress ?? 0) * 1000) / 10}%`;
  const node = el('div', {
    className: `bar band-${band ?? 'none'}`,
    attrs: { role: 'img', 'aria-label': label, 'data-value': progress === null ? '' : progress.toFixed(3), title: label },
  }, [fill]);
  if (expected !== null) {
    const marker = el('div', { className: 'expected', attrs: { title: t('expected today: {0}', pct(expected)) } });
    marker.style.left = `${Math.round(expected * 1000) / 10}%`;
    node.appendChild(marker);
  }
  return node;
}

// ---------------------------------------------------------------- header and empty states

function renderHeader(): void {
  scopeFile.setAttribute('aria-pressed', String(state.scope === 'file'));
  scopeWorkspace.setAttribute('aria-pressed', String(state.scope === 'workspace'));
  clear(summary);
  clear(cyclePicker);
  if (!model) {
    summary.appendChild(el('span', { className: 'muted', text: t('Loading OKRs…') }));
    cyclePicker.hidden = true;
    return;
  }
  const m = model;
  const cycleText = m.cycle ? m.cycle.label : t('No cycle');
  // A cycle that has not begun says when it starts, as the status bar does (not '130 days left').
  const toStart = m.cycle ? daysBetween(m.today, m.cycle.start) : null;
  const when = !m.cycle
    ? ''
    : m.ended
      ? t('ended')
      : toStart !== null && toStart > 0
        ? toStart === 1
          ? t('starts tomorrow')
          : t('starts in {0} days', String(toStart))
        : m.daysLeft === 0
          ? t('last day')
          : m.daysLeft === 1
            ? t('1 day left')
            : t('{0} days left', String(m.daysLeft));
  const overall = m.status ? t('Overall {0}, {1}', pct(m.progress), m.status.label) : t('Overall {0}', pct(m.progress));
  summary.append(
    el('div', { className: 'summary-line' }, [
      el('span', { className: 'cycle', text: cycleText }),
      when ? el('span', { className: 'days', text: when }) : null,
      el('span', { className: 'grow' }),
      problemBadge(m.problems),
    ]),
    el('div', { className: 'summary-line' }, [
      bar(m.progress, m.expected, m.band, overall),
      el('span', { className: 'value', text: pct(m.progress) }),
      m.status ? el('span', { className: `status tone-${m.status.tone}`, text: m.status.label }) : null,
    ]),
  );
  const showPicker = m.scope === 'workspace' && m.cycles.length > 1;
  cyclePicker.hidden = !showPicker;
  if (showPicker) {
    for (const c of m.cycles) {
      const option = el('option', { text: c.files === 1 ? t('{0} (1 file)', c.label) : t('{0} ({1} files)', c.label, c.files), attrs: { value: c.label } });
      option.selected = c.label === m.cycle?.label;
      cyclePicker.appendChild(option);
    }
  }
}

function commandButton(text: string, command: AllowedCommand): HTMLButtonElement {
  const button = el('button', { className: 'primary', text, attrs: { type: 'button', 'data-command': command } });
  button.addEventListener('click', () => post({ type: 'runCommand', command }));
  return button;
}

function renderEmpty(): void {
  clear(emptyBox);
  const m = model;
  let content: HTMLElement[] = [];
  if (m?.empty === 'no-files') {
    content = [el('p', { text: t('No OKR files in this workspace yet. OKRs live in okr.md or *.okr.md files.') }), commandButton(t('Create an OKR file'), 'okr.newFile')];
  } else if (m?.empty === 'no-active-file') {
    const button = el('button', { className: 'primary', text: t('Show the whole workspace'), attrs: { type: 'button' } });
    button.addEventListener('click', () => setScope('workspace'));
    content = [el('p', { text: t('The active editor is not an OKR file.') }), button];
  } else if (m?.empty === 'no-objectives') {
    content = [el('p', { text: t('No objectives found: an objective is a heading with a list of key results under it.') })];
  } else if (m && filter && rows.length === 0) {
    content = [el('p', { text: t('Nothing matches “{0}”.', state.filter) })];
  }
  if (m) {
    for (const file of m.files) {
      const problems = problemsText(file.problems);
      if (!file.parseProblems.length && !problems) continue;
      if (m.empty !== 'no-objectives' && !file.parseProblems.length) continue;
      const count = file.objectives === 1 ? t('{0}: 1 objective parsed', file.name) : t('{0}: {1} objectives parsed', file.name, file.objectives);
      const withCycle = file.cycle ? t('{0}, cycle {1}', count, file.cycle) : count;
      const parsed = problems ? t('{0}; {1}', withCycle, problems) : withCycle;
      content.push(el('div', { className: 'file-problems' }, [el('p', { text: parsed }), el('ul', {}, file.parseProblems.map((p) => el('li', { text: p })))]));
    }
    if (content.some((c) => c.className === 'file-problems')) content.push(commandButton(t('Show problems'), 'workbench.actions.view.problems'));
  }
  emptyBox.hidden = content.length === 0;
  emptyBox.append(...content);
}

// ---------------------------------------------------------------- rows (virtualised)

function renderRow(row: TreeRow, index: number): HTMLElement {
  const n = row.node;
  const label = problemsText(n.problems) ? `${n.ariaLabel}, ${problemsText(n.problems)}` : n.ariaLabel;
  const twisty = el('span', { className: `twisty${row.expandable ? '' : ' leaf'}`, text: row.expandable ? (row.expanded ? '▾' : '▸') : '', attrs: { 'aria-hidden': 'true' } });
  const line1 = el('div', { className: 'line1' }, [
    twisty,
    n.label && n.kind !== 'file' ? el('span', { className: 'label', text: n.label }) : null,
    el('span', { className: 'title', text: n.title, attrs: { title: n.kind === 'file' && n.label ? `${n.title} (${n.label})` : n.title } }),
    n.objectiveType ? el('span', { className: `type type-${n.objectiveType}`, text: n.objectiveType === 'aspirational' ? t('aspirational') : t('committed') }) : null,
    n.kind === 'objective' && n.aligns.length ? el('span', { className: 'aligns', text: `↑ ${n.aligns.join(', ')}`, attrs: { title: t('Aligns: {0}', n.aligns.join(', ')) } }) : null,
    problemBadge(n.problems),
  ]);
  const trend = n.trend
    ? el('span', { className: `trend trend-${n.trend.direction}`, attrs: { title: t('trend: {0}', n.trend.text) } }, [
        sparkline(n.trend.points, 28, 12, 'spark'),
        el('span', { text: n.trend.direction === 'up' ? '↗' : n.trend.direction === 'down' ? '↘' : '→', attrs: { 'aria-hidden': 'true' } }),
      ])
    : null;
  const line2 = el('div', { className: 'line2' }, [
    bar(n.progress, n.expected, n.band, n.ariaLabel),
    el('span', { className: 'value', text: pct(n.progress), attrs: { title: n.progressReason ?? '' } }),
    n.status ? el('span', { className: `status tone-${n.status.tone}`, text: n.status.label }) : null,
    trend,
    n.detail ? el('span', { className: 'detail', text: n.detail, attrs: { title: n.detail } }) : null,
    // An owner the parser kept as written (`@‹owner›`, the New OKR File placeholder) has its '@' already.
    n.owner ? el('span', { className: 'owner', text: n.owner.startsWith('@') ? n.owner : `@${n.owner}` }) : null,
    n.confidence !== null ? el('span', { className: 'confidence', text: t('conf {0}', n.confidence.toFixed(1)), attrs: { title: t('confidence') } }) : null,
  ]);
  const node = el(
    'div',
    {
      className: `row kind-${n.kind}${n.id === state.focusedId ? ' focused' : ''}${n.id === highlightedId ? ' current' : ''}${filter?.matched.has(n.id) ? ' match' : ''}`,
      attrs: {
        id: domId(n.id),
        role: 'treeitem',
        'aria-level': row.level,
        'aria-setsize': row.setsize,
        'aria-posinset': row.posinset,
        'aria-expanded': row.expandable ? String(row.expanded) : null,
        'aria-selected': String(n.id === state.focusedId),
        'aria-label': label,
        'data-id': n.id,
        'data-kind': n.kind,
        'data-index': index,
      },
    },
    [line1, line2],
  );
  node.style.top = `${index * ROW_HEIGHT}px`;
  node.style.paddingLeft = `${4 + (row.level - 1) * 14}px`;
  return node;
}

function renderWindow(): void {
  const top = tree.scrollTop;
  const height = tree.clientHeight || 600;
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length - 1, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
  clear(spacer);
  const fragment = document.createDocumentFragment();
  for (let i = first; i <= last; i++) fragment.appendChild(renderRow(rows[i]!, i));
  // aria-activedescendant must point at an element that exists.
  const focusIndex = rows.findIndex((r) => r.node.id === state.focusedId);
  if (focusIndex >= 0 && (focusIndex < first || focusIndex > last)) fragment.appendChild(renderRow(rows[focusIndex]!, focusIndex));
  spacer.appendChild(fragment);
  if (focusIndex >= 0) tree.setAttribute('aria-activedescendant', domId(rows[focusIndex]!.node.id));
  else tree.removeAttribute('aria-activedescendant');
}

function refreshRows(): void {
  rows = model ? flattenTree(model.roots, isExpanded, filter) : [];
  spacer.style.height = `${rows.length * ROW_HEIGHT}px`;
  renderWindow();
}

function applyFilter(): void {
  filter = model ? filterTree(model.roots, state.filter) : null;
  refreshRows();
  renderEmpty();
  liveRegion.textContent = filter ? (filter.matched.size === 1 ? t('1 match') : t('{0} matches', filter.matched.size)) : '';
}

function updateHighlight(): void {
  const node = model && highlighted ? findNodeAt(model.roots, highlighted.uri, highlighted.line) : null;
  // When the node is inside a collapsed parent, the nearest shown ancestor stands in for it.
  let id = node?.id ?? null;
  if (node && !rows.some((r) => r.node.id === node.id)) {
    const shown = ancestorsOf(model!.roots, node.id).filter((a) => rows.some((r) => r.node.id === a));
    id = shown[shown.length - 1] ?? null;
  }
  if (id === highlightedId) return;
  highlightedId = id;
  renderWindow();
  const index = rows.findIndex((r) => r.node.id === id);
  if (index >= 0) scrollToIndex(index);
}

function scrollToIndex(index: number): void {
  const top = index * ROW_HEIGHT;
  if (top < tree.scrollTop) tree.scrollTop = top;
  else if (top + ROW_HEIGHT > tree.scrollTop + tree.clientHeight) tree.scrollTop = top + ROW_HEIGHT - tree.clientHeight;
}

// ---------------------------------------------------------------- actions

function setScope(scope: TreeScope): void {
  if (state.scope === scope) return;
  state.scope = scope;
  save();
  renderHeader();
  post({ type: 'setScope', scope });
}

function focusRow(index: number): void {
  const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
  if (!row) return;
  state.focusedId = row.node.id;
  save();
  scrollToIndex(rows.indexOf(row));
  renderWindow();
}

function reveal(node: TreeNode): void {
  post({ type: 'reveal', uri: node.uri, line: node.line });
}

function onKey(event: KeyboardEvent): void {
  if (!rows.length) return;
  const index = rows.findIndex((r) => r.node.id === state.focusedId);
  const row = rows[index];
  const page = Math.max(1, Math.floor(tree.clientHeight / ROW_HEIGHT) - 1);
  switch (event.key) {
    case 'ArrowDown':
      focusRow(index < 0 ? 0 : index + 1);
      break;
    case 'ArrowUp':
      focusRow(index < 0 ? 0 : index - 1);
      break;
    case 'PageDown':
      focusRow(index + page);
      break;
    case 'PageUp':
      focusRow(index - page);
      break;
    case 'Home':
      focusRow(0);
      break;
    case 'End':
      focusRow(rows.length - 1);
      break;
    case 'ArrowRight':
      if (!row) focusRow(0);
      else if (row.expandable && !row.expanded) setExpanded(row.node, true);
      else if (row.expanded) focusRow(index + 1);
      break;
    case 'ArrowLeft':
      if (!row) focusRow(0);
      else if (row.expanded && !(filter && filter.open.has(row.node.id))) setExpanded(row.node, false);
      else if (row.parentId) focusRow(rows.findIndex((r) => r.node.id === row.parentId));
      break;
    case 'Enter':
    case ' ':
      if (row) reveal(row.node);
      break;
    case '*':
      state.allExpanded = true;
      toggled.clear();
      save();
      refreshRows();
      break;
    default:
      return;
  }
  event.preventDefault();
}

tree.addEventListener('keydown', onKey);
// Keyboard focus (Tab) lands on a row, as in VS Code's own trees: the row under the editor's
// cursor, else the first row in view. A mouse click is left alone (its own handler picks the
// row, and moving focus first would scroll the row away from under the pointer).
tree.addEventListener('focus', () => {
  if (!tree.matches(':focus-visible') || rows.some((r) => r.node.id === state.focusedId)) return;
  const current = rows.findIndex((r) => r.node.id === highlightedId);
  if (current >= 0) focusRow(current);
  else focusRow(Math.min(rows.length - 1, Math.ceil(tree.scrollTop / ROW_HEIGHT)));
});
tree.addEventListener('scroll', () => {
  state.scrollTop = tree.scrollTop;
  save();
  renderWindow();
});
tree.addEventListener('click', (event) => {
  const target = event.target as Element;
  const rowElement = target.closest('.row') as HTMLElement | null;
  if (!rowElement) return;
  const row = rows[Number(rowElement.dataset.index)];
  if (!row) return;
  state.focusedId = row.node.id;
  save();
  tree.focus({ preventScroll: true });
  if (target.closest('.twisty') && row.expandable) {
    setExpanded(row.node, !row.expanded);
    return;
  }
  renderWindow();
  reveal(row.node);
});
tree.addEventListener('dblclick', (event) => {
  const rowElement = (event.target as Element).closest('.row') as HTMLElement | null;
  const row = rowElement ? rows[Number(rowElement.dataset.index)] : undefined;
  if (row?.expandable) setExpanded(row.node, !row.expanded);
});

scopeFile.addEventListener('click', () => setScope('file'));
scopeWorkspace.addEventListener('click', () => setScope('workspace'));
cyclePicker.addEventListener('change', () => {
  state.cycle = cyclePicker.value || null;
  save();
  post({ type: 'selectCycle', cycle: state.cycle });
});
expandAll.addEventListener('click', () => {
  state.allExpanded = true;
  toggled.clear();
  save();
  refreshRows();
});
collapseAll.addEventListener('click', () => {
  state.allExpanded = false;
  toggled.clear();
  save();
  refreshRows();
});

let filterTimer: ReturnType<typeof setTimeout> | undefined;
filterBox.addEventListener('input', () => {
  clearTimeout(filterTimer);
  filterTimer = setTimeout(() => {
    state.filter = filterBox.value;
    // A new query starts at the top of its results (model updates, by contrast, keep the scroll).
    tree.scrollTop = 0;
    save();
    applyFilter();
    updateHighlight();
  }, 60);
});
filterBox.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown') {
    event.preventDefault();
    tree.focus();
    if (!state.focusedId || !rows.some((r) => r.node.id === state.focusedId)) focusRow(0);
  }
});
new ResizeObserver(() => renderWindow()).observe(tree);

// ---------------------------------------------------------------- messages

function onModel(next: TreeModel): void {
  model = next;
  // The host is the source of truth for what it shows; keep our remembered choice in step.
  state.scope = next.scope;
  save();
  renderHeader();
  applyFilter();
  if (!restoredScroll) {
    restoredScroll = true;
    tree.scrollTop = state.scrollTop;
    renderWindow();
  }
  highlightedId = null;
  updateHighlight();
  document.body.dataset.ready = 'true';
}

window.addEventListener('message', (event: MessageEvent) => {
  const message: unknown = event.data;
  if (!isHostMessage(message)) return;
  handle(message);
});

function handle(message: HostMessage): void {
  switch (message.type) {
    case 'model':
      if (message.seq <= lastSeq) return; // a stale model that arrived late
      lastSeq = message.seq;
      onModel(message.model);
      break;
    case 'highlight':
      highlighted = message.uri !== null && message.line !== null ? { uri: message.uri, line: message.line } : null;
      updateHighlight();
      break;
  }
}

renderHeader();
post({ type: 'ready', state: { scope: state.scope, cycle: state.cycle } });
