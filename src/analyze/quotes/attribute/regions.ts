// Frames by sentence and their content regions, trimmed where another frame starts.

import { cueForm } from '../lexicon.js';
import { MAIN_CLAUSE_PASTS } from '../verb-forms.js';
import { COMMA_QUOTATION_END_RE, SPEECH_BASES } from './cue-patterns.js';
import type { Finder } from './finder.js';
import { possessorStart } from './subject-possessors.js';
import type { Frame } from './types.js';

/** Cuts a leading frame's content where a later ", X added" or ", adding" in the same sentence begins. */
export function framesBySentence(fx: Finder): Map<number, Frame[]> {
  const out = new Map<number, Frame[]>();
  for (const f of fx.frames) {
    const list = out.get(f.sentence);
    if (list) list.push(f);
    else out.set(f.sentence, [f]);
  }
  return out;
}

/**
 * Whether a frame's cue lies in [from, to), one reported inside that stretch aside (or, with `reported`, only such a
 * one): a frame whose subject opens in it too ("told … that the candidate knew … and thought …", "said that she
 * supports … but supports …") is part of what the content from `from` reports, and stands between no two frames.
 */
function frameWithin(from: number, to: number, frames: Frame[], reported = false): boolean {
  for (const h of frames)
    if (h.cue.start >= from && h.cue.end <= to && reportedWithin(h, from) === reported) return true;
  return false;
}

/** Whether frame h's subject opens at or after `from` and before its cue (a frame inside a content from there). */
function reportedWithin(h: Frame, from: number): boolean {
  return h.subject.start >= from && h.subject.end <= h.cue.start;
}

