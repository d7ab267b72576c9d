// The UI's only stylesheet and script, served from the project under a strict CSP (no inline code anywhere).

export const APP_CSS = `
:root { --fg: #1d232a; --muted: #5b6670; --bg: #fbfbf8; --card: #fff; --line: #dfe3e6; --accent: #0b5cad;
  --person: #fff1c2; --organization: #dcefff; --place: #e3f6df; --other: #eee; --quote: #f7e1f3; --reuse: #ffe0cc;
  --del: #ffd7d5; --ins: #d4f5d0; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--accent); text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
header.top { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; padding: .6rem 1rem; background: #14202b; }
header.top a { color: #fff; }
header.top .brand { font-weight: 700; letter-spacing: .02em; }
header.top form { margin-left: auto; display: flex; gap: .3rem; flex: 1 1 16rem; max-width: 28rem; }
header.top input { flex: 1; min-width: 0; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: .5rem 0; overflow-wrap: anywhere; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
.muted { color: var(--muted); }
.meta { color: var(--muted); font-size: .9rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; margin: .6rem 0; }
input, select, button { font: inherit; padding: .35rem .5rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; }
button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; }
form.filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .5rem; align-items: end; }
form.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
table { width: 100%; border-collapse: collapse; font-size: .95rem; }
th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.table-wrap { overflow-x: auto; }
.tags { display: flex; flex-wrap: wrap; gap: .3rem; padding: 0; margin: .3rem 0; list-style: none; }
.tags li { background: #eef1f4; border-radius: 999px; padding: .05rem .6rem; font-size: .85rem; }
.pager { display: flex; gap: 1rem; margin: .8rem 0; align-items: center; }
.downloads a { margin-right: .8rem; }
.chart { display: block; width: 100%; height: auto; max-width: 100%; max-height: 28rem; background: var(--card); border: 1px solid var(--line); border-radius: 6px; color: var(--muted); }
.chart text { font-size: 11px; white-space: pre; }
.chart .dot { fill: var(--accent); fill-opacity: .75; stroke: none; }
.chart a:hover circle, .chart a:focus circle { fill: #d9480f; }
.chart .lane { stroke: var(--line); }
.chart .bar { fill: var(--accent); }
.chart .edge { stroke: #d9480f; stroke-opacity: .7; }
.chart .node { fill: #14202b; stroke: none; }
.chart .focus { fill: var(--accent); stroke: none; }
.chart .label { fill: var(--fg); }
.chart.network { max-width: 28rem; }
.speaker { margin: 1rem 0; }
.speaker h3 { margin-bottom: .2rem; }
blockquote { margin: .3rem 0; padding: .3rem .8rem; border-left: 3px solid #c2255c; background: #fff; }
blockquote .meta { display: block; font-size: .8rem; }
.side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: .8rem; }
.side-by-side .pane { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; overflow-wrap: anywhere; }
.direction { font-weight: 600; }
del { background: var(--del); text-decoration: line-through; text-decoration-color: #c92a2a; }
ins { background: var(--ins); text-decoration: none; }
.body { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1.05rem; line-height: 1.65; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.2rem; }
.m { border-radius: 3px; padding: 0 .1em; }
.m-person { background: var(--person); }
.m-organization { background: var(--organization); }
.m-place { background: var(--place); }
.m-other { background: var(--other); }
.q { background: var(--quote); }
.r { border-bottom: 3px solid #f08c00; background: var(--reuse); }
.anchor:target + .q, .q.lit { outline: 2px solid #c2255c; }
.legend span { margin-right: .6rem; font-size: .85rem; }
details summary { cursor: pointer; color: var(--accent); }
.removed td:first-child { overflow-wrap: anywhere; }
.bars { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: .2rem .8rem; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.notice { background: #fff8db; border: 1px solid #f5d76e; padding: .5rem .8rem; border-radius: 6px; }
@media (max-width: 720px) {
  body { font-size: 15px; }
  main { padding: .6rem; }
  .side-by-side, .grid2 { grid-template-columns: 1fr; }
  header.top form { max-width: none; }
  .hide-narrow { display: none; }
  .body { padding: .7rem; }
}
`;

/** Progressive enhancement only: every page works without it. */
export const APP_JS = `'use strict';
document.addEventListener('change', function (event) {
  var el = event.target;
  if (el && el.matches && el.matches('select[data-autosubmit]') && el.form) el.form.submit();
});
function lightTarget() {
  document.querySelectorAll('.q.lit').forEach(function (el) { el.classList.remove('lit'); });
  var id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  var anchor = document.getElementById(id);
  if (!anchor) return;
  var next = anchor.nextElementSibling;
  if (next && next.classList.contains('q')) {
    next.classList.add('lit');
    next.scrollIntoView({ block: 'center' });
  }
}
window.addEventListener('hashchange', lightTarget);
document.addEventListener('DOMContentLoaded', lightTarget);
`;
