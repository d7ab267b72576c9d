// Server-side charts drawn by Observable Plot into a linkedom document and served as static SVG.
// Pages stay script-free (strict CSP): Plot's own <style> element is dropped, the app stylesheet styles the marks.

import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { html, SafeHtml } from './html.js';

export interface TimelinePoint {
  /** ISO date or date-time. */
  date: string;
  lane: string;
  label: string;
  href?: string;
}

const DAY = 86_400_000;
const fmtDay = (t: number) => new Date(t).toISOString().slice(0, 10);

function timeOf(date: string): number | null {
  const t = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
  return Number.isFinite(t) ? t : null;
}

// One detached document serves every chart: Plot only creates elements in it, nothing is attached.
let plotDocument: Document | null = null;
const chartDocument = (): Document => {
  plotDocument ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  return plotDocument;
};

/** Links inside charts go to this app or this page only; any other target is dropped. */
const localHref = (href: string | undefined): string | undefined =>
  href && /^(\/(?!\/)|#)/.test(href) ? href : undefined;

/** Renders a Plot figure to SVG markup; linkedom escapes text and attribute values as it serializes. */
function renderPlot(options: Plot.PlotOptions, className: string): SafeHtml {
  const figure = Plot.plot({ ...options, document: chartDocument(), className: 'chart' });
  for (const style of [...figure.querySelectorAll('style')]) style.remove();
  // Plot accepts one class token; the chart kind is added here for the stylesheet.
  figure.setAttribute('class', `chart ${className}`);
  return new SafeHtml(figure.outerHTML);
}

/** One lane per outlet, one dot per article: when the story moved from outlet to outlet. */
export function timelineChart(
  points: TimelinePoint[],
  options: { title: string; maxLanes?: number },
): SafeHtml {
  const dated: DatedPoint[] = points.flatMap((p) => {
    const t = timeOf(p.date);
    return t === null ? [] : [{ ...p, t }];
  });
  if (dated.length === 0) return html`<p class="muted">No dated articles to chart.</p>`;
  const laneCounts = new Map<string, number>();
  for (const p of dated) laneCounts.set(p.lane, (laneCounts.get(p.lane) ?? 0) + 1);
  const maxLanes = options.maxLanes ?? 12;
  const lanes = [...laneCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([l]) => l);
  const shown = new Set(lanes.slice(0, maxLanes));
  const rows = lanes.length > maxLanes ? [...shown, 'other outlets'] : [...shown];
  const laneOf = (lane: string) => (shown.has(lane) ? lane : 'other outlets');
  const t0 = Math.min(...dated.map((p) => p.t));
  const t1 = Math.max(...dated.map((p) => p.t));
  const span = Math.max(t1 - t0, DAY);
  const pad = t1 - t0 <= DAY ? DAY / 2 : span * 0.03;
  const dots =
    dated.length > DOTS_PER_ARTICLE_LIMIT
      ? dayDots(dated, rows, laneOf)
      : articleDots(dated, rows, laneOf, span);
  return renderPlot(
    {
      ariaLabel: options.title,
      width: 720,
      height: rows.length * 26 + 50,
      marginLeft: 150,
      x: {
        type: 'utc',
        // Padding keeps the edge dots (and the sideways steps) inside; a one-day story still gets a readable axis.
        domain: [new Date(t0 - pad), new Date(t1 + pad + span / 15)],
        label: null,
        ticks: span <= 6 * DAY ? 'day' : 6,
        tickFormat: span > 120 * DAY ? '%Y-%m' : '%b %-d',
      },
      y: {
        domain: [rows.length - 0.5, -0.5],
        ticks: rows.map((_, i) => i),
        tickFormat: (i: number) => clip(rows[i] ?? '', 22),
        tickSize: 0,
        label: null,
      },
      r: { type: 'identity' },
      marks: [
        Plot.ruleY(
          rows.map((_, i) => i),
          { className: 'lane' },
        ),
        Plot.dot(dots, { x: 'x', y: 'y', r: 'r', title: 'title', href: 'href', className: 'dot' }),
      ],
    },
    'timeline',
  );
}

/** Above this many articles a timeline draws one dot per outlet and day: a thousand dots say less and cost more. */
const DOTS_PER_ARTICLE_LIMIT = 200;

interface DatedPoint extends TimelinePoint {
  t: number;
}
interface Dot {
  x: Date;
  y: number;
  r: number;
  title: string;
  href: string | undefined;
}

/** One dot per article; same day, same lane: dots step sideways, then up, so that none hides another. */
function articleDots(
  dated: DatedPoint[],
  rows: string[],
  laneOf: (l: string) => string,
  span: number,
): Dot[] {
  const stack = new Map<string, number>();
  return dated.map((p) => {
    const lane = laneOf(p.lane);
    const key = `${lane}|${fmtDay(p.t)}`;
    const n = stack.get(key) ?? 0;
    stack.set(key, n + 1);
    return {
      x: new Date(p.t + (n % 8) * (span / 120)),
      y: rows.indexOf(lane) - Math.floor(n / 8) * 0.2,
      r: 5,
      title: p.label,
      href: localHref(p.href),
    };
  });
}

/** One dot per lane and day, its area growing with the articles it stands for; it links to the day's first. */
function dayDots(dated: DatedPoint[], rows: string[], laneOf: (l: string) => string): Dot[] {
  const days = new Map<string, { lane: string; day: number; first: DatedPoint; count: number }>();
  for (const p of dated) {
    const lane = laneOf(p.lane);
    const day = Math.floor(p.t / DAY) * DAY;
    const key = `${lane}|${day}`;
    const d = days.get(key);
    if (!d) days.set(key, { lane, day, first: p, count: 1 });
    else {
      d.count++;
      if (p.t < d.first.t) d.first = p;
    }
  }
  return [...days.values()].map((d) => ({
    x: new Date(d.day + DAY / 2),
    y: rows.indexOf(d.lane),
    r: Math.min(12, 2.5 + 1.5 * Math.sqrt(d.count)),
    title: `${d.lane}, ${fmtDay(d.day)}: ${d.count} article${d.count === 1 ? '' : 's'}; first: ${d.first.label}`,
    href: localHref(d.first.href),
  }));
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
  const every = Math.ceil(bars.length / 8);
  const labels = bars.map((b) => b.label);
  const shownLabels = new Set(labels.filter((_, i) => i % every === 0));
  const data = bars.map((b) => ({
    label: b.label,
    value: b.value,
    title: `${b.label}: ${b.value}${options.unit ? ` ${options.unit}` : ''}`,
    href: localHref(b.href),
  }));
  return renderPlot(
    {
      ariaLabel: options.title,
      width: 720,
      height: 180,
      marginLeft: 40,
      x: {
        type: 'band',
        domain: labels,
        label: null,
        tickFormat: (l: string) => (shownLabels.has(l) ? l : ''),
      },
      y: { grid: true, label: options.unit ?? null, ticks: 4 },
      marks: [
        Plot.barY(data, {
          x: 'label',
          y: 'value',
          title: 'title',
          href: 'href',
          className: 'bar',
          insetLeft: 1,
          insetRight: 1,
        }),
        Plot.ruleY([0], { className: 'lane' }),
      ],
    },
    'bars',
  );
}

export interface NetworkEdge {
  from: string;
  to: string;
  weight: number;
}

/** Outlets on a circle, arrows from the outlet copied to the one copying; `focus` sits in the middle. */
export function networkChart(edges: NetworkEdge[], options: { title: string; focus?: string }): SafeHtml {
  const between = edges.filter((e) => e.from !== e.to);
  if (between.length === 0) return html`<p class="muted">No copied passages found.</p>`;
  const names = [...new Set(between.flatMap((e) => [e.from, e.to]))].sort();
  const ring = names.filter((n) => n !== options.focus);
  const pos = new Map<string, [number, number]>();
  if (options.focus && names.includes(options.focus)) pos.set(options.focus, [0, 0]);
  ring.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(ring.length, 1) - Math.PI / 2;
    pos.set(n, [Math.cos(a), Math.sin(a)]);
  });
  const nodes = names.map((name) => {
    const [x, y] = pos.get(name)!;
    return { name, x, y, label: clip(name, 20), focus: name === options.focus };
  });
  const max = Math.max(...between.map((e) => e.weight));
  const arrows = between.map((e) => {
    const [x1, y1] = pos.get(e.from)!;
    const [x2, y2] = pos.get(e.to)!;
    return {
      x1,
      y1,
      x2,
      y2,
      width: 1 + (4 * e.weight) / max,
      title: `${e.from} → ${e.to}: ${e.weight} passage(s)`,
    };
  });
  const unit = { domain: [-1.35, 1.35], axis: null } as const;
  return renderPlot(
    {
      ariaLabel: options.title,
      width: 420,
      height: 420,
      margin: 10,
      x: unit,
      y: unit,
      marks: [
        // Bent arrows keep A→B and B→A apart; the inset stops each head short of its node.
        Plot.arrow(arrows, {
          x1: 'x1',
          y1: 'y1',
          x2: 'x2',
          y2: 'y2',
          strokeWidth: 'width',
          title: 'title',
          bend: true,
          inset: 12,
          className: 'edge',
        }),
        Plot.dot(
          nodes.filter((n) => !n.focus),
          { x: 'x', y: 'y', r: 9, className: 'node', title: 'name' },
        ),
        Plot.dot(
          nodes.filter((n) => n.focus),
          { x: 'x', y: 'y', r: 9, className: 'focus', title: 'name' },
        ),
        Plot.text(nodes, { x: 'x', y: 'y', text: 'label', dy: 20, className: 'label' }),
      ],
    },
    'network',
  );
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
