// Every prediction of a split as run.ts scores it, as one JSON line with its shape (kind, cue word, frame kind,
// subject kind, how it stands to the others) and whether the GGT one-to-one rule pairs it with a gold attribution:
// for tallying which shapes of prediction are spurious how often (development aid; read with a small script).
// Usage: npx tsx bench/quotes/spurious-rows.ts --split train [--names fallback] > rows.jsonl

import { option } from './options.js';
import { coverage } from './polnear.js';
import { scoredArticles } from './scored.js';

const split = option('split', 'dev');
const inside = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a !== b && b.start <= a.start && a.end <= b.end;

for await (const { art, res, preds, at30, at80, paired } of scoredArticles(split, { names: 'ner' })) {
  const text = art.text;
  const paired80 = new Set(at80.filter((p) => p !== null));
  const attrOf = (p: (typeof preds)[number]) =>
    res.attributions.find((a) =>
      p.cue
        ? a.cue?.start === p.cue.start && a.cue?.end === p.cue.end
        : a.start === p.start && a.end === p.end,
    );
  for (const p of preds) {
    const a = attrOf(p);
    const cue = p.cue;
    const frame = cue
      ? res.frames.find((f) => f.cue.start === cue.start && f.cue.end === cue.end)
      : undefined;
    // Gold attributions this prediction covers ≥ 30% of, and whether another prediction took each.
    const golds = art.gold
      .map((g, i) => ({ i, cov: coverage(g.content, p) }))
      .filter((x) => x.cov > 0.3)
      .map((x) => ({
        cov: x.cov,
        takenBy: at30[x.i] === null ? 'none' : at30[x.i] === p ? 'self' : 'other',
      }));
    // The gold attribution holding most of this prediction's characters: the share held, and whether any
    // prediction took that gold (a prediction that covers little of a long gold is a span error, not a false one).
    const inGold = art.gold
      .map((g, i) => ({
        i,
        share:
          g.content.parts.reduce(
            (n, [a, b]) => n + Math.max(0, Math.min(b, p.end) - Math.max(a, p.start)),
            0,
          ) / Math.max(1, p.end - p.start),
      }))
      .sort((x, y) => y.share - x.share)[0];
    const sentStart = Math.max(
      text.lastIndexOf('\n', Math.min(p.start, cue?.start ?? p.start) - 1) + 1,
      Math.min(p.start, cue?.start ?? p.start) - 300,
    );
    const endAt = text.indexOf('\n', Math.max(p.end, cue?.end ?? p.end));
    const lineEnd = endAt < 0 ? text.length : Math.min(endAt, Math.max(p.end, cue?.end ?? p.end) + 150);
    process.stdout.write(
      `${JSON.stringify({
        split,
        doc: art.name,
        paired: paired.has(p),
        paired80: paired80.has(p),
        golds,
        inGold: inGold ? { share: inGold.share, taken: at30[inGold.i] !== null } : null,
        kind: p.kind,
        start: p.start,
        end: p.end,
        parts: p.parts?.length ?? 1,
        cue: cue ? text.slice(cue.start, cue.end) : null,
        cueAt: cue ? (cue.end <= p.start ? 'before' : cue.start >= p.end ? 'after' : 'inside') : null,
        frame: !cue
          ? 'none'
          : !frame
            ? 'noframe'
            : frame.learned
              ? 'model'
              : frame.learnedCue
                ? 'learnedCue'
                : frame.verbatim
                  ? 'verbatim'
                  : frame.statement
                    ? 'statement'
                    : 'listed',
        via: frame?.via ?? null,
        piece: frame?.piece ?? false,
        outerEvidence: frame?.outerEvidence ?? false,
        sourceKind: a?.sourceKind ?? null,
        speaker: p.speaker,
        source: p.source ? text.slice(p.source.start, p.source.end) : null,
        sourceAt: p.source ? p.source.start - p.start : null,
        nested: preds.some((o) => inside(p, o)),
        cueNested: cue ? preds.some((o) => o !== p && o.start <= cue.start && cue.end <= o.end) : false,
        holds: preds.some((o) => inside(o, p)),
        sharesSentence: preds.filter((o) => o !== p && o.start < lineEnd && o.end > sentStart).length,
        lineStart: text.lastIndexOf('\n', Math.min(p.start, cue?.start ?? p.start) - 1) + 1 === sentStart,
        content: text.slice(p.start, p.end),
        before: text.slice(sentStart, p.start),
        after: text.slice(p.end, lineEnd),
      })}\n`,
    );
  }
}
