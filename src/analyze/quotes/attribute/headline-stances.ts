// A headline's verb of stance in the present tense: "Netanyahu rejects Trump's remarks about Muslims", "Putin chides
// Turkey and praises Trump", "France's Marine Le Pen Backs Trump And Denounces Clinton", "Clinton swipes at Trump over
// Brexit". Headline style writes what someone did or held in the present, with the name (or a bare noun: "Judge
// rejects …", "Another GOP Figure Endorses …") right before the verb, and PolNeAR marks the rest of the line as what
// was held. Many of these verbs are no cue in body text ("rejects", "backs", "rips", "swipes at"), so the cue pass
// leaves them; only the line that opens the text is read, and only when no frame there comes before the verb.
// (PolNeAR train: 23 new predictions, 22 paired with a gold attribution, "Trump rips Joe Scarborough" being none there;
// dev: 3 of 3; bench/quotes/RESULTS.md, recall54. Only verbs that train headlines show: "Hammers", which none does,
// heads a dev line PolNeAR gives no attribution.)

import { wordCount } from '../text.js';
import { lineEnd } from './content-start.js';
import { entityFor, fromFacts } from './entities.js';
import type { Finder } from './finder.js';
import { HEADLINE_SENTENCE_END_RE, nameEndingHeading } from './layout-frames.js';
import { mentionWithin } from './subject-search.js';
import { namelessSubject, newFrame } from './types.js';

/** Present-tense verbs of backing, blame, demand or claim a headline uses, with the particle some need. */
const HEADLINE_STANCE_VERBS = new Map<string, string | null>([
  ['rejects', null],
  ['backs', null],
  ['endorses', null],
  ['denounces', null],
  ['praises', null],
  ['slams', null],
  ['blasts', null],
  ['rips', null],
  ['trashes', null],
  ['chides', null],
  ['urges', null],
  ['vows', null],
  ['criticizes', null],
  ['condemns', null],
  ['defends', null],
  ['accuses', null],
  ['blames', null],
  ['mocks', null],
  ['hails', null],
  ['touts', null],
  ['warns', null],
  ['claims', null],
  ['wants', null],
  ['questions', null],
  ['laments', null],
  ['decries', null],
  ['disavows', null],
  ['embraces', null],
  ['applauds', null],
  ['scolds', null],
  ['rebukes', null],
  ['faults', null],
  ['dismisses', null],
  ['pledges', null],
  ['promises', null],
  ['insists', null],
  ['concedes', null],
  ['demands', null],
  ['tells', null],
  ['compares', null],
  ['reassures', null],
  ['rebuts', null],
  ['derides', null],
  ['champions', null],
  ['apologizes', 'for'],
  ['doubles', 'down'],
  ['presses', 'for'],
  ['pushes', 'for'],
  ['swipes', 'at'],
  ['goes', 'after'],
  ['sides', 'with'],
]);

