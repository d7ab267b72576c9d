// "According to AFP, one user on Weibo … posted: “…”": who-said-what lists the one whose words they are, through
// the source that reports them.

import { SPEECH_BASES } from './attribute/cue-patterns.js';
import { newAttribution } from './attribute/types.js';
import { type Attribution, type Frame, trimContent } from './attribute.js';
import { cueForm } from './lexicon.js';
import { wordCount } from './text.js';

/** The cue "according to", in any case. */
const ACCORDING_TO_RE = /^according\s+to$/i;

/** A subject phrase ending in a preposition or quantifier: the noun it governs comes after the "cue". */
const PREPOSITION_END_RE = /\s(?:of|in|on|at|to|for|with|by|from|about|all)$/i;

/** A form of "be" right before the cue, an adverb at most between: a passive ("were told", "was later asked"). */
const PASSIVE_BEFORE_CUE_RE =
  /(?:^|\s)(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+|later\s+|also\s+)?$/iu;

/**
 * The frame of a verb of speech whose subject opens an "according to" content and whose own content lies inside it
 * ("According to AFP, one user … posted: …", "According to GMA News, Salceda said …"), or null. A learned stance
 * word there is no speaker of its own ("According to the poll, most voters support …" stays the poll's).
 */
function speakingFrameOpening(a: Attribution, frames: Frame[], body: string): Frame | null {
  const cue = a.cue;
  if (!cue) return null;
  for (const g of frames) {
    if (g.cue.start <= a.start || g.cue.end > a.end || g.cue.start === cue.start) continue;
    if (!g.region || g.learnedCue || g.learned || g.region.start < g.cue.end) continue;
    // (The content may keep the sentence's full stop, which the attribution's trimmed end leaves out.)
    if (trimContent(body, g.region).end > a.end) continue;
    // The subject is the content's first words: nothing but spaces and marks before it.
    if (g.subject.start < a.start || !/^[\s"“‘'(]*$/.test(body.slice(a.start, g.subject.start))) continue;
    // A subject that ends in a preposition is no phrase of its own ("Forty-three percent of all reported
    // contributions": "reported" describes the noun after it), and one a passive joins to its verb is who was told
    // or asked ("his salespersons were told, …": the source's words), not who spoke.
    if (PREPOSITION_END_RE.test(body.slice(g.subject.start, g.subject.end))) continue;
    if (PASSIVE_BEFORE_CUE_RE.test(body.slice(Math.max(g.subject.end, g.cue.start - 24), g.cue.start)))
      continue;
    // Only a verb of speech ("said", "posted", "told"): "officers found 3 kilograms of cocaine" is what the
    // affidavit says, and "…, dubbed the “Crossroads of America” by …" names.
    if (!SPEECH_BASES.has(cueForm(body.slice(g.cue.start, g.cue.end))?.base ?? '')) continue;
    return g;
  }
  return null;
}

/**
 * Who-said-what's speakers for reported speech told on another source's word. PolNeAR marks "According to X, Y
 * said …" as X's attribution alone (5 of 5 on train), so findAttributions keeps it whole, and the frame of Y, a
 * repeat of most of it, goes; but the words are Y's, and X is only how they came: the content after Y's verb is
 * listed as Y's (empty when Y is unnamed: "one user on Weibo"), via X, and so is a quotation inside it that was
 * credited to X. Another attribution of Y's frame already listed stays, with X as its channel.
 */
export function withReportedSpeakers(listed: Attribution[], frames: Frame[], body: string): Attribution[] {
  if (!listed.some((a) => a.cue && ACCORDING_TO_RE.test(body.slice(a.cue.start, a.cue.end)))) return listed;
  const replaced = new Map<Attribution, Attribution | null>();
  // Each replacement and the "according to" cue it came from.
  const moved: { to: Attribution; cueStart: number }[] = [];
  for (const a of listed) {
    if (a.kind !== 'indirect' || !a.cue || !ACCORDING_TO_RE.test(body.slice(a.cue.start, a.cue.end)))
      continue;
    const g = speakingFrameOpening(a, frames, body);
    if (!g?.region) continue;
    const own = listed.find((b) => b.cue !== null && b.cue.start === g.cue.start && b.kind !== 'partial');
    if (own) {
      const to = newAttribution({ ...own, via: own.via ?? a.speaker });
      replaced.set(own, to);
      replaced.set(a, null);
      moved.push({ to, cueStart: a.cue.start });
      continue;
    }
    const r = trimContent(body, g.region);
    // A content cut down to a word or two by the frames around it ("reported that", "said little") is no statement.
    if (wordCount(body.slice(r.start, r.end), 3) < 3) continue;
    const to = newAttribution({
      ...a,
      start: r.start,
      end: r.end,
      text: body.slice(r.start, r.end),
      speaker: g.subject.speaker,
      speakerEntity: g.subject.entity,
      via: a.speaker,
      source: { start: g.subject.start, end: g.subject.end },
      cue: g.cue,
      sourceKind: g.subject.kind,
      quotationEnd: undefined,
    });
    replaced.set(a, to);
    moved.push({ to, cueStart: a.cue.start });
  }
  if (moved.length === 0) return listed;
  const out: Attribution[] = [];
  for (const a of listed) {
    if (replaced.has(a)) {
      const b = replaced.get(a);
      if (b) out.push(b);
      continue;
    }
    // A quotation inside the moved content, credited to the reporting source at its cue, goes with it.
    const cueStart = a.kind === 'partial' ? a.cue?.start : undefined;
    const m =
      cueStart === undefined
        ? undefined
        : moved.find((x) => x.cueStart === cueStart && x.to.start <= a.start && a.end <= x.to.end);
    out.push(
      m
        ? newAttribution({ ...a, speaker: m.to.speaker, speakerEntity: m.to.speakerEntity, via: m.to.via })
        : a,
    );
  }
  return out;
}
