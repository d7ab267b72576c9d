// Server-side SVG charts (timeline by lane, bars over time, reuse network), escaped by construction.
// Stand-in for Observable Plot until it is a dependency: no charting package is installed.

import { type HtmlValue, html, type SafeHtml } from './html.js';

export interface TimelinePoint {
  /** ISO date or date-time. */
  date: string;
  lane: string;
  label: string;
  href?: string;
}

const DAY = 86_400_000;
const fmtDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const round = (n: number) => Math.round(n * 10) / 10;

function timeOf(date: string): number | null {
  const t = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
  return Number.isFinite(t) ? t : null;
}

/** Date ticks across [t0, t1], at most `count` of them, at whole days. */
function ticks(t0: number, t1: number, count: number): number[] {
  const span = Math.max(t1 - t0, DAY);
  const step = Math.max(DAY, Math.ceil(span / count / DAY) * DAY);
  const out: number[] = [];
  for (let t = Math.floor(t0 / DAY) * DAY; t <= t1; t += step) if (t >= t0) out.push(t);
  return out;
}

/** One lane per outlet, one dot per article: when the story moved from outlet to outlet. */
export function timelineChart(
  points: TimelinePoint[],
  options: { title: string; maxLanes?: number },
): SafeHtml {
  const dated = points.flatMap((p) => {
    const t = timeOf(p.date);
    return t === null ? [] : [{ ...p, t }];
  });
  if (dated.length === 0) return html`<p class="muted">No dated articles to chart.</p>`;
  const laneCounts = new Map<string, number>();
  for (const p of dated) laneCounts.set(p.lane, (laneCounts.get(p.lane) ?? 0) + 1);
  const maxLanes = options.maxLanes ?? 12;
  const lanes = [...laneCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([l]) => l);
  const shown = lanes.slice(0, maxLanes);
  const other = lanes.length > maxLanes ? 'other outlets' : null;
  const laneOf = (lane: string) => (shown.includes(lane) ? lane : (other ?? lane));
  const rows = other ? [...shown, other] : shown;
  const t0 = Math.min(...dated.map((p) => p.t));
  const t1 = Math.max(...dated.map((p) => p.t));
  const span = Math.max(t1 - t0, DAY);
  const left = 150;
  const width = 720;
  const plot = width - left - 20;
  const rowH = 26;
  const height = rows.length * rowH + 40;
  const x = (t: number) => round(left + ((t - t0) / span) * plot);
  const y = (lane: string) => rows.indexOf(laneOf(lane)) * rowH + rowH / 2 + 6;
  // Same day, same lane: dots step sideways so that none hides another.
  const stack = new Map<string, number>();
  const dots = dated.map((p) => {
    const key = `${laneOf(p.lane)}|${fmtDay(p.t)}`;
    const n = stack.get(key) ?? 0;
    stack.set(key, n + 1);
    const cx = x(p.t) + (n % 8) * 5;
    const cy = y(p.lane) - Math.floor(n / 8) * 5;
    const dot = html`<circle class="dot" cx="${cx}" cy="${cy}" r="5"><title>${p.label}</title></circle>`;
    return p.href ? html`<a href="${p.href}">${dot}</a>` : dot;
  });
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${options.title}">
<title>${options.title}</title>
${rows.map(
  (lane, i) =>
    html`<g><line class="lane" x1="${left}" x2="${width - 10}" y1="${i * rowH + rowH / 2 + 6}" y2="${i * rowH + rowH / 2 + 6}"></line><text class="label" x="${left - 8}" y="${i * rowH + rowH / 2 + 10}" text-anchor="end">${clip(lane, 22)}</text></g>`,
)}
${axis(t0, t1, x, height - 14)}
${dots}
</svg>`;
}

function axis(t0: number, t1: number, x: (t: number) => number, y: number): SafeHtml {
  return html`<g class="axis">${ticks(t0, t1, 6).map(
    (t) => html`<text x="${x(t)}" y="${y}" text-anchor="middle">${fmtDay(t)}</text>`,
  )}</g>`;
}

export interface Bar {
  label: string;
  value: number;
  href?: string;
}

/** Vertical bars, e.g. articles per week. */
export function barChart(bars: Bar[], options: { title: string; unit?: string }): SafeHtml {
  if (bars.length === 0 || bars.every((b) => b.value === 0))
    return html`<p class="muted">Nothing to chart yet.</p>`;
  const width = 720;
  const height = 180;
  const bottom = 28;
  const max = Math.max(...bars.map((b) => b.value));
  const slot = (width - 40) / bars.length;
  const every = Math.ceil(bars.length / 8);
  const items = bars.map((b, i) => {
    const h = round((b.value / max) * (height - bottom - 16));
    const bx = round(40 + i * slot + slot * 0.1);
    const rect = html`<rect class="bar" x="${bx}" y="${round(height - bottom - h)}" width="${round(slot * 0.8)}" height="${h}"><title>${b.label}: ${b.value}${options.unit ? ` ${options.unit}` : ''}</title></rect>`;
    const label =
      i % every === 0
        ? html`<text class="axis" x="${round(bx + slot * 0.4)}" y="${height - 10}" text-anchor="middle">${b.label}</text>`
        : null;
    return html`${b.href ? html`<a href="${b.href}">${rect}</a>` : rect}${label}`;
  });
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${options.title}">
<title>${options.title}</title>
<text class="axis" x="34" y="20" text-anchor="end">${max}</text>
<line class="lane" x1="40" x2="${width}" y1="${height - bottom}" y2="${height - bottom}"></line>
${items}
</svg>`;
}

