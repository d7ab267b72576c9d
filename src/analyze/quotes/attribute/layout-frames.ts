// Frames the layout gives: headlines, transcript lines, dash signatures, document and title frames.

import type { Span } from '../../../model/index.js';
import { type CueInfo, cueExact } from '../lexicon.js';
import type { QuotedSpan } from '../marks.js';
import type { EntityFacts } from '../speakers.js';
import { looksTitleCase, splitAtSpaces, wordCount } from '../text.js';
import { lineEnd } from './content-start.js';
import { SPEECH_BASES } from './cue-patterns.js';
import { entityFor, fromFacts, fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { EVIDENCE_END } from './patterns.js';
import { isPersonListEntry } from './person-lists.js';
import { mentionWithin } from './subject-search.js';
import { namelessSubject, newFrame, plainFrame, type Subject, spanning } from './types.js';

const TRANSCRIPT_RE = /^((?:[A-Z][A-Z.'’-]+ ){0,2}[A-Z][A-Z.'’-]+):\s+/;

/** A team's next game under a sports recap's "UP NEXT": "Thunder: Host the Lakers on Friday." */
const SCHEDULE_LINE_RE = /^\s*(?:Hosts?|Visits?|At|vs\.?|Plays?|Faces?|Travels?|Opens?)\s/;

/**
 * Capitals before a colon that label a line, not its speaker: "UPDATE:", "CLARIFICATION:", "EXCLUSIVE:", an affiliate
 * disclosure ("FTC: We use income earning affiliate links"), an advice column's "DEAR BEATEN UP:" (whom it answers).
 */
const TRANSCRIPT_LABEL_RE =
  /^(?:Q|A|UPDATE|UPDATED|EDITOR|EDITOR'S NOTE|EDITOR’S NOTE|NOTE|PHOTO|PHOTOS|VIDEO|WATCH|READ|READ MORE|RELATED|SOURCE|SOURCES|CREDIT|CLARIFICATION|CORRECTION|EXCLUSIVE|BREAKING|BREAKING NEWS|ALERT|ANALYSIS|OPINION|COMMENTARY|FACT CHECK|POLL|REPORT|ABSTRACT|FULL TEXT|DISCLOSURE|DISCLAIMER|SPOILER|WARNING|LIVE|ICYMI|PHOTO CREDIT|FTC|DEAR\s.*)$/i;

/**
 * A name signing the quote before it: "“…” — Hillary Clinton", or with a hyphen where it opens its own paragraph, as
 * fact-checks list claims ("“…”\n\n- Bernie Sanders.").
 */
const DASH_SIGN_RE =
  /^(?:\s*[―—–]|[ \t]*\n\s*-(?=[ \t]|\p{Lu}))\s*((?:[\p{Lu}][\p{L}.’'-]*\s?){1,5})(?=\s*(?:[/\n.,]|$))/u;

/**
 * A headline's source before its colon: "Lynch: …", and who it spoke to, where or of whom ("Clinton to Planned
 * Parenthood: …", "Former AG Mukasey at RNC: …", "CNN President On Trump: …", in title case too), which is no part
 * of the name.
 */
const HEADLINE_NAME_RE =
  /^((?:(?!(?:On|About|To|At|In)\s)[\p{Lu}][\p{L}.’'-]*\s+){0,4}[\p{Lu}][\p{L}.’'-]*)(?:\s+(?:to|at|on|in|On|About|To|At|In)(?:\s+[\p{Lu}][\p{L}.’'-]*){1,4})?:\s+/u;

/** A full stop that ends a sentence in a headline, not an initial's ("D.C. statehood", "Roe v. Wade"). */
export const HEADLINE_SENTENCE_END_RE = /(?<![\s.]\p{Lu}|\sv)[.!?]\s+\S/u;

/** Words before a colon that label a line rather than name a source ("UPDATE:", "Photo:", "Note:"). */
const HEADLINE_STOP =
  /^(?:update|updated|editor|editor’s note|editor's note|note|photo|photos|video|watch|read|read more|related|source|sources|credit|breaking|exclusive|live|analysis|opinion|q|a|warning|correction|clarification|disclosure|tags?|topics?|more|see also|also|and|but|so|here|why|what|how|the|this|that|day \d+|step \d+|part \d+|the latest|contributing|byline)$/i;

/** A capitalised word of a title-case heading, the verb a heading may hide. */
const TITLE_WORD_RE = /(?:^|\s)(\p{Lu}\p{Ll}+)(?=\s)/gu;

/**
 * "in the latest poll", "in a survey by …": a poll as the source of the finding around it. Without a determiner
 * ("In exit polls, …", "In May's Washington Post-ABC News poll, …") only an opening phrase is one poll's finding (group
 * 2 is then empty): "leads in polls" closing a sentence is polling at large, marked as often as not.
 */
const IN_DOCUMENT_RE =
  /\b[Ii]n[ \t\u00a0]+(((?:an?|the|its|his|her|their|this|that|one|another|recent|latest|new)[ \t\u00a0]+)?(?:[^\s,.;:"~]+[ \t\u00a0]+){0,7}?(?:polls?|surveys?|study))\b/g;

/** Headlines such as "Kasich: ‘We Are Going All the Way’": a person's name, a colon, their words. */
export function headlines(fx: Finder): void {
  // The next colon at or after the paragraph's start: one search serves every paragraph up to it.
  let nextColon = -1;
  for (let p = 0; p < fx.paraStarts.length; p++) {
    const ps = fx.paraStarts[p];
    // The pattern needs a colon within its 60 characters: most paragraphs have none there.
    if (nextColon < ps) nextColon = fx.masked.indexOf(':', ps);
    if (nextColon < 0) return;
    if (nextColon >= ps + 60) continue;
    const pe = lineEnd(fx, ps);
    if (pe - ps > 300) continue;
    const m = fx.masked.slice(ps, ps + 60).match(HEADLINE_NAME_RE);
    if (!m || isDateline(fx, p, ps)) continue;
    const name = m[1];
    const colon = ps + m[0].lastIndexOf(':');
    const inner = mentionWithin(fx, ps, ps + name.length);
    const f = inner ? fx.entities.get(inner.entity) : entityFor(fx, name);
    const sIdx = fx.sentenceAt(ps);
    if (f?.type !== 'person' || !fx.masked.slice(ps, pe).includes('"')) {
      // "Lynch: No outside influence on FBI probe", "Poll: Trump Ties Clinton": a one-line headline
      // that gives its source before a colon.
      const rest = fx.masked.slice(ps + m[0].length, pe);
      if (
        HEADLINE_STOP.test(name) ||
        wordCount(rest) < 3 ||
        wordCount(rest) > 30 ||
        HEADLINE_SENTENCE_END_RE.test(rest) ||
        SCHEDULE_LINE_RE.test(rest) ||
        isPersonListEntry(fx, p) ||
        fx.frames.some((fr) => fr.paragraph === p)
      )
        continue;
      const evidence =
        EVIDENCE_END.test(name) || /^(?:newspaper|paper|report|experts?|officials?|sources?)$/i.test(name);
      // A label the recognizer names nothing in ("Summary:", "Portion Fix Containers:", "The Plan Stage:") heads
      // a list or a section, not a source's words; a group of people ("Insiders:", "Historians:") is a source,
      // left unnamed.
      if (!f && !evidence && !/^\p{Lu}\p{Ll}+(?:ers|ians|ists|ants|ents)$/u.test(name)) continue;
      const subject: Subject = f ? fromFacts(f, ps, ps + name.length) : namelessSubject(ps, ps + name.length);
      fx.frames.push(
        newFrame({
          cue: { start: colon, end: colon + 1 },
          subject,
          region: { start: ps + m[0].length, end: pe },
          via: null,
          sentence: sIdx,
          paragraph: p,
          statement: false,
        }),
      );
      continue;
    }
    fx.frames.push(
      newFrame({
        cue: { start: colon, end: colon + 1 },
        subject: { start: ps, end: ps + name.length, speaker: f.name, entity: f.id, kind: 'person' },
        region: { start: ps + m[0].length, end: pe },
        via: null,
        sentence: sIdx,
        paragraph: p,
        statement: false,
      }),
    );
  }
}

/**
 * A heading that gives a person's take on a question: "John Leguizamo On How U.S. History Makes Latinos Feel …",
 * "Carson on why young black men should vote Trump." The name, "on", a question word opening the rest of the line.
 */
const HEADLINE_TOPIC_RE =
  /^((?:\p{Lu}[\p{L}.’'-]*\s){0,2}\p{Lu}[\p{L}.’'-]*)\s([Oo]n)\s(?=(?:[Hh]ow|[Ww]hy|[Ww]hat|[Ww]hether|[Ww]hen)\s)/u;

/** Headings such as "George Lopez On Why Blacks, Latinos Can’t Fail On TV.": the rest of the line is the person's. */
export function headlineTopics(fx: Finder): void {
  for (let p = 0; p < fx.paraStarts.length; p++) {
    // A list item's number may stand on the line before the heading ("14\nGeorge Lopez On Why …").
    const ps =
      fx.paraStarts[p] +
      (/^\d{1,2}\n/.exec(fx.masked.slice(fx.paraStarts[p], fx.paraStarts[p] + 3))?.[0].length ?? 0);
    const pe = lineEnd(fx, ps);
    // A heading is a short line of its own (PolNeAR train: 3 of 3 such lines marked).
    if (pe - ps > 160) continue;
    const m = HEADLINE_TOPIC_RE.exec(fx.masked.slice(ps, pe));
    if (!m || fx.frames.some((fr) => fr.paragraph === p)) continue;
    const name = m[1];
    const inner = mentionWithin(fx, ps, ps + name.length);
    const f = inner ? fx.entities.get(inner.entity) : entityFor(fx, name);
    // Only a person speaks on a question: "Congress On Why …" or "Tuesday on how …" is a topic line.
    if (f?.type !== 'person') continue;
    const cs = ps + name.length + 1;
    const end = ps + fx.masked.slice(ps, pe).replace(/[.\s]+$/, '').length;
    if (wordCount(fx.masked.slice(cs + 3, end), 3) < 3) continue;
    fx.frames.push(
      newFrame({
        cue: { start: cs, end: cs + 2 },
        subject: fromFacts(f, ps, ps + name.length),
        region: { start: ps + m[0].length, end },
        via: null,
        sentence: fx.sentenceAt(ps),
        paragraph: p,
        statement: false,
      }),
    );
  }
}

/** Transcript lines: "WALLACE: Let’s start with…" and "Q: …" set the speaker for the paragraph. */
export function transcripts(fx: Finder): void {
  // The next colon at or after the line's start: one search serves every paragraph up to it.
  let nextColon = -1;
  for (let p = 0; p < fx.paraStarts.length; p++) {
    // A straight mark may open each line of a transcript set as one quotation (see marks.ts).
    const ps = fx.paraStarts[p] + (fx.masked[fx.paraStarts[p]] === '"' ? 1 : 0);
    // The pattern needs a colon within its 40 characters.
    if (nextColon < ps) nextColon = fx.masked.indexOf(':', ps);
    if (nextColon < 0) return;
    if (nextColon >= ps + 40) continue;
    const m = fx.masked.slice(ps, ps + 40).match(TRANSCRIPT_RE);
    if (!m) continue;
    const name = m[1].trim();
    if (TRANSCRIPT_LABEL_RE.test(name) || isDateline(fx, p, ps)) continue;
    const pe = lineEnd(fx, ps);
    const start = ps + m[0].length;
    if (wordCount(fx.masked.slice(start, pe), 3) < 3) continue;
    const surname = splitAtSpaces(name).pop()!;
    const proper = surname.charAt(0) + surname.slice(1).toLowerCase();
    // An entity the recognizer took from the capitals themselves ("WALLACE") names no one better than "Wallace".
    const known = entityFor(fx, proper) ?? entityFor(fx, name);
    const f = known && known.name !== known.name.toUpperCase() ? known : null;
    const sIdx = fx.sentenceAt(ps);
    fx.frames.push(
      newFrame({
        cue: { start: ps + m[1].length, end: ps + m[1].length + 1 },
        subject: f
          ? { start: ps, end: ps + m[1].length, speaker: f.name, entity: f.id, kind: 'person' }
          : { start: ps, end: ps + m[1].length, speaker: proper, entity: null, kind: 'person' },
        region: { start, end: pe },
        via: null,
        sentence: sIdx,
        paragraph: p,
        statement: false,
        verbatim: true,
      }),
    );
  }
}

/**
 * "NEW DELHI: Their American dream shattered …": a place in capitals opening the body before a colon is its
 * dateline, no speaker (a transcript's first line names a person: "WALLACE: Do you accept …"; a headline's
 * source is followed by a headline: "HUFFPOLLSTER: Indiana’s GOP Primary Will Be A Battle …").
 */
function isDateline(fx: Finder, p: number, ps: number): boolean {
  if (p !== 0) return false;
  const m = fx.index.byStart.get(ps);
  return (
    m !== undefined &&
    m.text === m.text.toUpperCase() &&
    typeOfMention(fx, m) === 'place' &&
    /^\s*:/.test(fx.masked.slice(m.end, m.end + 3)) &&
    !looksTitleCase(fx.masked, m.end + 1, lineEnd(fx, m.end))
  );
}

/** "“…” ― Pamela Padilla": a name after a dash closing a quote signs it. */
export function dashSigned(fx: Finder): void {
  for (const q of fx.quoted) {
    if (!q.closed) continue;
    const after = fx.masked.slice(q.close, q.close + 90);
    const m = after.match(DASH_SIGN_RE);
    if (!m) continue;
    // A hyphen line signs a quote that is a paragraph of its own; after running text it is a byline ("- Reuters.").
    const hyphen = m[0].trimStart().startsWith('-');
    if (hyphen && !opensParagraph(fx, q.open)) continue;
    const s = q.close + m[0].length - m[1].length;
    const e = s + m[1].length;
    const inner = mentionWithin(fx, s, e);
    const sIdx = fx.sentenceAt(q.open);
    const subject: Subject = inner
      ? spanning(fromMention(fx, inner), s, e)
      : { start: s, end: e, speaker: m[1].trim(), entity: null, kind: 'person' };
    fx.frames.push(
      plainFrame(fx.paraOf, sIdx, {
        cue: { start: q.close, end: s },
        subject,
        region: { start: q.open, end: q.close },
      }),
    );
  }
}

/** The quotation that opens within a few characters after `pos` (the next sentence's, or paragraph's, start). */
export function quoteOpeningAt(fx: Finder, pos: number): QuotedSpan | undefined {
  return fx.quoted.find((x) => x.open >= pos && x.open - pos < 6);
}

/** True when only spaces stand between `pos` and the start of its paragraph (or of the text). */
function opensParagraph(fx: Finder, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && (fx.masked[k] === ' ' || fx.masked[k] === '\t')) k--;
  return k < 0 || fx.masked[k] === '\n';
}

/** "In a CNN poll, Clinton led …" and "… held a lead in a CNN national poll": findings credited to a poll. */
export function documentFrames(fx: Finder): void {
  IN_DOCUMENT_RE.lastIndex = 0;
  for (let m = IN_DOCUMENT_RE.exec(fx.masked); m; m = IN_DOCUMENT_RE.exec(fx.masked)) {
    const at = m.index;
    const sIdx = fx.sentenceAt(at);
    const sent = fx.sentences[sIdx];
    if (!sent || at < sent.start) continue;
    const npStart = at + m[0].length - m[1].length;
    let npEnd = at + m[0].length;
    const lead = fx.masked.slice(sent.start, at);
    let region: Span | null = null;
    const opening = /^[\s"]*$/.test(lead);
    if (m[2] === undefined && (!opening || m[1].endsWith('study'))) {
      // "in Iowa in the latest poll": the match may have run over a later "in" with its determiner; look again there.
      IN_DOCUMENT_RE.lastIndex = at + 2;
      continue;
    }
    if (opening) {
      // Leading: the content follows the comma that closes the phrase ("… poll released Monday, …").
      const rest = fx.masked.slice(npEnd, sent.end).match(/^[^,;:"~]{0,40}?,\s+/);
      // With no determiner the comma closes the poll's name itself: "In eight of nine states where exit polls were
      // conducted Tuesday, Democratic voters were more likely to want …" gives the finding to the voters' view.
      if (!rest || (m[2] === undefined && !rest[0].startsWith(','))) continue;
      npEnd += rest[0].length - rest[0].replace(/^[^,]*/, '').length;
      region = { start: npEnd + rest[0].replace(/^[^,]*/, '').length, end: sent.end };
    } else {
      // Trailing: a poll closing the sentence ("… by 28 points in the same poll.") credits what came before.
      const after = fx.masked.slice(npEnd, sent.end);
      if (!/^\s*(?:[^,;:"~]{0,30})?[.!?]?\s*$/.test(after) || lead.includes('"')) continue;
      region = { start: sent.start, end: at };
    }
    if (wordCount(fx.masked.slice(region.start, region.end), 3) < 3) continue;
    const subject: Subject = namelessSubject(npStart, npEnd);
    fx.frames.push(
      plainFrame(fx.paraOf, sIdx, {
        cue: { start: at, end: at + 2 },
        subject,
        region,
      }),
    );
  }
}

/**
 * Whether the word at [cs, ce) is part of a product's name: a model number follows it ("Samsung Galaxy Note 10 Plus
 * for $840", a shop page's heading). (A name the recognizer runs over the word was tried too: it read "Glenn Beck
 * Blasts Drudge …" and "Hillary Clinton Calls …", where the tagger swallows the verb, as names.)
 */
function isNamePart(fx: Finder, ce: number): boolean {
  const next = fx.masked.charCodeAt(ce + 1);
  return fx.masked.charCodeAt(ce) === 32 && next >= 48 && next <= 57;
}

/**
 * "Trump ‘The Dealmaker’ Could Address Clean Energy, Lindsey Graham Says.": a heading closed by its source and its
 * verb after a comma; the words before the comma are what was said. The source is up to five capitalised words,
 * joined perhaps by "of", "the" or "and" ("Board Of Election Finds").
 */
const INVERTED_TITLE_RE =
  /,[’'"”]?\s+((?:\p{Lu}[\p{L}.’'-]*\s+(?:(?:of|the|and|for|at|in)\s+)?){1,5})(\p{Lu}\p{Ll}+)[.!]?\s*$/u;

/** A heading's frame whose source and verb close it after a comma (see INVERTED_TITLE_RE); false when none. */
function invertedTitleFrame(fx: Finder, p: number, ps: number, pe: number): boolean {
  // Cheap test first: a comma in the heading.
  const line = fx.body.slice(ps, pe);
  if (!line.includes(',')) return false;
  const m = INVERTED_TITLE_RE.exec(line);
  if (!m) return false;
  const info = cueExact(m[2].toLowerCase());
  if (!info || info.learned || info.participle) return false;
  const subjStart = ps + m.index + m[0].indexOf(m[1]);
  const subjEnd = subjStart + m[1].trimEnd().length;
  const cs = ps + m.index + m[0].lastIndexOf(m[2]);
  const contentEnd = ps + m.index;
  if (fx.masked.slice(subjStart, cs).includes('~') || wordCount(fx.masked.slice(ps, contentEnd), 3) < 3)
    return false;
  const inner = mentionWithin(fx, subjStart, subjEnd);
  const f = inner ? fx.entities.get(inner.entity) : entityFor(fx, fx.body.slice(subjStart, subjEnd));
  // As for a heading's verb after its source (titleFrames): a source the recognizer names nothing in speaks only
  // before a verb of speech ("…, Former White House Doctor Says."; not "…, Board Of Election Finds.").
  if (!f && !SPEECH_BASES.has(info.base)) return false;
  fx.frames.push(
    newFrame({
      cue: { start: cs, end: cs + m[2].length },
      subject: fromFacts(f ?? null, subjStart, subjEnd),
      region: { start: ps, end: contentEnd },
      via: null,
      sentence: fx.sentenceAt(ps),
      paragraph: p,
      statement: false,
    }),
  );
  return true;
}

/** Adverbs a heading sets between its source and its verb: "Donald Trump Finally Endorses …", "FBI Now Says …". */
const HEADING_ADVERBS_RE =
  /(?:\s+(?:Just|Now|Also|Still|Again|Finally|Officially|Reportedly|Quietly|Publicly|Formally))+$/u;

/**
 * The person or body a title-case heading's subject ends on where the recognizer tagged nothing in the heading (it
 * often misses names among capitalised words): the subject, past its adverbs, as a known name ("Donald Trump
 * Finally" → Donald Trump), else its last word as a surname or name the story gives ("Benghazi Widow Dorothy Woods"
 * → Dorothy Woods). Only the last word: in "Trump Supporter" the speaker is no Trump.
 */
export function nameEndingHeading(fx: Finder, subj: string): EntityFacts | null {
  const bare = subj.replace(HEADING_ADVERBS_RE, '');
  return entityFor(fx, bare) ?? entityFor(fx, bare.slice(bare.lastIndexOf(' ') + 1));
}

/**
 * A live blog's entry time glued to the entry's heading ("… February 6, 2016 10:35PMChris Christie Says He Would …"):
 * the page lost the line break between them, so the heading starts after the "PM" inside a line.
 */
const GLUED_ENTRY_TIME_RE = /\d:\d\d\s?[AP]M[ \t]?(?=\p{Lu})/gu;

/** Title-case headings: "Donald Trump Praises Breitbart’s Matthew Boyle", "Ted Cruz Refuses to Disavow Graham". */
export function titleFrames(fx: Finder): void {
  for (let p = 0; p < fx.paraStarts.length; p++) {
    const ps = fx.paraStarts[p];
    titleFrameAt(fx, p, ps, lineEnd(fx, ps));
  }
  // Cheap test first: a time glued to a capital needs "PM" or "AM" followed by a letter.
  if (!fx.masked.includes('PM') && !fx.masked.includes('AM')) return;
  GLUED_ENTRY_TIME_RE.lastIndex = 0;
  for (let m = GLUED_ENTRY_TIME_RE.exec(fx.masked); m; m = GLUED_ENTRY_TIME_RE.exec(fx.masked)) {
    const ps = m.index + m[0].length;
    titleFrameAt(fx, fx.paragraphAt(ps), ps, lineEnd(fx, ps));
  }
}

/**
 * "Hillary Clinton Speaks ‘Directly To White People’ After …": a heading's "Speaks" right before a quotation
 * introduces it as "Says" would (in running text "speaks" tells only that someone gave a speech).
 */
function speaksBeforeQuotation(fx: Finder, end: number): CueInfo | undefined {
  if (!fx.masked.endsWith('Speaks', end) || !/^\s*"/.test(fx.masked.slice(end, end + 3))) return undefined;
  return cueExact('says');
}

/** What closes a phrase before a heading's subject: a comma or a dash (each with the space after it). */
const HEADING_BREAKS = [', ', '— ', '– '];

/** The frame of a title-case heading over [ps, pe), the line of paragraph p, if it has one. */
function titleFrameAt(fx: Finder, p: number, ps: number, pe: number): void {
  if (pe - ps > 200 || pe - ps < 12) return;
  if (!looksTitleCase(fx.masked, ps, pe)) return;
  if (invertedTitleFrame(fx, p, ps, pe)) return;
  const line = fx.masked.slice(ps, pe);
  TITLE_WORD_RE.lastIndex = 0;
  for (let m = TITLE_WORD_RE.exec(line); m; m = TITLE_WORD_RE.exec(line)) {
    const info = cueExact(m[1].toLowerCase()) ?? speaksBeforeQuotation(fx, ps + m.index + m[0].length);
    if (!info || info.participle || m.index === 0) continue;
    const cs = ps + m.index + m[0].length - m[1].length;
    const ce = cs + m[1].length;
    // "Samsung Galaxy Note 10 Plus for $840": a capitalised word before a model number is part of a product's
    // name, not the heading's verb.
    if (isNamePart(fx, ce)) continue;
    // "Railing Against Trump, Sanders Vows To …": an opening phrase set off by a comma; the name after it speaks.
    // So does a phrase closed by a dash ("Plane Crashes Into Sea— Hillary Clinton Says …"), when a name follows it
    // (below); with none, the dash ends the heading's source ("Sen. Ted Cruz (R-Texas) — Announced March 23, 2015").
    const opening = fx.masked.slice(ps, cs);
    const cut = Math.max(...HEADING_BREAKS.map((s) => opening.lastIndexOf(s)));
    const from = cut >= 0 ? ps + cut + 2 : ps;
    const subj = fx.masked.slice(from, cs).trim();
    if (subj === '' || wordCount(subj, 6) > 5 || /[,:;"]/.test(subj)) break;
    const subjStart = from + fx.masked.slice(from, cs).search(/\S/);
    const inner = mentionWithin(fx, subjStart, cs);
    const f = inner ? fx.entities.get(inner.entity) : (entityFor(fx, subj) ?? nameEndingHeading(fx, subj));
    // "Bellwether County Says Trump Should Win GOP Nomination", "Top Climate Group Will Run Ads …": a heading
    // whose source the recognizer names nothing in still gives it, left unnamed, before a verb of speech; so
    // does a poll, survey or report before its verb ("New Poll Shows Clinton Ahead"), as "a new poll shows …"
    // does in the body.
    if (!f && !SPEECH_BASES.has(info.base) && !EVIDENCE_END.test(subj)) break;
    // ("Photo Surfaces — Some Say It Proves …": after a dash, only a name.)
    if (!f && cut >= 0 && opening[cut] !== ',') break;
    let end = pe;
    while (end > ce && /[\s.]/.test(fx.masked[end - 1])) end--;
    if (wordCount(fx.masked.slice(ce, end), 2) < 2) break;
    const sIdx = fx.sentenceAt(ps);
    fx.frames.push(
      newFrame({
        cue: { start: cs, end: ce },
        subject: f
          ? fromFacts(f, subjStart, subjStart + subj.length)
          : namelessSubject(subjStart, subjStart + subj.length),
        region: { start: ce, end },
        via: null,
        sentence: sIdx,
        paragraph: p,
        statement: false,
      }),
    );
    break;
  }
}
