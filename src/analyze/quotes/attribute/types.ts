// The shapes an attribution is made of: subjects, frames, attributions and the finder result.

import type { Quote, Span } from '../../../model/index.js';
import type { QuotedSpan } from '../marks.js';

export type SubjectKind = 'person' | 'organization' | 'anonymous' | 'unknown';

/** The speaker phrase as written, and whom it resolves to. */
export interface Subject extends Span {
  speaker: string | null;
  entity: string | null;
  kind: SubjectKind;
}

/**
 * Subject `s` over [start, end): a literal in Subject's own key order, never a spread copy. V8 gave each spread
 * copy a map of its own, so that every read of a subject's fields went through the megamorphic inline cache.
 */
export const spanning = (s: Subject, start: number, end: number): Subject => ({
  start,
  end,
  speaker: s.speaker,
  entity: s.entity,
  kind: s.kind,
});

/** A source phrase over [start, end) that names nobody the text resolves: no speaker, no entity. */
export const namelessSubject = (start: number, end: number): Subject => ({
  start,
  end,
  speaker: null,
  entity: null,
  kind: 'unknown',
});

/** One reported-speech event: a cue, its speaker and the span of what was said. */
export interface Frame {
  cue: Span;
  subject: Subject;
  /** What was said; null when the frame only names a channel. */
  region: Span | null;
  via: string | null;
  sentence: number;
  paragraph: number;
  /** True when the cue carried a document word ("in a statement"). */
  statement: boolean;
  /** True for transcript lines ("WALLACE: …"), whose content is the speaker's own words. */
  verbatim: boolean;
  /** True when the learned detector, not a word list, found the cue: such a frame yields to the others. */
  learned: boolean;
  /**
   * True when the cue is a stance, intention or evidence word learned from PolNeAR ("supporters of",
   * "allegations"), listed or detected, rather than a verb of speech: it names a view only through its subject.
   */
  learnedCue: boolean;
  /**
   * True for a content kept however short: each half of a content broken by its tag ("Compaq, she predicted, would
   * come"), a headline's object ("Trump claims nomination", headline-stances.ts).
   */
  piece: boolean;
  /** True for evidence framed only for its "that" clause (see outer-cues.ts): it leaves the frames inside it be. */
  outerEvidence: boolean;
}

/** What a frame is made from: the flags left out are false (`learned` is set only by the learned cue pass). */
export type FrameFields = Omit<Frame, 'verbatim' | 'learned' | 'learnedCue' | 'piece' | 'outerEvidence'> &
  Partial<Pick<Frame, 'verbatim' | 'learnedCue' | 'piece' | 'outerEvidence'>>;

/**
 * A frame with every field set, in one key order: all frames share one V8 map, so that reads of their fields stay
 * monomorphic. Literals with different optional fields (and \`learned\` added to some frames later) gave frames
 * several maps, and every frame read in findAttributions, trimRegions and the citations went megamorphic.
 */
export const newFrame = (f: FrameFields): Frame => ({
  cue: f.cue,
  subject: f.subject,
  region: f.region,
  via: f.via,
  sentence: f.sentence,
  paragraph: f.paragraph,
  statement: f.statement,
  verbatim: f.verbatim ?? false,
  learned: false,
  learnedCue: f.learnedCue ?? false,
  piece: f.piece ?? false,
  outerEvidence: f.outerEvidence ?? false,
});

/** What a plain frame is made from: a frame with no relay ("via") and no document word, placed by its sentence. */
export type PlainFrameFields = Omit<FrameFields, 'via' | 'sentence' | 'paragraph' | 'statement'>;

/**
 * A frame in sentence `sentence` with no relay and no document word (layout frames, lead-ins, answers, plain verb
 * frames): its paragraph is the sentence's (`paraOf`, the finder's), the rest as newFrame sets it.
 */
export const plainFrame = (paraOf: readonly number[], sentence: number, f: PlainFrameFields): Frame =>
  newFrame({
    cue: f.cue,
    subject: f.subject,
    region: f.region,
    via: null,
    sentence,
    paragraph: paraOf[sentence],
    statement: false,
    verbatim: f.verbatim,
    learnedCue: f.learnedCue,
    piece: f.piece,
    outerEvidence: f.outerEvidence,
  });