export interface NetworkEdge {
  from: string;
  to: string;
  weight: number;
}

/** Outlets on a circle, arrows from the outlet copied to the one copying; `focus` sits in the middle. */
export function networkChart(edges: NetworkEdge[], options: { title: string; focus?: string }): SafeHtml {
  if (edges.length === 0) return html`<p class="muted">No copied passages found.</p>`;
  const names = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort();
  const ring = names.filter((n) => n !== options.focus);
  const size = 420;
  const c = size / 2;
  const r = size / 2 - 70;
  const pos = new Map<string, [number, number]>();
  if (options.focus && names.includes(options.focus)) pos.set(options.focus, [c, c]);
  ring.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(ring.length, 1) - Math.PI / 2;
    pos.set(n, [round(c + r * Math.cos(a)), round(c + r * Math.sin(a))]);
  });
  const max = Math.max(...edges.map((e) => e.weight));
  const lines: HtmlValue[] = edges.map((e) => {
    const [x1, y1] = pos.get(e.from)!;
    const [x2, y2] = pos.get(e.to)!;
    if (e.from === e.to)
      return html`<circle class="edge" cx="${x1}" cy="${y1 - 16}" r="12"><title>${e.from} → itself: ${e.weight}</title></circle>`;
    // Stop the arrow short of the node so that its head stays visible.
    const len = Math.hypot(x2 - x1, y2 - y1) || 1;
    const ex = round(x2 - ((x2 - x1) / len) * 14);
    const ey = round(y2 - ((y2 - y1) / len) * 14);
    return html`<line class="edge" x1="${x1}" y1="${y1}" x2="${ex}" y2="${ey}" stroke-width="${round(1 + (4 * e.weight) / max)}" marker-end="url(#arrow)"><title>${e.from} → ${e.to}: ${e.weight} passage(s)</title></line>`;
  });
  const nodes = names.map((n) => {
    const [x, y] = pos.get(n)!;
    return html`<g><circle class="${n === options.focus ? 'node focus' : 'node'}" cx="${x}" cy="${y}" r="9"></circle><text class="label" x="${x}" y="${y + 24}" text-anchor="middle">${clip(n, 20)}</text></g>`;
  });
  return html`<svg class="chart network" viewBox="0 0 ${size} ${size}" role="img" aria-label="${options.title}">
<title>${options.title}</title>
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path class="arrowhead" d="M 0 0 L 10 5 L 0 10 z"></path></marker></defs>
${lines}${nodes}
</svg>`;
}

const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** Splits [from, to] into `count` equal date windows (for counts per window). */
export function dateBins(
  from: string,
  to: string,
  count: number,
): { from: string; to: string; label: string }[] {
  const t0 = timeOf(from);
  const t1 = timeOf(to);
  if (t0 === null || t1 === null || t1 < t0) return [];
  const days = Math.floor((t1 - t0) / DAY) + 1;
  const n = Math.max(1, Math.min(count, days));
  const step = Math.ceil(days / n) * DAY;
  const bins: { from: string; to: string; label: string }[] = [];
  for (let t = Math.floor(t0 / DAY) * DAY; t <= t1; t += step) {
    const end = Math.min(t + step - DAY, Math.floor(t1 / DAY) * DAY);
    bins.push({ from: fmtDay(t), to: fmtDay(end), label: fmtDay(t).slice(5) });
  }
  return bins;
}