/** A word of the headline's subject: capitalised (not a possessive: "Clinton's Attacks On …"), or a short link. */
const SUBJECT_WORD_RE = /^(?:\p{Lu}[\p{L}\p{N}.’'&-]*|of|the|for|and)$/u;
const POSSESSIVE_RE = /[’']s$/;
const POSSESSIVE_AFTER_RE = /^[’']s\s+/;

/** A verb after the word: the word was a noun ("Nomination questions are likely …"). */
const VERB_AFTER_RE =
  /^(?:are|is|were|was|have|has|had|could|would|will|may|might|must|should|can|do|does|did)$/;

/**
 * Whether a subject nobody is named in still reads as a name, a capital past its first word ("Another GOP Figure",
 * "Board Of Election"): PolNeAR counts such a source as named, and an unnamed speaker for it as a wrong one
 * (bench/quotes/RESULTS.md: the title-case heading pass leaves these too). "Judge rejects …", "… federal judge
 * rules." are read.
 */
const readsAsName = (subject: string): boolean => /\s\p{Lu}/u.test(subject);

/** The most words a headline's subject may hold. */
const SUBJECT_WORDS = 5;

/** Frames for a stance verb in the text's opening line (see above). */
export function headlineStances(fx: Finder): void {
  const ps = fx.paraStarts[0] ?? 0;
  const pe = lineEnd(fx, ps);
  // A headline is a line of its own, one sentence at most ("China wants more. The demand has …" is body text).
  if (pe - ps > 200 || pe - ps < 12 || pe >= fx.masked.length) return;
  const line = fx.masked.slice(ps, pe);
  if (HEADLINE_SENTENCE_END_RE.test(line)) return;
  if (invertedHeadlineTag(fx, ps, pe, line)) return;
  const words = [...line.matchAll(/\S+/g)];
  // Where the subject may start: the line's start, or after an opening phrase set off by a comma ("Amid discord,
  // Trump claims …").
  let from = 0;
  for (let k = 1; k < words.length; k++) {
    if (words[k - 1][0].endsWith(',')) from = k;
    const w = words[k][0].replace(/[,;.]+$/, '');
    if (!HEADLINE_STANCE_VERBS.has(w.toLowerCase())) continue;
    // "Biden, stumping for Clinton, trashes Trump": the subject before an aside set off by two commas.
    const subj = from === k ? asideSubject(words, k) : words.slice(from, k);
    if (
      subj.length === 0 ||
      subj.length > SUBJECT_WORDS ||
      !subj.every((s) => SUBJECT_WORD_RE.test(s[0].replace(/,$/, ''))) ||
      POSSESSIVE_RE.test(subj[subj.length - 1][0]) ||
      !/^\p{Lu}/u.test(subj[0][0])
    )
      continue;
    const particle = HEADLINE_STANCE_VERBS.get(w.toLowerCase());
    const next = words[k + 1]?.[0] ?? '';
    if (particle && next.toLowerCase() !== particle) continue;
    if (!particle && VERB_AFTER_RE.test(next.toLowerCase())) continue;
    const cs = ps + (words[k].index ?? 0);
    const ce = particle ? ps + (words[k + 1].index ?? 0) + particle.length : cs + w.length;
    // A frame the other passes found at or before the verb already reads the line.
    if (fx.frames.some((f) => f.cue.start >= ps && f.cue.start < ce)) return;
    let end = pe;
    while (end > ce && /[\s.;]/.test(fx.masked[end - 1])) end--;
    let start = ce;
    while (start < end && /\s/.test(fx.masked[start])) start++;
    if (wordCount(fx.masked.slice(start, end), 1) < 1) return;
    const subjStart = ps + (subj[0].index ?? 0);
    const last = subj[subj.length - 1];
    const subjEnd = ps + (last.index ?? 0) + last[0].replace(/,$/, '').length;
    const name = fx.masked.slice(subjStart, subjEnd);
    // "France's Marine Le Pen": a name before a possessive only says whose; the words after it name the holder.
    const owner = mentionWithin(fx, subjStart, subjEnd);
    const owned = owner !== null && POSSESSIVE_AFTER_RE.test(fx.masked.slice(owner.end, owner.end + 3));
    const held = owned ? fx.masked.slice(owner.end, subjEnd).replace(POSSESSIVE_AFTER_RE, '') : name;
    const inner = owned ? mentionWithin(fx, subjEnd - held.length, subjEnd) : owner;
    const facts = inner
      ? fx.entities.get(inner.entity)
      : (entityFor(fx, held) ?? nameEndingHeading(fx, held));
    if (!facts && readsAsName(name)) return;
    fx.frames.push(
      newFrame({
        cue: { start: cs, end: ce },
        subject: facts ? fromFacts(facts, subjStart, subjEnd) : namelessSubject(subjStart, subjEnd),
        region: { start, end },
        via: null,
        sentence: fx.sentenceAt(ps),
        paragraph: 0,
        statement: false,
        // A headline's object, however short, is the view ("Trump claims nomination", "Absent Trump derides
        // debate").
        piece: true,
      }),
    );
    return;
  }
}

/**
 * The words before the first comma when the verb at k follows the second and last comma of "Subject, aside, verb";
 * none otherwise.
 */
function asideSubject(words: RegExpMatchArray[], k: number): RegExpMatchArray[] {
  const commas: number[] = [];
  for (let i = 0; i < k; i++) if (words[i][0].endsWith(',')) commas.push(i);
  return commas.length === 2 && commas[1] === k - 1 ? words.slice(0, commas[0] + 1) : [];
}

/**
 * A headline whose source and verb close it after a comma: "Sanders will back Clinton, eventually, former rival
 * says.", "Internal records must be released, federal judge rules.", "Ted Cruz Is A ‘Natural Born Citizen,’ Board Of
 * Election Finds." (the comma inside the quotation, masked): what comes before is what the source said or found.
 */
const INVERTED_TAG_RE =
  /[,~][’'”"]?\s+((?:[\p{L}\p{N}.’'-]+\s+){0,4}?)(says|rules|hints|finds|warns|predicts|argues|insists|writes|suggests|concludes|contends|admits|declares)[.;]?\s*$/iu;

/** The frame of an inverted headline tag over the line [ps, pe) (see INVERTED_TAG_RE); false when there is none. */
function invertedHeadlineTag(fx: Finder, ps: number, pe: number, line: string): boolean {
  const m = INVERTED_TAG_RE.exec(line);
  if (!m || m[1] === '') return false;
  // A frame the other passes found in the line reads it already.
  if (fx.frames.some((f) => f.cue.start >= ps && f.cue.start < pe)) return false;
  const subjStart = ps + m.index + m[0].indexOf(m[1]);
  const subjEnd = subjStart + m[1].trimEnd().length;
  const cs = subjStart + m[1].length;
  const ce = cs + m[2].length;
  // The content keeps a quotation that closes it ("… ‘Natural Born Citizen,’"), not a comma of the tag's own.
  const sep = /^[,~][’'”"]?/.exec(m[0])?.[0] ?? ',';
  let end = ps + m.index + (sep === ',' ? 0 : sep.length);
  while (end > ps && /\s/.test(fx.masked[end - 1])) end--;
  if (wordCount(fx.masked.slice(ps, end), 3) < 3) return false;
  const name = fx.masked.slice(subjStart, subjEnd);
  const inner = mentionWithin(fx, subjStart, subjEnd);
  const facts = inner ? fx.entities.get(inner.entity) : entityFor(fx, name);
  if (!facts && readsAsName(name)) return false;
  fx.frames.push(
    newFrame({
      cue: { start: cs, end: ce },
      subject: facts ? fromFacts(facts, subjStart, subjEnd) : namelessSubject(subjStart, subjEnd),
      region: { start: ps, end },
      via: null,
      sentence: fx.sentenceAt(ps),
      paragraph: 0,
      statement: false,
    }),
  );
  return true;
}
