// Tiny DOM helpers. Text always goes in through `textContent`: OKR files come from cloned
// repositories, so a title like `<img src=x onerror=…>` must stay characters, never markup.

export interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string | number | boolean | null | undefined>;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}, children: (Node | null | undefined | false)[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) node.appendChild(child);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A small polyline sparkline (values already scaled to 0–1). */
export function sparkline(points: number[], width: number, height: number, className: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', className);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('aria-hidden', 'true');
  const step = points.length > 1 ? (width - 2) / (points.length - 1) : 0;
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute(
    'points',
    points.map((p, i) => `${(1 + i * step).toFixed(1)},${(1 + (1 - p) * (height - 2)).toFixed(1)}`).join(' '),
  );
  svg.appendChild(line);
  return svg;
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}
