"use strict";
(() => {
  // src/protocol/panel.ts
  var TREE_SCOPES = ["file", "workspace"];
  var MAX_STRING = 4096;
  function isRecord(x) {
    return typeof x === "object" && x !== null && !Array.isArray(x);
  }
  function isShortString(x) {
    return typeof x === "string" && x.length <= MAX_STRING;
  }
  function isLine(x) {
    return typeof x === "number" && Number.isInteger(x) && x >= 0 && x < 1e7;
  }
  function isTreeScope(x) {
    return typeof x === "string" && TREE_SCOPES.includes(x);
  }
  function isCycleChoice(x) {
    return x === null || isShortString(x) && x.length <= 100;
  }
  function isPanelViewState(x) {
    return isRecord(x) && isTreeScope(x.scope) && isCycleChoice(x.cycle);
  }
  function isHostMessage(x) {
    if (!isRecord(x)) return false;
    switch (x.type) {
      case "model":
        return typeof x.seq === "number" && isRecord(x.model) && Array.isArray(x.model.roots) && Array.isArray(x.model.cycles);
      case "highlight":
        return (x.uri === null || isShortString(x.uri)) && (x.line === null || isLine(x.line));
      default:
        return false;
    }
  }

  // src/core/cycle.ts
  var MONTH_PATTERN = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  var YEAR = "(\\d{4})";
  var FY = "FY\\s?(\\d{2}|\\d{4})";
  var PERIOD = "([QH])\\s?([1-4])";
  var CYCLE_FORMS = [
    { re: new RegExp(`${FY}[\\s\\-\u2013\u2014/_]*${PERIOD}`, "i"), read: (m) => [true, m[1], m[2], m[3]] },
    { re: new RegExp(`${PERIOD}[\\s\\-\u2013\u2014/_,]*${FY}`, "i"), read: (m) => [true, m[3], m[1], m[2]] },
    { re: new RegExp(`${YEAR}[\\s\\-\u2013\u2014/_]*${PERIOD}`, "i"), read: (m) => [false, m[1], m[2], m[3]] },
    { re: new RegExp(`${PERIOD}[\\s\\-\u2013\u2014/_,']*${YEAR}`, "i"), read: (m) => [false, m[3], m[1], m[2]] },
    { re: new RegExp(`${PERIOD}\\s?'(\\d{2})`, "i"), read: (m) => [false, m[3], m[1], m[2]] },
    { re: new RegExp(FY, "i"), read: (m) => [true, m[1], void 0, void 0] }
  ];
  var CALENDAR_DATE_PATTERN = `(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2}|${MONTH_PATTERN}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_PATTERN}(?:,?\\s+\\d{4})?)`;
  var DATE_EXPRESSION_PATTERN = `(?:${CALENDAR_DATE_PATTERN}|(?:the\\s+)?(?:end|middle|mid|start)(?:\\s+of|-)\\s*(?:the\\s+)?(?:quarter|cycle|half|year|q[1-4]|h[12])|eo[qy]|end-of-(?:quarter|cycle|year))`;

  // src/core/tree.ts
  function slug(s) {
    return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
  }
  function parseFilter(text) {
    const query = { words: [], owners: [], statuses: [] };
    for (const token of text.toLowerCase().split(/\s+/).filter(Boolean)) {
      if (token.startsWith("@") && token.length > 1) query.owners.push(token.slice(1));
      else if (/^(status|is):./.test(token)) query.statuses.push(token.replace(/^(status|is):/, ""));
      else query.words.push(token);
    }
    return query;
  }
  function matches(node, q, owner) {
    const text = `${node.label ?? ""} ${node.title} ${node.detail ?? ""}`.toLowerCase();
    if (!q.words.every((w) => text.includes(w))) return false;
    if (q.owners.length && !q.owners.some((o) => (owner ?? "").toLowerCase().replace(/^@/, "").startsWith(o))) return false;
    if (q.statuses.length && !q.statuses.some((s) => node.status !== null && (node.status.key === s || node.status.key.startsWith(s) || slug(node.status.label) === s))) return false;
    return true;
  }
  function filterTree(roots, text) {
    const q = parseFilter(text);
    if (!q.words.length && !q.owners.length && !q.statuses.length) return null;
    const matched = /* @__PURE__ */ new Set();
    const visible = /* @__PURE__ */ new Set();
    const open = /* @__PURE__ */ new Set();
    const showAll = (n) => {
      visible.add(n.id);
      n.children.forEach(showAll);
    };
    const visit = (n, inheritedOwner) => {
      const owner = n.owner ?? (n.kind === "keyResult" ? inheritedOwner : null);
      let below = false;
      for (const c of n.children) below = visit(c, n.kind === "objective" ? owner : null) || below;
      if (below) open.add(n.id);
      if (matches(n, q, owner)) {
        matched.add(n.id);
        showAll(n);
        return true;
      }
      if (below) visible.add(n.id);
      return below;
    };
    roots.forEach((r) => visit(r, null));
    return { matched, visible, open };
  }
  function flattenTree(roots, isExpanded2, filter2) {
    const rows2 = [];
    const add = (nodes, level, parentId) => {
      const shown = filter2 ? nodes.filter((n) => filter2.visible.has(n.id)) : nodes;
      shown.forEach((node, i) => {
        const children = filter2 ? node.children.filter((c) => filter2.visible.has(c.id)) : node.children;
        const expandable = children.length > 0;
        const expanded = expandable && (isExpanded2(node) || filter2 !== null && filter2.open.has(node.id));
        rows2.push({ node, level, posinset: i + 1, setsize: shown.length, parentId, expandable, expanded });
        if (expanded) add(node.children, level + 1, node.id);
      });
    };
    add(roots, 1, null);
    return rows2;
  }
  function findNodeAt(roots, uri, line) {
    let best = null;
    const visit = (nodes) => {
      for (const n of nodes) {
        if (n.uri === uri && n.line <= line && line <= n.endLine) {
          best = n;
          visit(n.children);
          return;
        }
        if (n.kind === "file") visit(n.children);
      }
    };
    visit(roots);
    return best;
  }
  function ancestorsOf(roots, id) {
    const path = [];
    const visit = (nodes) => {
      for (const n of nodes) {
        if (n.id === id) return true;
        path.push(n.id);
        if (visit(n.children)) return true;
        path.pop();
      }
      return false;
    };
    return visit(roots) ? path : [];
  }

  // src/webview/dom.ts
  function el(tag, options = {}, children = []) {
    const node = document.createElement(tag);
    if (options.className) node.className = options.className;
    if (options.text !== void 0) node.textContent = options.text;
    for (const [name, value] of Object.entries(options.attrs ?? {})) {
      if (value === null || value === void 0 || value === false) continue;
      node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children) if (child) node.appendChild(child);
    return node;
  }
  var SVG = "http://www.w3.org/2000/svg";
  function sparkline(points, width, height, className) {
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("class", className);
    svg.setAttribute("width", String(width));
    svg.setAttribute("height", String(height));
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svg.setAttribute("aria-hidden", "true");
    const step = points.length > 1 ? (width - 2) / (points.length - 1) : 0;
    const line = document.createElementNS(SVG, "polyline");
    line.setAttribute(
      "points",
      points.map((p, i) => `${(1 + i * step).toFixed(1)},${(1 + (1 - p) * (height - 2)).toFixed(1)}`).join(" ")
    );
    svg.appendChild(line);
    return svg;
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  // src/webview/main.ts
  var ROW_HEIGHT = 42;
  var OVERSCAN = 8;
  var vscode = acquireVsCodeApi();
  function loadState() {
    const saved = vscode.getState();
    const base = { scope: "workspace", cycle: null, filter: "", allExpanded: true, toggled: [], scrollTop: 0, focusedId: null };
    if (!saved || typeof saved !== "object") return base;
    const view = { scope: saved.scope, cycle: saved.cycle ?? null };
    return {
      scope: isPanelViewState(view) ? view.scope : base.scope,
      cycle: isPanelViewState(view) ? view.cycle : base.cycle,
      filter: typeof saved.filter === "string" ? saved.filter.slice(0, 500) : "",
      allExpanded: typeof saved.allExpanded === "boolean" ? saved.allExpanded : true,
      toggled: Array.isArray(saved.toggled) ? saved.toggled.filter((x) => typeof x === "string").slice(0, 2e4) : [],
      scrollTop: typeof saved.scrollTop === "number" && saved.scrollTop >= 0 ? saved.scrollTop : 0,
      focusedId: typeof saved.focusedId === "string" ? saved.focusedId : null
    };
  }
  var state = loadState();
  var toggled = new Set(state.toggled);
  var model = null;
  var lastSeq = -1;
  var filter = null;
  var rows = [];
  var highlighted = null;
  var highlightedId = null;
  var restoredScroll = false;
  var domIds = /* @__PURE__ */ new Map();
  function save() {
    state.toggled = [...toggled];
    vscode.setState(state);
  }
  function post(message) {
    vscode.postMessage(message);
  }
  function domId(nodeId) {
    let id = domIds.get(nodeId);
    if (!id) {
      id = `node-${domIds.size + 1}`;
      domIds.set(nodeId, id);
    }
    return id;
  }
  function isExpanded(node) {
    return state.allExpanded !== toggled.has(node.id);
  }
  function setExpanded(node, open) {
    if (isExpanded(node) === open) return;
    if (toggled.has(node.id)) toggled.delete(node.id);
    else toggled.add(node.id);
    save();
    refreshRows();
  }
  var scopeFile = el("button", { className: "seg", text: "This file", attrs: { type: "button", "data-scope": "file", title: "Show the OKR file in the active editor" } });
  var scopeWorkspace = el("button", { className: "seg", text: "Workspace", attrs: { type: "button", "data-scope": "workspace", title: "Show every OKR file, company \u2192 teams" } });
  var cyclePicker = el("select", { className: "cycle-picker", attrs: { "aria-label": "Cycle", title: "Cycle" } });
  var expandAll = el("button", { className: "tool", text: "\u229E", attrs: { type: "button", "data-action": "expand-all", title: "Expand all", "aria-label": "Expand all" } });
  var collapseAll = el("button", { className: "tool", text: "\u229F", attrs: { type: "button", "data-action": "collapse-all", title: "Collapse all", "aria-label": "Collapse all" } });
  var filterBox = el("input", {
    className: "filter",
    attrs: { type: "search", placeholder: "Filter: text, @owner, status:at-risk", "aria-label": "Filter objectives and key results", spellcheck: "false" }
  });
  var summary = el("div", { className: "summary", attrs: { "aria-live": "polite" } });
  var emptyBox = el("div", { className: "empty", attrs: { hidden: true } });
  var spacer = el("div", { className: "spacer" });
  var tree = el("div", { className: "tree", attrs: { role: "tree", tabindex: 0, "aria-label": "OKRs" } }, [spacer]);
  var liveRegion = el("div", { className: "sr-only", attrs: { "aria-live": "polite" } });
  var app = el("div", { className: "app" }, [
    el("header", { className: "header" }, [
      summary,
      el("div", { className: "toolbar" }, [
        el("div", { className: "segmented", attrs: { role: "group", "aria-label": "Scope" } }, [scopeFile, scopeWorkspace]),
        cyclePicker
      ]),
      el("div", { className: "toolbar" }, [filterBox, expandAll, collapseAll])
    ]),
    emptyBox,
    tree,
    liveRegion
  ]);
  document.body.appendChild(app);
  filterBox.value = state.filter;
  function pct(p) {
    return p === null ? "\u2014" : `${Math.round(p * 100)}%`;
  }
  function problemsText(p) {
    const parts = [];
    if (p.errors) parts.push(`${p.errors} error${p.errors === 1 ? "" : "s"}`);
    if (p.warnings) parts.push(`${p.warnings} warning${p.warnings === 1 ? "" : "s"}`);
    if (p.infos) parts.push(`${p.infos} info`);
    return parts.join(", ");
  }
  function problemBadge(p) {
    const total = p.errors + p.warnings + p.infos;
    if (!total) return null;
    const severity = p.errors ? "error" : p.warnings ? "warning" : "info";
    return el("span", { className: `problems sev-${severity}`, text: `${severity === "error" ? "\u2715" : severity === "warning" ? "\u26A0" : "\u2139"} ${total}`, attrs: { title: problemsText(p) } });
  }
  function bar(progress, expected, band, label) {
    const fill = el("div", { className: "fill" });
    fill.style.width = `${Math.round((progress ?? 0) * 1e3) / 10}%`;
    const node = el("div", {
      className: `bar band-${band ?? "none"}`,
      attrs: { role: "img", "aria-label": label, "data-value": progress === null ? "" : progress.toFixed(3), title: label }
    }, [fill]);
    if (expected !== null) {
      const marker = el("div", { className: "expected", attrs: { title: `expected today: ${pct(expected)}` } });
      marker.style.left = `${Math.round(expected * 1e3) / 10}%`;
      node.appendChild(marker);
    }
    return node;
  }
  function renderHeader() {
    scopeFile.setAttribute("aria-pressed", String(state.scope === "file"));
    scopeWorkspace.setAttribute("aria-pressed", String(state.scope === "workspace"));
    clear(summary);
    clear(cyclePicker);
    if (!model) {
      summary.appendChild(el("span", { className: "muted", text: "Loading OKRs\u2026" }));
      cyclePicker.hidden = true;
      return;
    }
    const m = model;
    const cycleText = m.cycle ? m.cycle.label : "No cycle";
    const when = !m.cycle ? "" : m.ended ? "ended" : m.daysLeft === 0 ? "last day" : `${m.daysLeft} day${m.daysLeft === 1 ? "" : "s"} left`;
    const overall = m.status ? `Overall ${pct(m.progress)}, ${m.status.label}` : `Overall ${pct(m.progress)}`;
    summary.append(
      el("div", { className: "summary-line" }, [
        el("span", { className: "cycle", text: cycleText }),
        when ? el("span", { className: "days", text: when }) : null,
        el("span", { className: "grow" }),
        problemBadge(m.problems)
      ]),
      el("div", { className: "summary-line" }, [
        bar(m.progress, m.expected, m.band, overall),
        el("span", { className: "value", text: pct(m.progress) }),
        m.status ? el("span", { className: `status tone-${m.status.tone}`, text: m.status.label }) : null
      ])
    );
    const showPicker = m.scope === "workspace" && m.cycles.length > 1;
    cyclePicker.hidden = !showPicker;
    if (showPicker) {
      for (const c of m.cycles) {
        const option = el("option", { text: `${c.label} (${c.files} file${c.files === 1 ? "" : "s"})`, attrs: { value: c.label } });
        option.selected = c.label === m.cycle?.label;
        cyclePicker.appendChild(option);
      }
    }
  }
  function commandButton(text, command) {
    const button = el("button", { className: "primary", text, attrs: { type: "button", "data-command": command } });
    button.addEventListener("click", () => post({ type: "runCommand", command }));
    return button;
  }
  function renderEmpty() {
    clear(emptyBox);
    const m = model;
    let content = [];
    if (m?.empty === "no-files") {
      content = [el("p", { text: "No OKR files in this workspace yet. OKRs live in okr.md or *.okr.md files." }), commandButton("Create an OKR file", "okr.newFile")];
    } else if (m?.empty === "no-active-file") {
      const button = el("button", { className: "primary", text: "Show the whole workspace", attrs: { type: "button" } });
      button.addEventListener("click", () => setScope("workspace"));
      content = [el("p", { text: "The active editor is not an OKR file." }), button];
    } else if (m?.empty === "no-objectives") {
      content = [el("p", { text: "No objectives found: an objective is a heading with a list of key results under it." })];
    } else if (m && filter && rows.length === 0) {
      content = [el("p", { text: `Nothing matches \u201C${state.filter}\u201D.` })];
    }
    if (m) {
      for (const file of m.files) {
        const problems = problemsText(file.problems);
        if (!file.parseProblems.length && !problems) continue;
        if (m.empty !== "no-objectives" && !file.parseProblems.length) continue;
        const parsed = `${file.name}: ${file.objectives} objective${file.objectives === 1 ? "" : "s"} parsed${file.cycle ? `, cycle ${file.cycle}` : ""}${problems ? `; ${problems}` : ""}`;
        content.push(el("div", { className: "file-problems" }, [el("p", { text: parsed }), el("ul", {}, file.parseProblems.map((p) => el("li", { text: p })))]));
      }
      if (content.some((c) => c.className === "file-problems")) content.push(commandButton("Show problems", "workbench.actions.view.problems"));
    }
    emptyBox.hidden = content.length === 0;
    emptyBox.append(...content);
  }
  function renderRow(row, index) {
    const n = row.node;
    const label = problemsText(n.problems) ? `${n.ariaLabel}, ${problemsText(n.problems)}` : n.ariaLabel;
    const twisty = el("span", { className: `twisty${row.expandable ? "" : " leaf"}`, text: row.expandable ? row.expanded ? "\u25BE" : "\u25B8" : "", attrs: { "aria-hidden": "true" } });
    const line1 = el("div", { className: "line1" }, [
      twisty,
      n.label && n.kind !== "file" ? el("span", { className: "label", text: n.label }) : null,
      el("span", { className: "title", text: n.title, attrs: { title: n.kind === "file" && n.label ? `${n.title} (${n.label})` : n.title } }),
      n.objectiveType ? el("span", { className: `type type-${n.objectiveType}`, text: n.objectiveType === "aspirational" ? "aspirational" : "committed" }) : null,
      n.kind === "objective" && n.aligns.length ? el("span", { className: "aligns", text: `\u2191 ${n.aligns.join(", ")}`, attrs: { title: `Aligns: ${n.aligns.join(", ")}` } }) : null,
      problemBadge(n.problems)
    ]);
    const trend = n.trend ? el("span", { className: `trend trend-${n.trend.direction}`, attrs: { title: `trend: ${n.trend.text}` } }, [
      sparkline(n.trend.points, 28, 12, "spark"),
      el("span", { text: n.trend.direction === "up" ? "\u2197" : n.trend.direction === "down" ? "\u2198" : "\u2192", attrs: { "aria-hidden": "true" } })
    ]) : null;
    const line2 = el("div", { className: "line2" }, [
      bar(n.progress, n.expected, n.band, n.ariaLabel),
      el("span", { className: "value", text: pct(n.progress), attrs: { title: n.progressReason ?? "" } }),
      n.status ? el("span", { className: `status tone-${n.status.tone}`, text: n.status.label }) : null,
      trend,
      n.detail ? el("span", { className: "detail", text: n.detail, attrs: { title: n.detail } }) : null,
      n.owner ? el("span", { className: "owner", text: `@${n.owner}` }) : null,
      n.confidence !== null ? el("span", { className: "confidence", text: `conf ${n.confidence.toFixed(1)}`, attrs: { title: "confidence" } }) : null
    ]);
    const node = el(
      "div",
      {
        className: `row kind-${n.kind}${n.id === state.focusedId ? " focused" : ""}${n.id === highlightedId ? " current" : ""}${filter?.matched.has(n.id) ? " match" : ""}`,
        attrs: {
          id: domId(n.id),
          role: "treeitem",
          "aria-level": row.level,
          "aria-setsize": row.setsize,
          "aria-posinset": row.posinset,
          "aria-expanded": row.expandable ? String(row.expanded) : null,
          "aria-selected": String(n.id === state.focusedId),
          "aria-label": label,
          "data-id": n.id,
          "data-kind": n.kind,
          "data-index": index
        }
      },
      [line1, line2]
    );
    node.style.top = `${index * ROW_HEIGHT}px`;
    node.style.paddingLeft = `${4 + (row.level - 1) * 14}px`;
    return node;
  }
  function renderWindow() {
    const top = tree.scrollTop;
    const height = tree.clientHeight || 600;
    const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(rows.length - 1, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
    clear(spacer);
    const fragment = document.createDocumentFragment();
    for (let i = first; i <= last; i++) fragment.appendChild(renderRow(rows[i], i));
    const focusIndex = rows.findIndex((r) => r.node.id === state.focusedId);
    if (focusIndex >= 0 && (focusIndex < first || focusIndex > last)) fragment.appendChild(renderRow(rows[focusIndex], focusIndex));
    spacer.appendChild(fragment);
    if (focusIndex >= 0) tree.setAttribute("aria-activedescendant", domId(rows[focusIndex].node.id));
    else tree.removeAttribute("aria-activedescendant");
  }
  function refreshRows() {
    rows = model ? flattenTree(model.roots, isExpanded, filter) : [];
    spacer.style.height = `${rows.length * ROW_HEIGHT}px`;
    renderWindow();
  }
  function applyFilter() {
    filter = model ? filterTree(model.roots, state.filter) : null;
    refreshRows();
    renderEmpty();
    liveRegion.textContent = filter ? `${filter.matched.size} match${filter.matched.size === 1 ? "" : "es"}` : "";
  }
  function updateHighlight() {
    const node = model && highlighted ? findNodeAt(model.roots, highlighted.uri, highlighted.line) : null;
    let id = node?.id ?? null;
    if (node && !rows.some((r) => r.node.id === node.id)) {
      const shown = ancestorsOf(model.roots, node.id).filter((a) => rows.some((r) => r.node.id === a));
      id = shown[shown.length - 1] ?? null;
    }
    if (id === highlightedId) return;
    highlightedId = id;
    renderWindow();
    const index = rows.findIndex((r) => r.node.id === id);
    if (index >= 0) scrollToIndex(index);
  }
  function scrollToIndex(index) {
    const top = index * ROW_HEIGHT;
    if (top < tree.scrollTop) tree.scrollTop = top;
    else if (top + ROW_HEIGHT > tree.scrollTop + tree.clientHeight) tree.scrollTop = top + ROW_HEIGHT - tree.clientHeight;
  }
  function setScope(scope) {
    if (state.scope === scope) return;
    state.scope = scope;
    save();
    renderHeader();
    post({ type: "setScope", scope });
  }
  function focusRow(index) {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row) return;
    state.focusedId = row.node.id;
    save();
    scrollToIndex(rows.indexOf(row));
    renderWindow();
  }
  function reveal(node) {
    post({ type: "reveal", uri: node.uri, line: node.line });
  }
  function onKey(event) {
    if (!rows.length) return;
    const index = rows.findIndex((r) => r.node.id === state.focusedId);
    const row = rows[index];
    const page = Math.max(1, Math.floor(tree.clientHeight / ROW_HEIGHT) - 1);
    switch (event.key) {
      case "ArrowDown":
        focusRow(index < 0 ? 0 : index + 1);
        break;
      case "ArrowUp":
        focusRow(index < 0 ? 0 : index - 1);
        break;
      case "PageDown":
        focusRow(index + page);
        break;
      case "PageUp":
        focusRow(index - page);
        break;
      case "Home":
        focusRow(0);
        break;
      case "End":
        focusRow(rows.length - 1);
        break;
      case "ArrowRight":
        if (!row) focusRow(0);
        else if (row.expandable && !row.expanded) setExpanded(row.node, true);
        else if (row.expanded) focusRow(index + 1);
        break;
      case "ArrowLeft":
        if (!row) focusRow(0);
        else if (row.expanded && !(filter && filter.open.has(row.node.id))) setExpanded(row.node, false);
        else if (row.parentId) focusRow(rows.findIndex((r) => r.node.id === row.parentId));
        break;
      case "Enter":
      case " ":
        if (row) reveal(row.node);
        break;
      case "*":
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
  tree.addEventListener("keydown", onKey);
  tree.addEventListener("scroll", () => {
    state.scrollTop = tree.scrollTop;
    save();
    renderWindow();
  });
  tree.addEventListener("click", (event) => {
    const target = event.target;
    const rowElement = target.closest(".row");
    if (!rowElement) return;
    const row = rows[Number(rowElement.dataset.index)];
    if (!row) return;
    state.focusedId = row.node.id;
    save();
    tree.focus({ preventScroll: true });
    if (target.closest(".twisty") && row.expandable) {
      setExpanded(row.node, !row.expanded);
      return;
    }
    renderWindow();
    reveal(row.node);
  });
  tree.addEventListener("dblclick", (event) => {
    const rowElement = event.target.closest(".row");
    const row = rowElement ? rows[Number(rowElement.dataset.index)] : void 0;
    if (row?.expandable) setExpanded(row.node, !row.expanded);
  });
  scopeFile.addEventListener("click", () => setScope("file"));
  scopeWorkspace.addEventListener("click", () => setScope("workspace"));
  cyclePicker.addEventListener("change", () => {
    state.cycle = cyclePicker.value || null;
    save();
    post({ type: "selectCycle", cycle: state.cycle });
  });
  expandAll.addEventListener("click", () => {
    state.allExpanded = true;
    toggled.clear();
    save();
    refreshRows();
  });
  collapseAll.addEventListener("click", () => {
    state.allExpanded = false;
    toggled.clear();
    save();
    refreshRows();
  });
  var filterTimer;
  filterBox.addEventListener("input", () => {
    clearTimeout(filterTimer);
    filterTimer = setTimeout(() => {
      state.filter = filterBox.value;
      tree.scrollTop = 0;
      save();
      applyFilter();
      updateHighlight();
    }, 60);
  });
  filterBox.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      tree.focus();
      if (!state.focusedId || !rows.some((r) => r.node.id === state.focusedId)) focusRow(0);
    }
  });
  new ResizeObserver(() => renderWindow()).observe(tree);
  function onModel(next) {
    model = next;
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
    document.body.dataset.ready = "true";
  }
  window.addEventListener("message", (event) => {
    const message = event.data;
    if (!isHostMessage(message)) return;
    handle(message);
  });
  function handle(message) {
    switch (message.type) {
      case "model":
        if (message.seq <= lastSeq) return;
        lastSeq = message.seq;
        onModel(message.model);
        break;
      case "highlight":
        highlighted = message.uri !== null && message.line !== null ? { uri: message.uri, line: message.line } : null;
        updateHighlight();
        break;
    }
  }
  renderHeader();
  post({ type: "ready", state: { scope: state.scope, cycle: state.cycle } });
})();