/** A quote together with the evidence behind it, for benchmarks and debugging. */
export interface Attribution extends Quote {
  source: Span | null;
  cue: Span | null;
  /** What the source phrase is (a person, an organization, anonymous sources); null without a frame. */
  sourceKind: SubjectKind | null;
  /** The frame's cue is a learned stance or evidence word (see Frame.learnedCue). */
  learnedCue: boolean;
  /**
   * A quotation with one word of the frame's own around it ("that “…”", "called Trump “…”"): the content as
   * PolNeAR marks it, while who-said-what lists the quotation alone.
   */
  framing?: boolean;
  /**
   * Where the quotation's own words end when the content goes on past its closing mark ("“… aren't there yet” to
   * support him as a candidate"): PolNeAR's content runs to the sentence's end, while who-said-what lists the
   * quotation alone.
   */
  quotationEnd?: number;
  /**
   * Where PolNeAR's content ends when it runs on past the quotation's tag: to what the quotation is said of ("“…,”
   * the city manager said of the championship course"), or to the end of the sentence a partial quotation opened
   * ("as “little talks,” he told friends, in which he could …"); see past-tags.ts. Or on to a trailing "according to"
   * the content stopped short of (sourcing-run-up.ts). The span, its text, the speaker and who-said-what keep the
   * quotation alone: the tag is the speaker's, not the content's.
   */
  contentEnd?: number;
  /**
   * The widths of the quotation marks before and after the span that its content holds (“Denver,”): PolNeAR's
   * content takes in a quotation's marks, while the span, its text and who-said-what keep the words alone (see
   * contentSpan in quotation-marks.ts).
   */
  marks?: [number, number];
  /**
   * Where PolNeAR's content opens when someone "quoted Y as saying that …": at Y, the one quoted (its content is
   * "Y as saying that …"), while the span, its text and who-said-what keep the words alone (see contentSpan).
   */
  quotedFrom?: number;
  /**
   * Where PolNeAR's content opens before the frame's subject: at the subject of a passive that tells something of
   * it ("Hollande is expected to run …", see passive-subjects.ts), or at the relative word of a clause whose object
   * is moved to the front ("what Trump has threatened to do", see object-relatives.ts); the span, its text, the
   * speaker and who-said-what stay as they are (see contentSpan).
   */
  subjectFrom?: number;
  /** The unnamed phrase a source "who" stands for ("a forensic expert who said"); the source stays on "who". */
  antecedent?: Span;
  /**
   * The speaker's own credit when an outlet's tag closing the sentence reports the frame ("…,” Pence said,
   * according to audio provided to The Times"): PolNeAR credits the outlet, who-said-what the speaker, through the
   * outlet (see channel-credits.ts).
   */
  told?: Pick<Attribution, 'speaker' | 'speakerEntity' | 'via' | 'source' | 'cue' | 'sourceKind'>;
}

/**
 * Attribution `a` with every field set, in one key order (the optional ones undefined where `a` lacks them): all
 * attributions share one V8 map, so that reads of their fields in findQuotes' steps stay monomorphic. Fields set
 * later (quotationEnd, marks, …) are assigned in place, and a copy with some fields changed is
 * `newAttribution({ ...a, … })`, never the spread itself: V8 gave each late field and each spread copy a map of its
 * own, and the sites that read attributions went megamorphic. (The key order is the one in which findAttributions
 * used to add the optional fields, so that their JSON, which leaves out the undefined ones, reads as before.)
 */
/** Who a quote is credited to: the resolved entity when there is one, else the speaker phrase. */
export const speakerOf = (q: Pick<Quote, 'speaker' | 'speakerEntity'>): string | null =>
  q.speakerEntity ?? q.speaker;

export const newAttribution = (a: Attribution): Attribution => ({
  start: a.start,
  end: a.end,
  text: a.text,
  kind: a.kind,
  speaker: a.speaker,
  speakerEntity: a.speakerEntity,
  via: a.via,
  source: a.source,
  cue: a.cue,
  sourceKind: a.sourceKind,
  learnedCue: a.learnedCue,
  framing: a.framing,
  quotationEnd: a.quotationEnd,
  contentEnd: a.contentEnd,
  subjectFrom: a.subjectFrom,
  antecedent: a.antecedent,
  quotedFrom: a.quotedFrom,
  told: a.told,
  marks: a.marks,
});

/** Who spoke, as named in the text or resolved to an entity. */
/**
 * Who holds a frame's words. `source`, when given, is where that holder is named inside a subject phrase that runs
 * on past the name ("Junot Díaz" of "Pulitzer Prize-winning author Junot Díaz made a [case]"): the source span
 * stops there, as PolNeAR marks it, instead of taking the frame's whole subject phrase.
 */
export type Speaker = { speaker: string | null; entity: string | null; source?: Span };

/**
 * The source span an attribution gets: the holder's own, when the speaker search cut one, else the subject phrase.
 * A holder named inside the content stays unmoved ("In an effort to clarify …, Clinton on Friday muddled …" whose
 * content ran on over the main clause): a source inside the content would leave the words unsaid (holdsOwnSource).
 */
export function sourceSpanOf(subject: Span, who: Speaker | null, content: Span): Span {
  const own = who?.source;
  if (own && !(own.start >= content.start && own.end <= content.end)) return own;
  return { start: subject.start, end: subject.end };
}

export interface AttributionResult {
  attributions: Attribution[];
  /**
   * Quotations that are part of another attribution's statement ("…,” Walker said, according to an AP account"):
   * who-said-what lists them, and they are not attributions of their own (see withHeldQuotesApart).
   */
  held: Attribution[];
  /**
   * Paraphrases of listed frames that a learned frame around them reports ("filed a lawsuit alleging that …"):
   * dropped as repeats of the learned frame's content, as PolNeAR marks one attribution; who-said-what lists one
   * where the learned frame's content is no statement of its own (see withRestated in quotes/index.ts).
   */
  restated: Attribution[];
  frames: Frame[];
  quoted: QuotedSpan[];
}