/** A quotation closed on a comma inside its marks, then spaces: ",'' ", ",” ". */
const COMMA_IN_CLOSING_MARKS_RE = /,(?:''|["”’'])\s*$/;

const RELATIVE_OPENING_RE = /^(?:who|whom|whose|which)\s/;

/** A pronoun and "and" opening a content, the later frame's subject after them: "both he and ", "that she and ". */
const JOINED_SUBJECT_OPENING_RE = /^(?:that\s+)?(?:both\s+)?(?:he|she|they|we|I)\s+and\s+$/;

/** Whether a frame's cue lies in the content of another frame of its sentence. */
function withinOtherRegion(f: Frame, frames: Frame[]): boolean {
  for (const h of frames)
    if (h !== f && h.region && h.region.start <= f.cue.start && f.cue.end <= h.region.end) return true;
  return false;
}

export function trimRegions(fx: Finder): void {
  for (const f of fx.frames) if (f.region && !f.verbatim) endAtMainClause(fx, f);
  const bySentence = framesBySentence(fx);
  // "Carter said he had …, the Times reported": a frame's content ends before the outlet that reports it.
  for (const c of fx.channelFrames) bySentence.get(c.sentence)?.push(c);
  for (const f of fx.frames) {
    // A transcript line is all its speaker's words, whoever they report in it.
    if (!f.region || f.verbatim) continue;
    for (const g of bySentence.get(f.sentence) ?? []) {
      if (g === f) continue;
      const at =
        g.subject.start >= f.region.start && !goesOnFromQuotationTag(fx, g, bySentence.get(f.sentence)!)
          ? Math.min(possessorStart(fx.masked, g.subject.start, f.region.start), g.cue.start)
          : g.cue.start;
      if (at <= f.region.start || at >= f.region.end) continue;
      const before = fx.masked.slice(f.region.start, at);
      // "Cruz said both he and Rubio promised …", "Ms. Sherry said she and her female peers referred to …": the
      // content opens on a subject of two joined by "and" whose second part is the later frame's subject; that
      // "and" joins no clauses, so the later frame is reported inside this one, as "Cruz said Rubio promised" is.
      if (before.length < 20 && JOINED_SUBJECT_OPENING_RE.test(before)) continue;
      // "Officials who have seen the report say that …": the later frame's subject phrase holds this frame whole (a
      // relative clause on its noun), so what this one reports ends where that frame's verb begins.
      if (
        f.region.start >= f.cue.end &&
        g.subject.start < f.subject.start &&
        g.subject.end > f.region.start &&
        g.subject.end <= g.cue.start &&
        f.subject.end - f.subject.start === 3 &&
        /^who$/i.test(fx.masked.slice(f.subject.start, f.subject.end))
      ) {
        f.region = { start: f.region.start, end: f.region.start + before.trimEnd().length };
        continue;
      }
      // "Mr. Manafort, citing ''the unique magic of Trump,'' said …": a frame set as an aside right after the later
      // frame's subject, ending on a quotation closed on its comma before that frame's verb, reports no further than
      // the quotation (the comma stands inside the closing marks, where no cut below sees it).
      if (
        at === g.cue.start &&
        f.cue.end <= g.cue.start &&
        g.subject.end <= f.cue.start &&
        /^\s*,\s*$/.test(fx.masked.slice(g.subject.end, f.cue.start)) &&
        COMMA_IN_CLOSING_MARKS_RE.test(fx.body.slice(f.region.start, at))
      ) {
        f.region = { start: f.region.start, end: f.region.start + before.replace(/[\s,]+$/, '').length };
        continue;
      }
      // (", though officials say": the conjunction opening the later frame's clause goes with it.)
      const cut = before.match(
        /(?:[,;—–]|,?\s+(?:and|but)|,\s+(?:though|although|whereas|where|while|yet))\s*$/,
      );
      if (
        cut &&
        goesOnInContent(f, g, before.slice(0, before.length - cut[0].length), cut[0]) &&
        (2 * (g.region!.end - g.region!.start) < f.region.end - f.region.start ||
          !withinOtherRegion(f, bySentence.get(f.sentence)!)) &&
        !speechWithClause(fx, g) &&
        !frameWithin(f.region.start, at, bySentence.get(f.sentence)!)
      ) {
        fx.runsOn.add(g);
        // (Past a frame reported inside the content, its own view stays listed too: "… that the candidate knew …
        // and thought …" is a view of its own, where "said he was not certain …, but planned to …" is not.)
        if (frameWithin(f.region.start, at, bySentence.get(f.sentence)!, true)) fx.joinedClauses.add(g);
        continue;
      }
      // "Iran, whose leaders have called for …", "the Islamic State, which French officials have said was …": a
      // relative clause on a noun of the content is part of it, as PolNeAR marks it; its frame stays its own.
      // Only where its content is under half the first one's, so that `withoutRepeats` keeps both, and holds no
      // quotation (which would pass to the first frame's speaker); not for a verb of speech ("Mr. Carson, who
      // claimed …"), whose statement who-said-what lists on its own.
      if (
        cut &&
        /^,\s*$/.test(cut[0]) &&
        RELATIVE_OPENING_RE.test(fx.masked.slice(at, at + 8)) &&
        !SPEECH_BASES.has(cueForm(fx.masked.slice(g.cue.start, g.cue.end))?.base ?? '') &&
        g.region &&
        2 * (g.region.end - g.region.start) < f.region.end - f.region.start &&
        !fx.masked.slice(at, f.region.end).includes('"')
      )
        continue;
      if (cut && nestedView(fx, f, g, before.slice(0, before.length - cut[0].length), cut[0])) {
        fx.runsOn.add(g);
        continue;
      }
      if (cut && secondThat(fx, f, g, at, cut[0])) continue;
      if (cut && clauseAfterReport(fx, f, g, at, cut[0])) {
        fx.runsOn.add(g);
        fx.joinedClauses.add(g);
        continue;
      }
      if (cut && participleAfterContent(fx, f, g, at, cut[0])) {
        fx.runsOn.add(g);
        fx.joinedClauses.add(g);
        continue;
      }
      if (cut && verbAfterModal(fx, f, g, at, cut[0])) {
        fx.runsOn.add(g);
        fx.joinedClauses.add(g);
        continue;
      }
      if (cut && tagAfterContent(fx, f, g, at)) {
        fx.runsOn.add(g);
        continue;
      }
      if (cut && namelessViewAfter(fx, f, g)) {
        fx.runsOn.add(g);
        fx.joinedClauses.add(g);
        continue;
      }
      if (cut) f.region = { start: f.region.start, end: f.region.start + before.length - cut[0].length };
    }
  }
}

/**
 * "Comey cannot say that “…,” Bell added, saying …": a participle that goes on from the speaker of a tag after a
 * quotation closed on its comma (quotationTagBefore) cuts an earlier content where its own cue does, as one whose
 * subject comes before that content would; the tag and the quotation stay in the earlier frame's stretch.
 */
function goesOnFromQuotationTag(fx: Finder, g: Frame, frames: Frame[]): boolean {
  const at = g.subject.start;
  if (!COMMA_QUOTATION_END_RE.test(fx.body.slice(Math.max(0, at - 4), at))) return false;
  return frames.some((h) => h !== g && h.subject.start === at && h.cue.end <= g.cue.start);
}

/**
 * "When Trump announced that he would run, few took him seriously", "Before the medical examiner concluded that
 * Epstein hanged himself, his death was shadowed by …", "On the day that Acme announced the deal, I drove …": a
 * frame inside a subordinate clause that opens its sentence reports up to the comma that closes that clause, where
 * the main clause (a subject, then a verb) begins.
 */
function endAtMainClause(fx: Finder, f: Frame): void {
  const region = f.region!;
  if (region.start < f.cue.end) return;
  const sentStart = fx.sentences[f.sentence]?.start ?? 0;
  // (Up to the cue at least: "Despite challenging …" opens on the frame's own gerund.)
  const opening = fx.masked.slice(
    sentStart,
    Math.max(f.cue.end + 1, Math.min(f.subject.start, f.cue.start) + 12),
  );
  if (!SUBORDINATE_OPENING_RE.test(opening)) return;
  const content = fx.masked.slice(region.start, region.end);
  // Only a comma past the content's first character may end it: most contents hold none.
  if (content.indexOf(',', 1) < 0) return;
  const past = MAIN_CLAUSE_AFTER_COMMA_RE.exec(content);
  const present = MAIN_CLAUSE_PRESENT_AFTER_COMMA_RE.exec(content);
  const main = past && (!present || past.index <= present.index) ? past : present;
  if (main && main.index > 0) f.region = { start: region.start, end: region.start + main.index };
}

/**
 * The same main clause with its verb in the present ("While the president has said he opposes it, his
 * administration carves out exceptions", "While one company says …, another says …"): the verb right after a
 * pronoun, a name or a short phrase of a determiner (no "that", "who" or "which" in it, no "and"), as a plural noun
 * ending in "s" further on would read as one ("…, the city's schools"); not before "and" or a relative word ("…,
 * the party leaders and elected officials who …" is a list).
 */
const MAIN_CLAUSE_PRESENT_AFTER_COMMA_RE =
  /,\s+(?=(?:he|she|it|there|another|one|(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'.-]*|(?:the|a|an|his|her|their|its|our|this|that)\s+(?:(?!(?:that|who|which|and|or)\s)[\p{Ll}’'-]+\s+){0,2}?[\p{Ll}’'-]*[^\P{Ll}s’'])\s+(?:also\s+|still\s+|now\s+|often\s+)?(?!(?:this|thus|plus|less|unless|news|always|perhaps|towards|across|its|his|hers|theirs|ours|was|has|does|is|as)\s)\p{Ll}{2,}(?<!ss|us|is)s\s+(?!(?:and|or|who|whose|which|that)\s)[\p{L}$\d"~])/u;

/**
 * A sentence opening with a subordinating word before its frame's subject: "When Trump", "After the mayor", or a
 * gerund's clause ("Despite challenging …, Cruz said", "Having announced …"; not "Despite Doe's claims that …, the
 * firms put him lower", whose noun's content PolNeAR runs on into the main clause).
 */
const SUBORDINATE_OPENING_RE =
  /^\s*["“]?(?:When|Whenever|After|Before|While|Although|Though|Because|Since|Once|Until|Unless|On\s+the\s+day|By\s+the\s+time|As\s+soon\s+as|Now\s+that|Even\s+though|Even\s+as|Even\s+after|Just\s+as|(?:Despite|Without)\s+\p{Ll}+ing|Having\s+\p{Ll}+ed)\s/u;

/**
 * A comma, then a subject (a pronoun, a determiner's phrase or a name) and a finite verb before any other comma
 * or any "and" (which would make the comma a list's: "Mexico, Canada and China were"): "…, few took him
 * seriously", "…, his death was shadowed …", "…, the council voted …", "…, other users have offered …"; a short
 * phrase of place or manner may come before the subject ("…, in this case they were successful").
 */
const MAIN_CLAUSE_AFTER_COMMA_RE = new RegExp(
  `,\\s+(?=(?:(?:in|on|at|for|by|with|under|during|despite)\\s+(?:[\\p{L}\\d’'-]+\\s+){1,3})?(?:he|she|they|it|we|I|you|there|few|many|most|some|other|others|several|nobody|the|a|an|his|her|their|its|our|this|these|those|\\p{Lu}[\\p{L}’'.-]*)\\s(?:(?!\\b(?:and|or)\\b)[^,;:"])*?\\b(?:was|were|is|are|has|had|have|will|would|could|can|should|did|does|do|may|might|must|seemed|${[...MAIN_CLAUSE_PASTS].join('|')}|\\p{Ll}{2,}ed)\\b)`,
  'u',
);

/**
 * A second verb of speech that takes a clause ("denied A but said B", "rejected the accusations and stated that
 * Brazil would not …": one that needs its "that" has it): a statement of its own. A verb of belief or hope ("said
 * she did not condone violence and hoped that people would …") goes on in the first content.
 */
function speechWithClause(fx: Finder, g: Frame): boolean {
  const form = cueForm(fx.masked.slice(g.cue.start, g.cue.end));
  if (!form || !SPEECH_BASES.has(form.base)) return false;
  return form.bare || (!!g.region && /^that\s/.test(fx.masked.slice(g.region.start, g.region.start + 5)));
}

/**
 * "said he was not certain the rule would apply, but planned to follow it": a second verb joined by "and" or "but"
 * that shares the first frame's subject goes on within what the first one reports, as PolNeAR marks it; its own
 * frame stays. Only where that frame's content is under half the first one's (so that `withoutRepeats` keeps both)
 * and no other frame stands between them; not past a quotation's close (a quote stays its words); a second verb of
 * speech ("denied A but said B") is a statement of its own (checked by the caller).
 */
const goesOnInContent = (f: Frame, g: Frame, before: string, link: string): boolean =>
  g.subject.start < f.region!.start &&
  g.subject.start === f.subject.start &&
  /\s(?:and|but)\s*$/.test(link) &&
  !/"\s*$/.test(before) &&
  !!g.region;

/**
 * "said that if the state held up the deal, Patriot could threaten …", "despite being a Stanford alumna, she plans
 * to root for Iowa": where a content opens on a fronted adverbial (a preposition or a subordinating word, after an
 * optional "that"), the clause after its comma is the content's main clause, as PolNeAR marks it, not a statement
 * of its own; its frame (no verb of speech: "plans", "could threaten", "learned") stays (`Finder.runsOn`), as
 * `innerNonSpeech` allows.
 */
const FRONTED_RE =
  /^(?:(?:that\s+)?(?:when|whenever|once|unless|because|since|as|after|before|until|while|although|though|despite|given|even|rather|instead)|that\s+(?:if|in|on|at|with|without|during|for|by|from|under|over|contrary|amid)|(?:If|In|On|At|With|Without|During|For|By|From|Under|Over|Contrary|Amid|Like|Unlike))\b[^,;:"]*(?:,[^,;:"]*)?$/;
const nestedView = (fx: Finder, f: Frame, g: Frame, before: string, link: string): boolean =>
  /^,\s*$/.test(link) &&
  FRONTED_RE.test(before) &&
  /\S+\s+\S+\s+\S/.test(before) &&
  g.subject.start >= f.region!.start &&
  innerNonSpeech(fx, f, g, g.subject.start);

/**
 * "writing that Ms. Rust gave the company plenty of time … and that the reporters had clearly identified
 * themselves": a second "that" clause after "and"/"but" goes on in a content that opened on "that", whatever verb
 * the second clause has (no verb of speech).
 */
const secondThat = (fx: Finder, f: Frame, g: Frame, at: number, link: string): boolean =>
  /\s(?:and|but)\s*$/.test(link) &&
  /^that\s/.test(fx.masked.slice(at, at + 5)) &&
  /^that\s/.test(fx.masked.slice(f.region!.start, f.region!.start + 5)) &&
  innerNonSpeech(fx, f, g, at);

/**
 * "…, and he sometimes added additional content on the email chains in question, according to the sources": a tag
 * after its content ("according to", "X said") reports the whole clause before it, the verbs inside included, as
 * PolNeAR marks it; an inner frame that is no verb of speech stays within it.
 */
const tagAfterContent = (fx: Finder, f: Frame, g: Frame, at: number): boolean =>
  f.region!.end <= f.cue.start &&
  g.cue.end <= f.region!.end &&
  reportingTag(fx, f) &&
  innerNonSpeech(fx, f, g, at);

/**
 * "Powell's office said the diplomat couldn't recall the dinner, but he did remember telling Clinton …", "Military
 * Times found Democrats favored Clinton, while Republicans favored Trump": a clause joined by "and", "but" or "while"
 * with a subject of its own and a verb that is no verb of speech goes on in what a reporting verb before it reports,
 * as PolNeAR marks it; its frame stays (`Finder.runsOn`).
 */
const clauseAfterReport = (fx: Finder, f: Frame, g: Frame, at: number, link: string): boolean =>
  /\b(?:and|but|while|whereas|yet)\s*$/.test(link) &&
  f.region!.start >= f.cue.end &&
  g.subject.start >= at &&
  sameVoice(fx, f, g) &&
  reportingTag(fx, f) &&
  innerNonSpeech(fx, f, g, at);

const PRONOUN_SUBJECT_RE = /^(?:he|she|they|we|I)$/i;

/** Whether g's subject is f's speaker again: a pronoun, or a phrase resolved to the same speaker. */
const sameVoice = (fx: Finder, f: Frame, g: Frame): boolean =>
  PRONOUN_SUBJECT_RE.test(fx.masked.slice(g.subject.start, g.subject.end)) ||
  (!!g.subject.entity && g.subject.entity === f.subject.entity) ||
  (!!g.subject.speaker && g.subject.speaker === f.subject.speaker);

/** A verb of speech, of finding ("the poll found", "records show") or "according to" ("which is called" names). */
function reportingTag(fx: Finder, f: Frame): boolean {
  const cue = fx.masked.slice(f.cue.start, f.cue.end);
  const base = cueForm(cue)?.base ?? '';
  return SPEECH_BASES.has(base) || base === 'find' || /^according\s+to$/i.test(cue);
}

/**
 * Whether frame g, inside f's content from `from` on, may stay within it: no verb of speech (whose statement
 * who-said-what lists on its own), no outlet's channel frame, and no quotation from `from` to the content's end
 * (whose own tag `findQuotes` would lose).
 */
const innerNonSpeech = (fx: Finder, f: Frame, g: Frame, from: number): boolean =>
  !fx.channelFrames.includes(g) &&
  !fx.masked.slice(from, f.region!.end).includes('"') &&
  !SPEECH_BASES.has(cueForm(fx.masked.slice(g.cue.start, g.cue.end))?.base ?? '');

/**
 * "Scot Ross said the spending numbers he saw were even more dramatic, showing pro-Bradley groups outspending …",
 * "Cruz openly admitted that his pick was politically motivated, looking to the February 20 primary": a participle
 * right after the comma that closes a reported content, with no subject of its own, adds to what that content says,
 * and PolNeAR runs the content over it; its own frame stays too (`Finder.runsOn`, `Finder.joinedClauses`). Not a
 * verb of speech (", adding that …" is a statement of its own), not "according to" (a tag), and not past a
 * quotation (see innerNonSpeech).
 */
const participleAfterContent = (fx: Finder, f: Frame, g: Frame, at: number, link: string): boolean =>
  /^,\s*$/.test(link) &&
  at === g.cue.start &&
  f.region!.start >= f.cue.end &&
  /^\p{Ll}+ing\b/u.test(fx.masked.slice(g.cue.start, g.cue.end)) &&
  !/^according\b/i.test(fx.masked.slice(g.cue.start, g.cue.end)) &&
  innerNonSpeech(fx, f, g, at);

/** A capitalised word: a name, or a party or group the entity tagger may leave unnamed ("but Democrats have …"). */
const CAPITALISED_WORD_RE = /(?:^|[^\p{L}])\p{Lu}/u;

/**
 * "The mayor said the bridge would open in May, while most residents expect more delays", "…, his world view is
 * “dangerously wrong”": a learned stance or intention word (`Frame.learnedCue`) whose subject names nobody and opens
 * inside a listed frame's content goes on in that content, as PolNeAR marks it (the listed speaker reports the
 * contrast too); its own frame stays (`Finder.runsOn`, `Finder.joinedClauses`). A subject with a name or a capital
 * ("…, while Varga wants …", "…, but Democrats have pushed for …") keeps the cut: it speaks for itself, and
 * who-said-what would list its words under the first speaker.
 */
const namelessViewAfter = (fx: Finder, f: Frame, g: Frame): boolean =>
  !f.learnedCue &&
  g.learnedCue &&
  !g.subject.speaker &&
  !CAPITALISED_WORD_RE.test(fx.masked.slice(g.subject.start, g.subject.end)) &&
  g.subject.start >= f.region!.start &&
  g.subject.end <= g.cue.start;

/**
 * "Kasich says he’d sit Putin down and tell him “no more nonsense”", "said the mogul still has time to step up and
 * show that he’s worthy …": a verb in its plain form right after "and", after a reporting verb that is not in its
 * plain form, is joined to a verb after a modal or "to" inside the content, not to the reporting verb; PolNeAR runs
 * the content over it, and its own frame stays (`Finder.runsOn`, `Finder.joinedClauses`).
 */
const verbAfterModal = (fx: Finder, f: Frame, g: Frame, at: number, link: string): boolean =>
  /(?:^|\s)and\s*$/.test(link) &&
  at === g.cue.start &&
  f.region!.start >= f.cue.end &&
  plainVerb(fx.masked.slice(g.cue.start, g.cue.end)) &&
  !plainVerb(fx.masked.slice(f.cue.start, f.cue.end));

/** Whether a cue opens on a verb in its plain form ("tell", "show", "discuss"; not "tells", "focused on", "saying"). */
function plainVerb(cue: string): boolean {
  const info = cueForm(cue);
  return !!info && info.base === cue && !/^\S*(?:ed|ing|[^s]s)(?:\s|$)/.test(cue);
}
