// Turns one speech cue into a frame: its subject, content region and kind.

import type { Span } from '../../../model/index.js';
import {
  endsInSpacedAs,
  firstCodePast,
  isDashCode,
  mayEndInBeChain,
  mayOpenAs,
  mayOpenAsked,
} from '../gates.js';
import { type CueInfo, cueForm, STANCE } from '../lexicon.js';
import { isEvidenceBeforeThat } from '../outer-cues.js';
import { bareAnswerLength } from '../short-answers.js';
import {
  endsWithWord,
  isLetter,
  isSpace,
  lastNonSpaceCode,
  lastWords,
  lowerCased,
  onlySpacesAndQuotes,
  wordCount,
} from '../text.js';
import {
  openingAdjunctSubject,
  purposeClauseSubject,
  subordinateParticipleSubject,
} from './adjunct-subjects.js';
import { asidePhraseStart, opensWithReport } from './aside-phrases.js';
import {
  appositiveSubject,
  clauseAt,
  clauseSubject,
  placeFree,
  resolveSegment,
  showTitleEndingAt,
  subjectStartingAt,
  titleQuoteEndingAt,
} from './clause-subjects.js';
import { COMPANY_NOUNS } from './company-nouns.js';
import {
  clauseOpeningSubject,
  complementStart,
  coordinatedClauseSubject,
  infinitiveSubject,
  openingAdjunctsEnd,
  openingSubject,
  viaIn,
} from './content-start.js';
import { contrastClauseSubject } from './contrast-clause-subjects.js';
import { coordinatedBodies } from './coordinated-bodies.js';
import {
  channelTagBefore,
  cueMayHold,
  endsInEmbeddedPronoun,
  evidencePhrase,
  expectedOf,
  frameSubjectsBefore,
  insideFrameSubject,
  mainClauseAfterSubordinateFrame,
  mainClauseStart,
  opensAsPutIt,
  passiveBeforeBy,
  phraseBefore,
  phraseOpening,
  quotationTagBefore,
  readsAsDoing,
  SUBORDINATOR_BEFORE_RE,
  subjectInContent,
  titledNameEndsAt,
} from './cue-checks.js';
import {
  ADDRESSED_PASSIVE_RE,
  APPOINTED_PASSIVE_RE,
  AS_ASIDE_RE,
  AS_ASIDE_REST_RE,
  AS_OPENING_RE,
  AS_SHARE_ASIDE_RE,
  AS_THEN_TITLES_RE,
  ASKED_RE,
  BARE_PLURAL_SUBJECT_RE,
  CLOSES_SENTENCE_RE,
  DESCRIBES_SPEAKER_RE,
  DOCUMENT_CLOSING_RE,
  DUE_AT_TIME_RE,
  DURATION_BEFORE_RE,
  HOPES_OR_FEARS_RE,
  INDEFINITE_BEFORE_RE,
  INVERTED_SPEAKER_END_RE,
  INVERTING_VERBS,
  JOINED_AS_OPENING_RE,
  MEDIAL_LISTENER_REST,
  MEDIAL_REST,
  mayHoldCue,
  NAME_AS_MODIFIER_RE,
  NOT_PLURAL_RE,
  NOUN_LIKE_FORMS,
  NOUN_OR_EVIDENCE_FORMS,
  ONLY_CONNECTIVES_RE,
  opensWithVerb,
  PASSIVE_BEFORE_RE,
  POSSESSIVE_BEFORE_RE,
  PROGRESSIVE_BEFORE_RE,
  QUOTE_FRAME_TAIL_RE,
  QUOTE_THEN_MODIFIERS,
  quotationAfterColon,
  REPORTED_ADVERB_RE,
  SEEMING,
  SEEMING_MIND_RE,
  SEEMING_WHAT_RE,
  SEGMENT_AFTER_QUOTE_RE,
  SPEECH_BASES,
  STATEMENT_CLOSES_RE,
  SUBORDINATE_START_RE,
  SUMMING_UP_SUBJECT_RE,
  TAG_ENDS_AT_COMMA_RE,
  THIS_NOT_TIME_RE,
  TIME_CLAUSE_AFTER_RE,
  TIME_CLAUSE_AFTER_TAG_RE,
  TIME_ONLY_RE,
  TIME_PLURAL_RE,
  TOLD_LISTENER_RE,
  TRAILING_AFTER,
  TRAILING_OBJECT,
  WHEN_ASKED_RE,
  WRITTEN_BY_SOMEONE_RE,
} from './cue-patterns.js';
import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { findingOwner } from './finding-owners.js';
import { byPhraseAgent, isPastParticiple, lateAgentAfterBy } from './late-agents.js';
import { quoteOpeningAt } from './layout-frames.js';
import { looksHow } from './looking-verbs.js';
import { openingNounPhraseSubject, openingPhraseOverInner } from './opening-subjects.js';
import { mainClausePhraseSubject, subjectAfterOpeningAdjuncts } from './participle-phrase-subjects.js';
import { FINITE, OPENING_ADJUNCT_RE, PREPOSITIONS, QUOTED_AS_FORMS, TITLED_LEAD_RE } from './patterns.js';
import {
  describedNameAfterComma,
  headBeforePreposition,
  openingPhrase,
  opensQuotedSentence,
  phraseBeforeAside,
  relativeClauseSubject,
  subjectBeforeDashAside,
} from './phrase-subjects.js';
import { headOverRelativeName } from './relative-clause-names.js';
import { relativeClauseParticipleSubject } from './relative-participles.js';
import { relativeThatSubject } from './relative-subjects.js';
import { opensReportedClause, speakerBeforeReportedClause } from './reported-clause-speakers.js';
import { addFrame } from './scan.js';
import { isEvidence } from './speakers.js';
import { withStatementIssuer } from './statement-issuers.js';
import { beforeModalBe, skipAdverbs } from './subject-edges.js';
import {
  asideSubjectPhrase,
  coordinatedPeople,
  lightVerbSubject,
  linkedSourceSubject,
  meansClauseActor,
  namedFirstConjunct,
  PASSIVE_BE_RE,
  passiveAgent,
  personOfBody,
  possessorResolved,
  relativeResolved,
  unrecognizedName,
} from './subject-fixes.js';
import { describedPhraseEndingAt, mentionFrom, personWithin, subjectEndingAt } from './subject-search.js';
import { namelessSubject, newFrame, plainFrame, type Subject, spanning } from './types.js';
import { nameBeforeVerbPhrase } from './verb-phrase-subjects.js';
import { looksLikeClause, outletName } from './words.js';

/** An opening phrase of where something was said, before the name of the medium: "In a ", "On her ". */
const OPENING_PLACE_OF_WORDS_RE = /^[\s"]*(?:In|On|Via|Through)\s+(?:a|an|the|his|her|their|its)\s+$/;

/** The outlet after "quoted as saying": " by IRNA that …", " by the state-run Tasnim news agency that …". */
/**
 * Verbs of saying that take no object: a name after them, "the" included, is their inverted subject ("…, says the
 * World Health Organization", "…,” writes the Associated Press"). ("told The Huffington Post" names whom.)
 */
const NO_OBJECT_BASES = new Set([
  'say',
  'add',
  'write',
  'report',
  'note',
  'explain',
  'continue',
  'conclude',
  'state',
]);

const AGENCY_AFTER_SAYING_RE =
  /^\s+by\s+(?:the\s+)?(?:(?:state-run|state|official|semi-official)\s+)?((?:[\p{Lu}][\p{L}’'-]*\s+)*?[\p{Lu}][\p{L}’'-]*(?:\s+(?:news\s+agency|agency|newspaper|daily))?)(?=\s*[,.;]|\s+(?:that|as|on|in)\s)/u;

/** The comma, then the verb of the main clause, that ends what a relative clause ("…, who said …,") reports. */
const RELATIVE_ENDS_RE = /,\s+(?:is|are|was|were|has|have|had|said|says|told|tells)\s/;
/** The same after a content that is an object, not a "that" clause: a modal or "did" may open the main verb too. */
const RELATIVE_OBJECT_ENDS_RE =
  /,\s+(?:is|are|was|were|has|have|had|said|says|told|tells|will|would|could|can|should|may|might|must|did|does)\s/;

/** "…, said an official who spoke on condition of anonymity": a relative clause right after an inverted speaker. */
const SPEAKER_RELATIVE_AFTER_RE = /^\s+(?:who|whose)\s/;

/** A comma inside a closing quotation mark, then spaces, at the end of the words before a subject: ",” ". */
const QUOTED_COMMA_BEFORE_RE = /,["”’']\s*$/;

/** "quoted Lavrov as ", "cited a senior official as ": the verb, its object and "as" before "saying". */
const QUOTED_AS_RE = /\b(quoted|cited)(\s+)([^,~"]{2,80}?)\s+as\s*$/;

/**
 * "The Interfax news agency quoted Lavrov as saying …", "Reuters quoted a senior official as saying …": the one
 * quoted speaks, and whoever quoted them is the channel. Nothing when "saying" follows no such object. The one
 * quoting gets a frame of its own at "quoted" (fx.quotingFrames, by the cue's start): PolNeAR credits it with the
 * attribution (see channel-credits.ts).
 */
function quotedAsSaying(
  fx: Finder,
  sentStart: number,
  cs: number,
  sIdx: number,
): [Subject | null, string | null] {
  // Cheap test first: "as " right before "saying".
  if (fx.masked.charCodeAt(cs - 2) !== 115 || fx.masked.charCodeAt(cs - 3) !== 97) return [null, null];
  const from = Math.max(sentStart, cs - 120);
  const m = QUOTED_AS_RE.exec(fx.masked.slice(from, cs));
  if (!m) return [null, null];
  const verbAt = from + m.index;
  const objectStart = verbAt + m[1].length + m[2].length;
  const objectEnd = objectStart + m[3].length;
  // "quoted one of Carson's advisers as saying": an object the search names no one in is still who spoke,
  // unnamed (cue() drops its frame unless the phrase is held by people: "quoted the report as saying" stays).
  const quoted =
    subjectStartingAt(fx, objectStart, objectEnd, sIdx) ?? namelessSubject(objectStart, objectEnd);
  const agency = subjectEndingAt(fx, skipAdverbs(fx, verbAt, sentStart), sentStart, sIdx, false);
  if (!agency || agency.end <= agency.start) return [quoted, null];
  const verb = { start: verbAt, end: verbAt + m[1].length };
  fx.quotingFrames.set(cs, plainFrame(fx.paraOf, sIdx, { cue: verb, subject: agency, region: null }));
  return [quoted, outletName(fx.body.slice(agency.start, agency.end))];
}

/** A form of "be" (and adverbs) ends the text before a participle (PROGRESSIVE_BEFORE_RE, behind its gate). */
const progressiveBefore = (before: string): boolean =>
  mayEndInBeChain(before) && PROGRESSIVE_BEFORE_RE.test(before);

/** `checked`: cueMayHold has already passed (the learned cues ask it before the model). */
export function cue(
  fx: Finder,
  cs: number,
  ce: number,
  word: string,
  sIdx: number,
  given?: CueInfo,
  checked = false,
): void {
  const info = given ?? cueForm(word) ?? null;
  const sent = fx.sentences[sIdx];
  // A listed (not learned) verb of speech: only these read the asides, dashes and openings below; the learned
  // "put it" reads as one in an aside that opens its sentence ("As The Post's Ruth Marcus puts it, Obama …").
  const listedSpeech =
    info !== null && ((!info.learned && SPEECH_BASES.has(info.base)) || opensAsPutIt(fx, cs, word, sent));
  if (!checked && !cueMayHold(fx, cs, ce, word, sent, info)) return;
  // "said the base chief known as Bob, speaking …": a "known as" inside the speaker phrase of a frame already
  // found names that speaker (personKnownAsAfter); it reports nothing. (Other learned words inside a frame's
  // subject phrase are left: dropping them all lowered train F1.)
  if (word === 'known as' && insideFrameSubject(fx, sIdx, cs, ce)) return;
  // "A major climate group is demanding …": after a form of "be" the participle is the clause's own verb.
  const participle =
    (info?.participle ?? false) && !progressiveBefore(fx.masked.slice(Math.max(sent.start, cs - 40), cs));
  let subject: Subject | null = null;
  let via: string | null = null;
  let subjEndX = cs;
  let inverted = false;
  // A name after a verb of finding, read as its inverted subject and then set aside as what was found.
  let foundObject: Subject | null = null;
  // A participle that takes its subject from an earlier frame or the sentence's opening: it can be no aside.
  let borrowed = false;
  // Evidence before "that" whose phrase only the last fallback below reads (see outer-cues.ts).
  let outerEvidence = false;
  // The participle goes on from a frame already found in the sentence ("the company said …, warning that …").
  let continuesFrame = false;
  // The subject opens the sentence after an adverbial ("In an interview with NPR, Obama said"): that adverbial
  // is never what was said.
  let afterAdjunct = false;
  // Where the subject ends, skipping adverbs: asked for up to three times below, so worked out once.
  // "Varga would be praising …", "will be urging …": a modal's "be" before an "-ing" cue is skipped with the chain.
  const chainEnd = info?.participle ? beforeModalBe(fx, cs, sent.start) : cs;
  const verbAt = skipAdverbs(fx, chainEnd, sent.start, !participle);
  // "he was cited by Russia’s Interfax news agency as saying"
  if (QUOTED_AS_FORMS.has(word)) {
    const passive = fx.masked
      .slice(Math.max(sent.start, cs - 160), cs)
      .match(/\b(?:was|were|is|are|been)\s+(?:cited|quoted)(?:\s+by\s+([^,~"]+?))?\s+as\s*$/);
    if (passive) {
      const at = cs - passive[0].length;
      const x = skipAdverbs(fx, at, sent.start);
      subject = subjectEndingAt(fx, x, sent.start, sIdx, false);
      // "Kanaani was quoted as saying by IRNA that …": the outlet may follow the verb.
      const after = passive[1] ?? AGENCY_AFTER_SAYING_RE.exec(fx.masked.slice(ce, ce + 60))?.[1];
      if (after) via = outletName(after);
      subjEndX = x;
    } else [subject, via] = quotedAsSaying(fx, sent.start, cs, sIdx);
  }
  if (!subject && !participle) {
    // "“…,” Russia’s Foreign Ministry spokeswoman Maria Zakharova said": all between the quote and the verb names the speaker.
    const x = verbAt;
    const segText = fx.masked.slice(Math.max(sent.start, x - 160), x);
    // The anchored pattern backtracks over every start; most cues have no quote before them at all.
    const seg = segText.includes('"') ? segText.match(SEGMENT_AFTER_QUOTE_RE) : null;
    if (
      seg &&
      wordCount(seg[1], 15) <= 14 &&
      (!mayHoldCue(seg[1]) || titledNameEndsAt(fx, x - seg[1].length, x))
    ) {
      subject = resolveSegment(fx, x - seg[1].length, x, sIdx);
      if (subject) subjEndX = x;
    }
  }
  if (
    !subject &&
    !participle &&
    !info?.detected &&
    // (The comma first: most cues have none before them, and the list asks for a lower-cased copy of the word.)
    lastNonSpaceCode(fx.masked, sent.start, cs) === 44 &&
    INVERTING_VERBS.has(word.toLowerCase())
  ) {
    // "In California, the rule is crucial, said Mark Rockwell, state representative of …": a name standing alone
    // after ", said" is the speaker of what came before, whatever name opened the clause.
    let x = ce;
    while (x < sent.end && isSpace(fx.masked[x])) x++;
    const m = fx.index.byStart.get(x);
    if (m && typeOfMention(fx, m) === 'person' && /^\s*(?:[,.;]|$)/.test(fx.masked.slice(m.end, m.end + 3))) {
      subject = fromMention(fx, m);
      inverted = true;
    }
  }
  // "Donald Trump - who previously said … - said": a phrase ending in a spaced hyphen is no subject; the one
  // before the aside is (em and en dashes are looked at below, after the other searches).
  if (
    !subject &&
    !participle &&
    listedSpeech &&
    lastNonSpaceCode(fx.masked, Math.max(sent.start, verbAt - 3), verbAt) === 45 &&
    /\s--?\s*$/.test(fx.masked.slice(Math.max(sent.start, verbAt - 4), verbAt))
  ) {
    const found = subjectBeforeDashAside(fx, sent, verbAt, sIdx);
    if (found) [subject, subjEndX] = found;
  }
  // "Despite challenging the majority leader, Cruz said …": the adverbial's participle is the main subject's.
  if (!subject) {
    subject = openingAdjunctSubject(fx, sent, cs, ce, participle);
    borrowed = subject !== null;
  }
  if (!subject) {
    const x = verbAt;
    subjEndX = x;
    subject = subjectEndingAt(fx, x, sent.start, sIdx, participle);
    // "Trump began the day in a hole with this crowd after questioning …": not "this crowd" but the main subject.
    if ((participle || (info?.learned && word === 'to')) && !subject?.speaker) {
      // ("… groups that have released online ads targeting Clinton": a relative clause's noun, not the main subject.)
      const main = participle
        ? (relativeClauseParticipleSubject(fx, sent.start, cs) ?? subordinateParticipleSubject(fx, sent, cs))
        : purposeClauseSubject(fx, sent, cs);
      if (main) {
        subject = main;
        borrowed = true;
      }
    }
    // "…, officials in the city said", "…, the U.S. Attorney’s Office in Manhattan said": the search found only the
    // object of a preposition ("the city"), or a phrase that names nobody; the phrase's head before it speaks.
    if (subject && !participle && listedSpeech && subject.kind === 'unknown' && !subject.speaker) {
      const head = headBeforePreposition(fx, sent, x, sIdx);
      if (head && head.start <= subject.start) subject = head;
    }
    // "Giovanni Maria Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said", "Sandy Phillips,
    // who lost her daughter in Aurora, Colorado, said": a place or a body closing the apposition is where the
    // person works or lived; the person opening the clause speaks.
    if (
      subject?.kind === 'organization' &&
      !participle &&
      lastNonSpaceCode(fx.masked, sent.start, cs) === 44
    ) {
      const opening = appositiveSubject(fx, sent.start, subject.start);
      const place = subject.entity !== null && fx.entities.get(subject.entity)?.type === 'place';
      if (opening && (opening.kind === 'person' || place)) subject = opening;
    }
    // "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said": a
    // name set off after a lower-case noun names that noun (the tagger may call a newspaper a person); the person
    // opening the clause speaks.
    if (subject?.kind === 'person' && !participle && lastNonSpaceCode(fx.masked, sent.start, cs) === 44) {
      const opening = nameOfNounBefore(fx, sent.start, subject)
        ? appositiveSubject(fx, sent.start, subject.start)
        : null;
      if (opening?.kind === 'person' && opening.entity !== subject.entity) subject = opening;
    }
    if (subject && info && NOUN_OR_EVIDENCE_FORMS.has(word)) {
      // "the claims that …" is a noun; "the poll shows that …" a verb with its subject.
      const nounLike = /^(?:claims|reports|notes|fears|hopes|comments|warning|thought)$/.test(word);
      const thatFollows = /^\s+that\s/.test(fx.masked.slice(ce, ce + 8));
      if (
        subject.kind === 'unknown' &&
        !subject.speaker &&
        (nounLike || !thatFollows) &&
        !isEvidence(fx, subject)
      )
        subject = null;
    }
  }
  if (!subject && !participle && listedSpeech) {
    // "Jason Sims — a teacher from Mount Pleasant — says …" (verbs of speech only: "The cable news networks —
    // MSNBC, CNN … — all stuck with" is a list, no speech).
    const found = subjectBeforeDashAside(fx, sent, subjEndX, sIdx);
    if (found) [subject, subjEndX] = found;
  }
  if (!subject && !participle && lastNonSpaceCode(fx.masked, sent.start, subjEndX) === 44) {
    // "Marley Anderson, 21, a junior from Las Vegas, said": the name opening the clause.
    subject = appositiveSubject(fx, sent.start, subjEndX);
  }
  if (!subject && !participle && lastNonSpaceCode(fx.masked, sent.start, subjEndX) === 34) {
    // "Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested …": the comma that closes the appositive sits
    // inside a quoted title, and the name after the verb is no inverted speaker but part of what was said.
    const title = titleQuoteEndingAt(fx, sent.start, subjEndX);
    if (title) subject = appositiveSubject(fx, sent.start, subjEndX, title.open);
  }
  if (!subject) {
    // Only a listed verb of speech puts its subject after it ("…,” said Trump); a detected cue there ("…, citing
    // Trump") has its object next, and so do the words learned from data (", titled Aspects.", "…, referring to
    // Hillary Clinton") and verbs of stance; but a document may read right after a quotation ("…,” read the
    // statement).
    const before = lastNonSpaceCode(fx.masked, sent.start, cs);
    // "Small, who attended the rally, said that Trump …": a clause follows, not the speaker.
    // A verb of stance has its object next ("Patti Davis, Reagan’s daughter, attacked Trump").
    if (
      (before === 44 || before === 34) &&
      !participle &&
      !info?.detected &&
      (!info?.learned || (before === 34 && word === 'read')) &&
      !(info && STANCE.has(info.base) && !SPEECH_BASES.has(info.base)) &&
      !/^\s+that\s/.test(fx.masked.slice(ce, ce + 7))
    ) {
      let x = ce;
      while (x < sent.end && isSpace(fx.masked[x])) x++;
      subject = subjectStartingAt(
        fx,
        x,
        sent.end,
        sIdx,
        false,
        info != null && NO_OBJECT_BASES.has(info.base),
      );
      if (subject) inverted = true;
    }
    // "His critics in the United States, many of them conservative Catholics, argue …", "The lawmaker, who
    // represents …, said Trump's remarks …": a phrase of no name opens the clause and an aside follows it up to
    // the verb. A name after the verb is its speaker only when nothing of a clause follows the name ("…, said
    // Larry Sabato, director of …"; not "said Gates described …").
    const speech = listedSpeech && !info.detected;
    const nameEnds =
      subject !== null && INVERTED_SPEAKER_END_RE.test(fx.masked.slice(subject.end, subject.end + 14));
    // "he asked about …, called Omar a “terrorist” and said": the name after "called" is whom it named.
    if (inverted && word === 'called' && !nameEnds) {
      subject = null;
      inverted = false;
    }
    // "A Fox News poll, conducted jointly with …, shows Sanders with 47 percent", "…, shows Democratic groups
    // outpacing Republicans": a verb of finding has what it found next; only a document there is its inverted
    // subject ("…, finds a new study").
    if (inverted && subject && info?.base === 'find' && !isEvidence(fx, subject)) {
      foundObject = subject;
      subject = null;
      inverted = false;
    }
    if (speech && before === 44 && !participle && !nameEnds) {
      const head = phraseBeforeAside(fx, sent, subjEndX);
      if (head) {
        subject = head;
        inverted = false;
      }
    }
    // "One pastor supporting Mr. Cruz, Darran Whiting of …, said he had made …", "Mr. Manafort, citing ''…,'' said
    // the candidate could …": the phrase after the verb opens the reported clause; the name set off before the
    // verb speaks, in the shapes the aside search above leaves.
    if (
      inverted &&
      subject &&
      (before === 44 || before === 34) &&
      !participle &&
      opensReportedClause(fx, subject.end)
    ) {
      const speaker = speakerBeforeReportedClause(fx, sent, verbAt);
      if (speaker) {
        subject = speaker;
        inverted = false;
      }
    }
    // "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said he had made …": a
    // pronoun that opens the reported clause means the speaker before the verb, so a person it was resolved to who
    // is not named there did not speak.
    if (inverted && subject && !nameEnds && pronounNamesNobodyBefore(fx, subject, sent.start, cs))
      subject = namelessSubject(subject.start, subject.end);
    // "…, as Rosa Mendes, contradicting Porter, said he had told Porter that …": a pronoun and a verb after the verb
    // open the reported clause, so whoever is named inside it did not say it.
    if (inverted && subject && CLAUSE_OPENING_PRONOUN_RE.test(fx.masked.slice(subject.start, subject.end)))
      subject = namelessSubject(subject.start, subject.end);
    // "First his wife, a longtime aide to the senator, announced they were separated": a clause, not a name, follows
    // the verb, and a noun phrase with its asides opens the verb's clause right before it; that phrase is the
    // subject (aside38).
    if (inverted && subject && !nameEnds && before === 44) {
      const opening = openingNounPhraseSubject(fx, sent, verbAt);
      if (opening) {
        subject = opening;
        inverted = false;
      }
    }
  }
  if (
    !subject &&
    !participle &&
    info &&
    !info.detected &&
    lastNonSpaceCode(fx.masked, sent.start, subjEndX) === 44 &&
    !isEvidenceBeforeThat(fx.masked.slice(sent.start, cs), word, fx.masked.slice(ce, ce + 7))
  )
    // "many whites, who were insured at a higher rate than the other groups …, saw the program as detrimental":
    // a listed verb of stance or a learned one has its phrase before the aside too (verbs of speech read it above;
    // evidence before "that" is read as such below).
    subject = phraseBeforePlainAside(fx, sent, subjEndX);
  if (!subject) {
    // "… and said", "offered the man a job, then says …": a second verb of the clause's subject.
    const coordinated =
      endsWithWord(fx.masked, sent.start, subjEndX, 'and') ||
      endsWithWord(fx.masked, sent.start, subjEndX, 'but') ||
      (lastNonSpaceCode(fx.masked, sent.start, subjEndX) === 44 &&
        /^\s*then\s/.test(fx.masked.slice(subjEndX, cs)));
    const contrast = coordinated && !participle ? contrastClauseSubject(fx, sIdx, cs) : undefined;
    if (contrast) subject = contrast;
    else if (coordinated && !participle) {
      // "Trump spotted a sign in the crowd and asked …": the speaker of the sentence's frame before, if it names
      // somebody, rather than the first name of the clause ("The Louisville crowd").
      const head = fx.masked.slice(sent.start, cs);
      const colon = Math.max(head.lastIndexOf(':'), head.lastIndexOf(';'));
      // Else the clause's own phrase, else that frame's person or body even when left unnamed ("She declared
      // “…” and said that …": the pronoun is resolved later, or the speaker stays empty).
      const [named, nearest] = frameSubjectsBefore(fx, sIdx, cs);
      let clause = named ? null : clauseSubject(fx, sent.start + colon + 1, cs);
      // "In a Tumblr post at the time she described this … and accused him …": a name in an opening phrase, before
      // the frame's own subject, is where it was said; the frame's subject does the second verb.
      if (
        clause &&
        nearest &&
        clause.start < nearest.start &&
        OPENING_PLACE_OF_WORDS_RE.test(fx.masked.slice(sent.start + colon + 1, clause.start))
      )
        clause = null;
      subject = named ?? clause ?? nearest;
      if (subject && subject.kind !== 'person' && subject.kind !== 'organization') subject = null;
      if (subject && subject === clause) subject = placeFree(fx, clause, cs, nearest);
      // "Her campaign also announced new support … and said …": an unnamed phrase opening the clause, the subject of a
      // frame before, does the second verb too (not one inside an opening "when" clause: "when my mother mentioned
      // the devil to me, I laughed and said").
      if (
        !subject &&
        nearest &&
        listedSpeech &&
        !info.detected &&
        /^[\s"]*$/.test(fx.masked.slice(openingAdjunctsEnd(fx, sent.start + colon + 1, cs), nearest.start))
      )
        subject = nearest;
      // "He called the actions lawful, and said …", "The judge rubbed his chin, and then said …": no frame and no
      // name before, so the clause's own opening pronoun or described phrase does the second verb too. So for a
      // stance or learned verb ("He married last year and counts himself …", "Both women hold statewide office and
      // are well known to …"). With a frame before, only a verb of speech takes that frame's nameless subject
      // (above): for other verbs it measured no better on unseen text (coord37).
      if (!subject && !nearest) subject = clauseOpeningSubject(fx, sent.start + colon + 1, cs, sIdx);
    }
  }
  // "Smith took the stage to say …" (before the opening phrase below, which would take the whole clause). Like a
  // participle's, such a subject reports what follows the verb, never the words before the subject.
  if (!subject && !participle && listedSpeech && endsWithWord(fx.masked, sent.start, verbAt, 'to')) {
    subject = infinitiveSubject(fx, sent, verbAt, cs, sIdx);
    borrowed = subject !== null;
  }
  if (!subject && !participle) {
    // "The nonpartisan Commission on Presidential Debates says …": a longer phrase opening the sentence.
    // A listed verb of speech may also have a quantity before its phrase ("Some advocates … said"), or an
    // adverbial before it ("In addition, Republican opponents have said …"); a learned word reads too much
    // into such a phrase ("the language on their shows often made its way").
    const speech = listedSpeech && !info.detected && !NOUN_LIKE_FORMS.has(word);
    subject = openingPhrase(fx, sent.start, verbAt, false, speech);
    if (!subject && speech) {
      const adjunct = OPENING_ADJUNCT_RE.exec(fx.masked.slice(sent.start, verbAt));
      if (adjunct) subject = openingPhrase(fx, sent.start + adjunct[0].length, verbAt, true, true);
      afterAdjunct = subject !== null;
    }
  }
  if (
    !subject &&
    !participle &&
    listedSpeech &&
    !info.detected &&
    lastNonSpaceCode(fx.masked, sent.start, verbAt) === 44 &&
    lastNonSpaceCode(fx.masked, sent.start, cs) !== 44
  ) {
    // "The Obama administration, in a far-reaching effort …, has said …": an auxiliary or adverb after the aside
    // hid its comma from the search above.
    subject = phraseBeforeAside(fx, sent, verbAt);
  }
  // "… to say": verbs of speech only ("visited NBC's “Today” to discuss", "the first to endorse" name no speech).
  if (!subject && !participle && listedSpeech && !info.detected) {
    // A verb of speech tries a plural subject here, before a relative clause's noun; other verbs try it last (below).
    subject = barePluralSubject(fx, sent, verbAt) ?? relativeClauseSubject(fx, sent, verbAt, ce);
  } else if (subject && !subject.speaker && !participle && listedSpeech && !info.detected) {
    // "People who were at the meeting say …": a nameless phrase inside a relative clause ("the meeting") is its
    // object, not the verb's subject; the noun the clause tells of is (an empty result when no "who" is near).
    const relative = relativeClauseSubject(fx, sent, verbAt, ce);
    if (relative && relative.start < subject.start) subject = relative;
  }
  if (!subject && participle && info?.learned && isLetter(fx.masked.charCodeAt(verbAt - 1))) {
    // "an outside group backing Rubio", "evidence suggesting …": a learned participle right after its phrase (no
    // comma) describes what that phrase holds; not a statement's ("a statement saying": its owner speaks).
    const tail = fx.masked.slice(Math.max(sent.start, verbAt - 90), verbAt);
    const described = describedPhraseEndingAt(tail, verbAt);
    if (described && !WRITTEN_BY_SOMEONE_RE.test(fx.masked.slice(described.start, described.end)))
      subject = described;
  }
  // Not a participle right after a work whose source is named ("a report from Bloomberg saying …", "Clinton’s
  // Tuesday speech denouncing …"): that source's words are meant, not those of the clause's subject.
  if (!subject && participle) subject = meansClauseActor(fx, sent.start, cs);
  if (!subject && participle && !afterSourcedWork(fx, sent.start, verbAt)) {
    // The subject of the sentence's frame before this one; one that names somebody wins over a nearer one that
    // does not ("Trump is defending his early-morning tweets …, saying …": not "his early-morning").
    const [named, nearest] = frameSubjectsBefore(fx, sIdx, cs);
    subject =
      channelTagBefore(fx, sIdx, cs) ??
      quotationTagBefore(fx, sIdx, cs) ??
      mainClauseAfterSubordinateFrame(fx, sIdx, cs) ??
      subordinateClauseSubject(fx, sent.start, cs) ??
      named ??
      nearest;
    // "Donald Trump on Thursday ratcheted up his attacks on Rubio, saying …": a nameless phrase taken for an
    // earlier frame's subject yields to the person who opens it; so does an unresolved "who" of a clause inside
    // the sentence ("Obama rebuked critics who say he should …, saying …").
    if (subject && subject === nearest && !named) {
      const opening = openingSubject(fx, sent.start, cs);
      const relative = /^who$/i.test(fx.masked.slice(nearest.start, nearest.end));
      if (
        opening?.kind === 'person' &&
        (relative
          ? opening.end <= nearest.start
          : opening.start >= nearest.start && opening.end <= nearest.end) &&
        !NAME_AS_MODIFIER_RE.test(fx.masked.slice(opening.end, opening.end + 16))
      )
        subject = opening;
    }
    // Only right after a comma: "in denouncing …", "by condemning …" say what the frame's speaker did.
    continuesFrame = subject !== null && lastNonSpaceCode(fx.masked, sent.start, cs) === 44;
    // "Clinton celebrated in Florida, declaring it …": the person who opens the sentence.
    // ("Although Bloomberg is not yet a candidate, Trump sent …, suggesting": after the opening subordinate clause.)
    if (!subject) {
      const from = mainClauseStart(fx, sent, cs);
      subject =
        coordinatedClauseSubject(fx, from, cs, sIdx) ??
        openingSubject(fx, from, cs) ??
        subjectAfterOpeningAdjuncts(fx, from, cs);
    }
    // "However, he held his fire on Carson, calling him …", "The Post intervened in April, arguing …": the
    // clause before the comma has a subject of its own that does the saying. So does the clause before "by", which
    // tells how its subject acted ("He pitched himself to voters by telling them …", "The governor started off by
    // emphasizing …"), the subject being a pronoun or a phrase that names nobody (listed41).
    if (
      !subject &&
      (lastNonSpaceCode(fx.masked, sent.start, cs) === 44 || endsWithWord(fx.masked, sent.start, cs, 'by'))
    )
      subject = clauseOpeningSubject(fx, sent.start, cs, sIdx);
    borrowed = subject !== null;
  }
  if (!subject && word === 'asked' && WHEN_ASKED_RE.test(fx.masked.slice(Math.max(sent.start, cs - 8), cs))) {
    // "…,” Christie said when asked whether he would …": a question put by someone the text leaves unnamed,
    // which PolNeAR marks as an attribution of its own (an empty source).
    subject = namelessSubject(cs, cs);
  }
  if (
    !subject &&
    !participle &&
    isEvidenceBeforeThat(fx.masked.slice(sent.start, cs), word, fx.masked.slice(ce, ce + 7))
  ) {
    // "Exit polls from the primary, which Mr. Trump won decisively, showed that …": the evidence whose phrase no
    // search above reads still reports its clause, as PolNeAR marks it (see outer-cues.ts).
    subject = evidencePhrase(fx, sent.start, verbAt);
    outerEvidence = true;
  }
  // "…, the U.S. Attorney’s Office for the Western District of New York said.": a phrase whose head a preposition
  // follows, when no search above found anyone.
  if (!subject && !participle && listedSpeech) subject = headBeforePreposition(fx, sent, subjEndX, sIdx);
  // What was found stays where the subject was read, as no one's, when no search above found whose finding it is:
  // the content is still reported.
  // "A poll of likely voters, conducted by two firms (D) and (R), shows Sanders with 47 percent": what was found is
  // no subject, and the phrase opening the clause before the verb is what shows it (aside38).
  if (!subject && foundObject && !participle) subject = openingNounPhraseSubject(fx, sent, verbAt);
  if (!subject && foundObject) {
    subject = namelessSubject(foundObject.start, foundObject.end);
    inverted = true;
  }
  // "But environmentalists worry that …", "independent analyses agree …", "high school administrators decided …":
  // a stance or learned verb's nameless plural subject, tried last (a verb of speech tried it above, before the
  // relative clause). Not before a preposition the detector fired on ("calls to establish …", "fears about …"):
  // the plural there is a noun with its complement, no subject.
  if (!subject && !participle && !(listedSpeech && !info.detected) && !PREPOSITIONS.has(firstWord(word)))
    subject = barePluralSubject(fx, sent, verbAt);
  // "Surety companies that had insured the bonds agreed …": the whole phrase opening the clause (np38).
  if (!subject && !participle)
    subject = openingNounPhraseSubject(fx, sent, verbAt) ?? afterOpeningAdjuncts(fx, sent, verbAt);
  else if (subject && !participle && !inverted) subject = openingPhraseOverInner(fx, sent, verbAt, subject);
  if (subject && !participle && !inverted) subject = headOverRelativeName(fx, sent, verbAt, subject);
  // "Republicans on Capitol Hill seized on the message, arguing …": a participle set off after its main clause,
  // whose opening phrase no search above read (participle-phrase-subjects.ts).
  if (!subject && participle && !afterSourcedWork(fx, sent.start, verbAt)) {
    subject = mainClausePhraseSubject(fx, sent, cs);
    borrowed = subject !== null;
  }
  // "nations that oppose the plan say …": a relative "that" before the verb, standing for the noun before it.
  let relativeThat = false;
  if (!subject && !participle) {
    subject = relativeThatSubject(fx, sent.start, verbAt, sIdx);
    relativeThat = subject !== null;
  }
  if (!subject) return;
  subject = withStatementIssuer(fx, subject);
  // "Rafael Nadal kept Spain’s hopes alive": after a possessive a word of hope or fear is a noun, and without
  // "that" ("Their fear is that …") it reports nothing.
  if (
    !inverted &&
    HOPES_OR_FEARS_RE.test(word) &&
    POSSESSIVE_BEFORE_RE.test(fx.masked.slice(Math.max(sent.start, cs - 7), cs)) &&
    !/^\s+(?:(?:is|was)\s+)?that\s/.test(fx.masked.slice(ce, ce + 12))
  )
    return;
  // "Danilo Gallinari added 25 points", "The Eagles snapped an 11-game losing streak": what follows shows the word
  // in its sense of doing, not saying.
  if (!inverted && readsAsDoing(fx, word, cs, ce)) return;
  // "Benchmark 10-year notes rose", "the two-year notes": a span of time right before the word makes it a noun.
  if (!inverted && DURATION_BEFORE_RE.test(fx.masked.slice(Math.max(sent.start, verbAt - 14), verbAt)))
    return;
  // "the shift on which Epstein was found dead": a passive "found" reports nothing unless a clause follows it
  // ("It was found that …").
  if (word === 'found' && PASSIVE_BEFORE_RE.test(fx.masked.slice(Math.max(sent.start, cs - 8), cs))) {
    if (!/^\s+that\s/.test(fx.masked.slice(ce, ce + 7))) return;
  }
  // "gathered in a South Carolina shared workspace": a place after "a" or "an" modifies a noun, and the word after
  // it is no verb of that place's.
  if (
    !inverted &&
    subject.entity &&
    fx.entities.get(subject.entity)?.type === 'place' &&
    INDEFINITE_BEFORE_RE.test(fx.masked.slice(Math.max(sent.start, subject.start - 4), subject.start))
  )
    return;
  if (
    !inverted &&
    lastNonSpaceCode(fx.masked, sent.start, subject.start) === 44 &&
    SUMMING_UP_SUBJECT_RE.test(fx.masked.slice(subject.start, subject.end))
  )
    return;
  if (!inverted && subject.end > subject.start) subject = linkedSourceSubject(fx, subject, sent.start);
  if (!subject.speaker && subject.end - subject.start === 3) subject = relativeResolved(fx, subject);
  if (!subject.speaker && subject.end > subject.start) subject = possessorResolved(fx, subject, sIdx);
  if (!subject.speaker && subject.end > subject.start)
    subject = lightVerbSubject(fx, subject, sent.start, sIdx);
  if ((subject.kind === 'organization' || !subject.speaker) && !inverted)
    subject = personOfBody(fx, subject, sent.start);
  if (subject.kind === 'person' && !inverted) subject = coordinatedPeople(fx, subject);
  // "The European Union and the United States have long accused …", "…, said Russia and China": a group in which
  // an institution or a country takes part speaks as one, not through its last member.
  if (subject.entity) subject = coordinatedBodies(fx, subject, sent.start, inverted);
  if (!subject.speaker && !inverted && subject.end > subject.start)
    subject = namedFirstConjunct(fx, subject, sent.start, sIdx);
  if (!subject.speaker && subject.end > subject.start) subject = unrecognizedName(fx, subject);
  // "McConnell met with her … and came away convinced": a phrase that ran on past the verb of the name opening it.
  if (!subject.speaker && !inverted) subject = nameBeforeVerbPhrase(fx, subject) ?? subject;
  // "A Monmouth poll out Monday showed …": a finding speaks for the organisation that made it.
  if (!subject.speaker) subject = findingOwner(fx, subject, inverted ? -1 : cs) ?? subject;
  const afterFrom = inverted ? subject.end : ce;
  let region: Span | null = null;
  let continuation: Span | null = null;
  let pieces = false;
  const comp = complementStart(fx, afterFrom, sent.end, info, word);
  // "Pivoting to deficit reduction too soon, a wide array of economists say, limited …": the subject's whole phrase
  // is set off by commas, so what comes before it was said.
  if (!inverted && listedSpeech && lastNonSpaceCode(fx.masked, sent.start, subject.start) !== 44)
    subject = asideSubjectPhrase(fx, sent.start, subject, ce);
  const preEnd = inverted ? cs : subject.start;
  let pre = fx.masked.slice(sent.start, preEnd);
  // "…, as Smith said on Monday.": the "as" of the aside belongs to neither the content nor the speaker.
  if (!inverted && endsInSpacedAs(pre) && AS_ASIDE_RE.test(pre)) pre = pre.slice(0, pre.search(/\s*as\s+$/i));
  // "Hawaii, as one of Mr. Obama's climate advisers pointed out, normally …": a share (and the title the subject
  // search leaves out) before the aside's speaker; checked only with an "of" near the end.
  else if (!inverted && pre.length > 12 && pre.lastIndexOf(' of ') >= pre.length - 12) {
    const share = AS_SHARE_ASIDE_RE.exec(pre);
    if (share) pre = pre.slice(0, share.index + 1);
  }
  // "…, the news site RTL Info reported.": see describedNameAfterComma. Only for a listed verb that closes its
  // sentence (a day at most after it), checked by length first, as most cues have words after them.
  if (
    sent.end - ce <= 24 &&
    !inverted &&
    !participle &&
    subject.speaker &&
    info &&
    !info.learned &&
    CLOSES_SENTENCE_RE.test(fx.masked.slice(ce, sent.end))
  )
    pre = describedNameAfterComma(fx, pre, subject);
  const afterCue = fx.masked.slice(afterFrom, sent.end);
  // Right after a closing quote the frame is trailing whatever follows the verb ("said of the title").
  // "“…,” retired Air Force general Lloyd Newton said": lowercase modifiers may sit between quote and name.
  // A borrowed subject's participle reports what follows it ("In a speech, Trump attacked Clinton, saying, “…”",
  // "“…,” Trump said, adding, “…”"), never the words before its subject.
  // A show's title before the name ("on Fox News Channel’s “Hannity,” Newt Gingrich said") is no quotation.
  const afterQuote =
    !borrowed && pre.includes('"') && !showTitleEndingAt(fx, sent.start, sent.start + pre.length)
      ? pre.match(QUOTE_THEN_MODIFIERS)
      : null;
  const preContent = afterQuote ? pre.slice(0, (afterQuote.index ?? 0) + 1) : pre;
  const preLast = lastNonSpaceCode(pre, 0, pre.length);
  // "Asked about the bomb, Clinton said, “…”": the question put to the speaker is not what they said.
  const asked = mayOpenAsked(pre) && ASKED_RE.test(pre);
  // "Just last week, Canova wrote …": an opening that only tells when is no content before its speaker.
  // ("This has been a concern, Elleithee said" opens with a pronoun, not with "this week".) Read last: most
  // frames have no content before their subject.
  const trailing =
    afterQuote !== null ||
    (!asked &&
      !borrowed &&
      !afterAdjunct &&
      (preLast === 44 || preLast === 34 || preLast === 0x2014 || preLast === 0x2013) &&
      (pre.includes('~') || wordCount(pre, 2) >= 2) &&
      (TRAILING_AFTER.test(afterCue) ||
        TRAILING_OBJECT.test(afterCue) ||
        (info?.base === 'tell' && TOLD_LISTENER_RE.test(afterCue)) ||
        // "…, he wrote in a blog post.": the cue holds its "in"; the document named after it closes the clause.
        ((word === 'wrote in' || word === 'writes in') && DOCUMENT_CLOSING_RE.test(afterCue))) &&
      !(OPENING_ADJUNCT_RE.exec(pre)?.[0].length === pre.length && !THIS_NOT_TIME_RE.test(pre)));
  const clauseAfterComma = firstCodePast(afterCue) === 44 && /^\s*,\s*(?:that\s+)?"/.test(afterCue);
  // "The deal is close, said an official who spoke on condition of anonymity …": a relative clause on the speaker
  // named after the verb tells of the speaker; the words before the verb are what was said.
  const speakerDescribedAfter = inverted && preLast === 44 && SPEAKER_RELATIVE_AFTER_RE.test(afterCue);
  // "Greensboro, Sexton said, made …", "Otherwise, she said, countries …": an aside after a one-word opening.
  const shortOpening =
    !trailing &&
    !asked &&
    !borrowed &&
    !afterAdjunct &&
    preLast === 44 &&
    !pre.includes('"') &&
    wordCount(pre, 1) === 1;
  let medial =
    (trailing && !afterQuote) || shortOpening
      ? (afterCue.match(MEDIAL_REST) ?? (info?.base === 'tell' ? afterCue.match(MEDIAL_LISTENER_REST) : null))
      : null;
  // "Holding open a book, Beck said, “I just want …”": a quotation that opens with a capital is a sentence of its
  // own, so the words before the speaker set the scene; "An economic downturn, he said, “could be …”" goes on.
  if (medial && opensQuotedSentence(fx, afterFrom + medial[0].length)) medial = null;
  // "As The Washington Post reported, even if Sanders …", "But as Clyburn noted, those voters will …": the aside
  // opens the sentence, and what follows its comma is what was reported.
  // Only a verb of speech ("As the day went on", "As she seeks reelection" tell when), and not before a quotation,
  // which the quote's own frame already holds.
  // (A sentence-opening "As" may have been read as part of a name's title: "As Smith" then starts the subject.)
  const mayAs = mayOpenAs(pre);
  const asTitled = mayAs ? AS_THEN_TITLES_RE.exec(pre) : null;
  const opensWithAs =
    (mayAs && AS_OPENING_RE.test(pre)) ||
    (endsInSpacedAs(pre) && JOINED_AS_OPENING_RE.test(pre)) ||
    // "As White House press secretary Josh Earnest explained, …": titles between "As" and the name.
    (asTitled !== null && TITLED_LEAD_RE.test(pre.slice(asTitled[0].length))) ||
    (onlySpacesAndQuotes(pre, 0, pre.length) &&
      fx.masked.startsWith('As', subject.start) &&
      /^As\s/.test(fx.masked.slice(subject.start, subject.end)));
  const asAside =
    !inverted && (listedSpeech || asAsideVerb(info)) && opensWithAs ? afterCue.match(AS_ASIDE_REST_RE) : null;
  // (A "that" past the aside's comma is the reported clause's own: "As Gupta noted, the disease meant that …".)
  if (
    asAside &&
    (comp < 0 || (comp > afterFrom + asAside[0].length && fx.masked.startsWith('that', comp))) &&
    fx.masked[afterFrom + asAside[0].length] !== '"'
  ) {
    const start = afterFrom + asAside[0].length;
    if (wordCount(fx.masked.slice(start, sent.end), 3) >= 3) region = { start, end: sent.end };
    if (region && /^As\s/.test(fx.masked.slice(subject.start, subject.end)))
      subject = spanning(subject, subject.start + 3, subject.end);
  } else if (medial) {
    // "The hashtag, Mr. Abboud said, accompanied …": the words after the aside finish what was said.
    region = { start: sent.start, end: sent.start + pre.replace(/[\s,—–]+$/, '').length };
    let start = afterFrom + medial[0].length;
    // "…, said Mark Rockwell, California state representative of the coalition.": a phrase describing the
    // speaker named after the verb is no part of what was said; what follows its comma may be, when it goes on
    // with a verb ("And Trump, said Sunshine, who remains friendly with her former boss, doesn't forgive").
    let described = false;
    while (inverted && start < sent.end && DESCRIBES_SPEAKER_RE.test(fx.masked.slice(start, start + 80))) {
      described = true;
      const comma = fx.masked.indexOf(', ', start);
      start = comma >= 0 && comma < sent.end ? comma + 2 : sent.end;
    }
    const goesOn = fx.masked.slice(start, sent.end).match(/^[\p{L}'’]+/u)?.[0] ?? '';
    if (described && !FINITE.test(goesOn.replace('’', "'"))) start = sent.end;
    const rest = fx.masked.slice(start, sent.end);
    if (wordCount(rest, 3) >= 3) continuation = { start, end: sent.end };
    // "Compaq, she predicted, would come to them.", "The presumed adjustment, they concluded, never happened.":
    // the words before the aside are the subject of the verb after it, and both halves are what was said, however
    // short each is (they are listed in two pieces under one cue).
    if (!described && wordCount(rest, 1) === 1 && opensWithVerb(rest) && !ONLY_CONNECTIVES_RE.test(pre)) {
      continuation = { start, end: sent.end };
      pieces = true;
    }
    // "…, which, his advisers believe, would lead to …": a tag set inside a trailing phrase reports the phrase, not
    // the main clause before it (aside-phrases.ts). Only when the phrase goes on after the tag (a tag closing the
    // sentence reports all of it: "… -- an insurgent defeating a favorite, said Dante Scala, a professor"), with
    // the subject before the verb (after an inverted "said Scott Strenfel, PG&E's meteorologist" the words may
    // only describe the speaker), and not with another speaker's report going on there ("- attacks that, Sweet
    // noted, Trump said …").
    const phrase = continuation && !inverted && !opensWithReport(rest) ? asidePhraseStart(pre) : null;
    if (phrase !== null) region = { start: Math.min(region.end, sent.start + phrase), end: region.end };
    // ("…, and, he argued, to help stabilize Ukraine": no piece before the tag; the one after it is the content.)
    if (region.start >= region.end) {
      region = continuation;
      continuation = null;
    }
  } else if (
    ((comp >= sent.end - 1 || (firstCodePast(afterCue) === 58 && /^\s*:\s*$/.test(afterCue))) &&
      /:\s*$/.test(afterCue)) ||
    (comp < 0 &&
      !afterQuote &&
      pre.trim() === '' &&
      STATEMENT_CLOSES_RE.test(afterCue) &&
      quoteOpeningAt(fx, sent.end) !== undefined)
  ) {
    // "He said:" closing a paragraph introduces the quote that opens the next one; so does "X said in a
    // statement." before the quotation that follows it.
    const q = quoteOpeningAt(fx, sent.end);
    if (q) region = { start: q.open, end: q.close };
  } else if (
    afterQuote &&
    (inverted ||
      comp < 0 ||
      QUOTE_FRAME_TAIL_RE.test(afterCue) ||
      // "“…,” Eric Trump wrote in a late-evening email on Monday, meaning …": where it was written is no content.
      word.endsWith(' in') ||
      SUBORDINATE_START_RE.test(fx.masked.slice(comp, comp + 12)) ||
      (LISTENER_BASES.has(info?.base ?? '') &&
        (!clauseAt(fx, comp, sent.end) ||
          listenerThenParticiple(afterCue) ||
          // "“…,” Trump assured Jones, after the host …": a listener closed by a comma, then a clause of when
          // (not a second piece of the quotation: "“…,” she told Hewitt, “…”").
          (afterCue.includes(',') && listenerThenClause(afterCue)))))
  ) {
    // "“…,” Mr. Clarke recalled of the proceedings.": the quote is what was said, not the phrase after.
    // "“…,” Mr Farage told BBC Radio Four’s Any Questions.": what follows the listener is no clause.
    region = {
      start: sent.start + quotationAfterColon(preContent),
      end: sent.start + preContent.replace(/[\s,—–]+$/, '').length,
    };
  } else if (
    comp >= 0 &&
    !(trailing && TAG_ENDS_AT_COMMA_RE.test(afterCue) && !clauseAfterComma) &&
    !speakerDescribedAfter &&
    // "“…,” Trump tweeted soon after the committee concluded its hearing": a time clause after the verb of a
    // quotation's tag tells when, and the quotation is what was said; so after a trailing tag ("…, Cook said while
    // visiting Salesforce's conference").
    !(afterQuote && TIME_CLAUSE_AFTER_RE.test(afterCue)) &&
    !(trailing && TIME_CLAUSE_AFTER_TAG_RE.test(afterCue)) &&
    !(trailing && DAY_AND_PLACE_CLOSE_RE.test(afterCue))
  ) {
    region = { start: comp, end: sent.end };
  } else if (trailing || speakerDescribedAfter) {
    region = {
      start: sent.start + quotationAfterColon(preContent),
      end: sent.start + preContent.replace(/[\s,—–]+$/, '').length,
    };
  }
  // "… “compete vigorously for the nomination.” The move was first reported by MSNBC.": a passive tag after a
  // quotation reports its own subject, not the words before it (the cheap "by" test first).
  if (
    region &&
    afterQuote &&
    !inverted &&
    fx.masked.startsWith(' by ', ce) &&
    region.end <= subject.start &&
    quotationEndsSentence(fx, sent.start + (afterQuote.index ?? 0)) &&
    passiveAgent(fx, subject, cs, ce, sent.end, sIdx)
  )
    region = null;
  let byAgent = false;
  if (!region && !inverted) {
    // "The meeting was first reported by Politico.": a passive verb reports its own subject, said by the agent.
    const agent = passiveAgent(fx, subject, cs, ce, sent.end, sIdx);
    if (agent) {
      region = { start: subject.start, end: subject.end };
      subject = agent;
      byAgent = true;
    }
  }
  if (!region) return;
  // A learned word before "by" reaches here only for its passive's agent (see cueMayHold): without one, the words
  // around it are no statement ("the Keystone XL pipeline, which is widely supported by Republicans").
  if (info?.learned && !byAgent && passiveBeforeBy(fx.masked, sent.start, cs, fx.masked.slice(ce, ce + 12)))
    return;
  if (subject.end <= cs && endsInEmbeddedPronoun(fx.masked.slice(subject.start, subject.end))) return;
  // A passive with no agent reports on its subject, not from it: "Britain's Conservative Party was accused Wednesday
  // of trying to deceive voters" (blame, praise or address) names nobody; "Chad Wolf has been named new DHS acting
  // secretary" reports an appointment, no statement at all.
  const appointed = APPOINTED_PASSIVE_RE.test(word);
  const passive =
    !inverted &&
    subject.end <= cs &&
    (appointed || ADDRESSED_PASSIVE_RE.test(word)) &&
    PASSIVE_BE_RE.test(fx.masked.slice(subject.end, cs));
  if (passive && appointed) return;
  // "Clinton's position was supported Friday by Sen. Dianne Feinstein", "the attacks in Paris, which were claimed by
  // the Islamic State": the agent after "by" holds the stance, and the subject with the words up to "by" is what it
  // holds. ("Sanders was asked by host John Dickerson whether …" is the addressed passive's, below.)
  if (
    !inverted &&
    !byAgent &&
    subject.end <= cs &&
    cs - subject.end <= 30 &&
    isPastParticiple(word) &&
    !(passive && fx.masked.startsWith(' by ', ce)) &&
    fx.masked.slice(ce, ce + 90).includes(' by ') &&
    PASSIVE_BE_RE.test(fx.masked.slice(subject.end, cs))
  ) {
    const late = lateAgentAfterBy(fx, ce, sent.end, sIdx, passive);
    // A region before the passive ("Morris says …. O’Malley’s move was first reported by MSNBC") is another
    // frame's; the agent only holds what the passive says or what follows it.
    if (late && region.end > late.by) {
      if (region.start <= late.by && late.by < region.end)
        region = { start: subject.start, end: late.by === ce ? subject.end : late.by };
      subject = late.agent;
      byAgent = true;
    }
  }
  // "which Jeff Bezos announced earlier this year": a time alone says when, not what.
  if (
    region.start >= ce &&
    TIME_ONLY_RE.test(fx.masked.slice(region.start, Math.min(region.end, region.start + 40)))
  )
    return;
  // "The car isn’t expected until next year": something due at a time, not a statement.
  if (
    word === 'expected' &&
    region.start >= ce &&
    DUE_AT_TIME_RE.test(fx.masked.slice(ce, region.start + 12))
  )
    return;
  // "Adam Neumann can still reportedly name directors": others report it; the subject is what they report on.
  // "Sanders was asked by host John Dickerson whether …": the agent after "by" asked, told or urged.
  // "Herman Cain, …, was asked by a caller why …": an agent named by no name is still who asked.
  const addressedBy =
    !byAgent && passive && fx.masked.startsWith(' by ', ce) ? byPhraseAgent(fx, ce, sent.end, sIdx) : null;
  if (addressedBy) subject = addressedBy;
  else if (!byAgent && subject.speaker && (passive || REPORTED_ADVERB_RE.test(word)))
    subject = namelessSubject(subject.start, subject.end);
  // "46 percent of voters said yes, compared with …": the answer alone is what was said.
  if (region.start === comp && info?.base === 'say') {
    const answer = bareAnswerLength(fx.masked.slice(comp, region.end));
    if (answer > 0) region = { start: comp, end: comp + answer };
  }
  // "Peter Thiel, who backed Ron Paul's bid in 2008, is a Trump delegate", "Doe, who joked about the weather, could
  // see …": what a relative clause reports ends at the comma before the main clause's verb. A modal or "did" ends it
  // only after an object: after "that" it may be the clause's own verb past an aside on its subject ("who said that
  // Mr. Jäger, under fire for …, would do better …").
  if (
    region.start >= ce &&
    subject.end - subject.start === 3 &&
    /^who$/i.test(fx.masked.slice(subject.start, subject.end))
  ) {
    const content = fx.masked.slice(region.start, region.end);
    const main = (/^that\s/.test(content) ? RELATIVE_ENDS_RE : RELATIVE_OBJECT_ENDS_RE).exec(content);
    if (main) region = { start: region.start, end: region.start + main.index };
  }
  // "the industries that oppose the rule, have vowed to block it": what a relative clause's verb reports ends at
  // the first comma, semicolon or dash, where the main clause goes on.
  if (relativeThat && region.start >= ce) {
    const stop = /[,;—–]|\s-\s/.exec(fx.masked.slice(region.start, region.end));
    if (stop && stop.index > 0) region = { start: region.start, end: region.start + stop.index };
  }
  // "said it was “evaluating strategic alternatives,” a phrase that often signals a sale": a noun for the quoted
  // words, set off after them, is the writer's gloss; what was said ends with the quotation.
  if (region.start >= ce) {
    const q = fx.masked.indexOf('"', region.start);
    const gloss = q >= 0 && q < region.end ? QUOTE_GLOSS_RE.exec(fx.masked.slice(q, region.end)) : null;
    if (gloss) region = { start: region.start, end: q + gloss.index + 1 };
  }
  // "Midland Appliances denied the claims in a statement.", "denied the allegations on Twitter": the channel closing
  // the sentence is how it was said, not part of what was said. (Only after a content of its own; one look for the
  // space before "in" or "on" near the end skips the pattern.)
  // A clause keeps its channel ("said ISIS has mentioned Trump on social media": where ISIS did it), and so does an
  // object that would be too short without it ("posted messages on Facebook") or long enough to hold more.
  if (region.start >= ce && region.end === sent.end && region.end - region.start > 12) {
    const tail = fx.masked.slice(Math.max(region.start, region.end - 48), region.end);
    const channel = tail.includes(' in ') || tail.includes(' on ') ? CHANNEL_TAIL_RE.exec(tail) : null;
    const end = channel ? region.end - tail.length + channel.index : region.end;
    const object = channel ? fx.masked.slice(region.start, end) : '';
    const words =
      channel && !/^\s*that\s/.test(object) && !looksLikeClause(object) ? wordCount(object, 9) : 0;
    if (words >= (/^den(?:y|ie[sd])$/i.test(word) ? 2 : 3) && words <= 8)
      region = { start: region.start, end };
  }
  // "Donald Trump - who previously said he would … - said at a rally": what a frame inside a dash-bracketed aside
  // reports ends where the aside does.
  if (
    region.start >= ce &&
    isDashCode(lastNonSpaceCode(fx.masked, Math.max(0, subject.start - 3), subject.start)) &&
    /(?:\s-|[—–])\s*$/.test(fx.masked.slice(Math.max(0, subject.start - 3), subject.start))
  ) {
    const close = fx.masked.slice(region.start, region.end).search(/\s-\s|\s*[—–]/);
    if (close > 0) region = { start: region.start, end: region.start + close };
  }
  // "Thomas went on IR", "Trump went on the offensive", "the protests continued into the night": going on is
  // speech when words follow as said ("he went on, …", "went on about …"), or what came before was said ("…, he
  // continued."); "went on to say" leads to the cue after it.
  if (info?.base === 'continue' && region.start >= ce) {
    const next = fx.masked.slice(ce, ce + 12);
    const goes = /^(?:went|goes|going|go)\s/i.test(word);
    if (
      goes
        ? !/^\s*(?:[,:;"“]|to\s|about\s)/.test(next)
        : /^\s+(?:into|until|through|throughout|unabated|apace)\b/.test(next)
    )
      return;
  }
  if (
    region.start === comp &&
    ((SEEMING.has(word) && SEEMING_WHAT_RE.test(afterCue)) ||
      looksHow(word, afterCue, fx.masked.slice(subject.start, subject.end)) ||
      expectedOf(fx, subject, cs, word, afterCue, sent.start))
  ) {
    // "Enthusiasm for Clinton appears to have plummeted": how things look, with nobody saying so. The subject is
    // part of what is claimed, as PolNeAR marks it, and not its source: the whole noun phrase, not the name or
    // noun the subject search stopped at ("a broader swath of Republican voters appears to be moving …").
    const opening = phraseOpening(fx, sent.start, subject.start);
    region = { start: opening, end: region.end };
    // "Rubio seemed hopeful that …", "Clinton seemed to be ready to riff …": a person named alone (or after a title,
    // "President Obama appears set to veto …") or a group so named ("many Republicans seem to be hoping …") holds the
    // view that shows, as PolNeAR marks it; a wider phrase ("Enthusiasm for Clinton") or a noun has no one behind it,
    // nor has a state of things ("Sanders appears to have a slight lead").
    if (!(SEEMING.has(word) && holderNamedAlone(fx, subject, opening) && SEEMING_MIND_RE.test(afterCue)))
      subject = namelessSubject(cs, cs);
  }
  // "Rubio is seen as the candidate …", "The FBI is reportedly making arrangements …": the subject is part of what is
  // told of it, as PolNeAR marks it; who it is stays the frame's subject (a pronoun after it may point back to it).
  if (!inverted && region.start >= ce && subjectInContent(fx, subject, cs, word))
    region = { start: phraseBefore(fx, sent.start, subject.start, cs), end: region.end };
  // "Try listening to your body to decide when to eat": a web page's advice opens with a verb in the imperative;
  // the words before the cue are no subject, and nobody speaks.
  if (!subject.speaker && !subject.entity && opensWithImperative(fx, subject, sent.start)) return;
  // Stances need someone to hold them: "the measure condemned …" is no speech. A participle that goes on from
  // the sentence's frame has its holder there, named or not ("the company said …, warning that it could default").
  if (
    info &&
    STANCE.has(info.base) &&
    !continuesFrame &&
    !subject.speaker &&
    subject.kind === 'unknown' &&
    !isEvidence(fx, subject) &&
    !heldByPeople(fx.masked.slice(subject.start, subject.end))
  )
    return;
  // "Despite challenging the leader, Cruz said …": what an opening adverbial's participle reports ends at the comma
  // before its subject, which opens the main clause; a comma inside the closing quotation mark of a quotation ending
  // the adverbial ("Citing the “cost of waiting,” Cruz urged …") is hidden in the masked text, and the content takes
  // the quotation whole, up to its closing mark.
  if (!inverted && subject.start > ce && region.start >= ce && region.end > subject.start) {
    const quoteClosed = QUOTED_COMMA_BEFORE_RE.exec(fx.body.slice(region.start, subject.start));
    const comma = fx.masked.lastIndexOf(',', subject.start);
    if (quoteClosed) region = { start: region.start, end: region.start + quoteClosed.index + 2 };
    else if (comma > region.start) region = { start: region.start, end: comma };
  }
  if (!via) via = viaIn(fx, ce, sent.end);
  const statement = /\b(?:statement|communiqu[eé]|press release)\b/i.test(
    fx.masked.slice(ce, Math.min(sent.end, ce + 60)),
  );
  const learnedCue = info?.learned ?? false;
  // The frame and its continuation differ only in their content: every field set, one shape for all of them.
  const frameOver = (content: Span) =>
    newFrame({
      cue: { start: cs, end: ce },
      subject,
      region: content,
      via,
      sentence: sIdx,
      paragraph: fx.paraOf[sIdx],
      statement,
      learnedCue,
      piece: pieces,
      outerEvidence,
    });
  addFrame(fx, frameOver(region));
  if (continuation) fx.frames.push(frameOver(continuation));
}

/**
 * Verbs that open advice in the imperative ("Try …", "Make sure …", "Don't …"), capitalised as a sentence opens.
 * Not "Let" nor "Do": "Let me just say", "Do you think" have a speaker after them.
 */
const IMPERATIVE_OPENING_RE =
  /^[\s"“]*(?:Try|Make|Take|Keep|Stop|Start|Avoid|Consider|Remember|Use|Get|Give|Put|Check|Ask|Find|Look|Don['’]t|Be|Eat|Drink|Add|Choose|Learn|Read|Follow|Click|Visit|Imagine|Think|Note|Go|Set|Pick|Skip|Listen|Focus|Limit|Swap|Stay)\s/;

/**
 * "But opponents say", "…, strategists said", "Iowa biofuels advocates say": people named by a plural noun alone,
 * opening a clause and ending right before the verb at `verbAt`; null otherwise ("ads attacking": a participle is
 * not asked; "in recent years said": a span of time is no one).
 */
function barePluralSubject(fx: Finder, sent: Span, verbAt: number): Subject | null {
  // (The pattern ends in a plural's "s" right before the verb: tested first, as most phrases end otherwise.)
  if (fx.masked.charCodeAt(verbAt - 1) !== 115) return null;
  const plural = BARE_PLURAL_SUBJECT_RE.exec(fx.masked.slice(Math.max(sent.start, verbAt - 60), verbAt));
  if (!plural || TIME_PLURAL_RE.test(plural[2]) || NOT_PLURAL_RE.test(plural[2])) return null;
  return { start: verbAt - plural[1].length, end: verbAt, speaker: null, entity: null, kind: 'anonymous' };
}

/** The first word of a cue, in lower case ("calls" of "calls for"). */
function firstWord(cue: string): string {
  const space = cue.indexOf(' ');
  return lowerCased(space < 0 ? cue : cue.slice(0, space));
}

/** Whether a subject with no speaker is the opening of a sentence that starts with an imperative verb. */
function opensWithImperative(fx: Finder, subject: Subject, sentStart: number): boolean {
  if (subject.start > sentStart + 3 || subject.end <= subject.start) return false;
  return IMPERATIVE_OPENING_RE.test(fx.masked.slice(sentStart, Math.min(subject.end + 1, sentStart + 16)));
}

/**
 * "…, executives of both companies announced Wednesday at the Dubai Air Show.": after a trailing tag's verb, a day
 * and a named place up to the sentence's end tell when and where; the words before the tag are what was said.
 */
const DAY_AND_PLACE_CLOSE_RE =
  /^\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)(?:\s+(?:at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'&-]*\s*){1,6})?[.!?]?\s*$/u;

/** A channel closing the sentence: " in a statement.", " in an interview", " on Twitter", " in a post on X". */
const CHANNEL_TAIL_RE =
  /\s+(?:in\s+(?:a|an|his|her|its|their)\s+(?:(?:brief|short|written|emailed|joint|separate|televised|video|radio|TV|phone|telephone|exclusive)\s+)?(?:statement|interview|tweet|post|press release|news release|news conference|press conference)(?:\s+on\s+(?:Twitter|X|Facebook|Instagram|Telegram))?|on\s+(?:Twitter|X|Facebook|Instagram|Telegram|TikTok|social media))[\s.,;]*$/;

/** A closing quotation mark, then "a phrase that …", "a term used …", "a reference to …": the writer's gloss. */
const QUOTE_GLOSS_RE =
  /",?\s+(?:a|an)\s+(?:phrase|term|word|expression|euphemism|reference|nod|allusion|label|slogan|catchphrase)\s+(?:that|which|used|often|widely|commonly|coined|to|for|he|she|they)\b/;

/**
 * Whether a subject the text leaves unnamed still names people who can hold a stance: a personal pronoun ("they
 * welcomed a new docket"), or a phrase headed by people or a body ("Muslim advocates hailed …", "Gay rights groups
 * condemned …", "families of those affected by mass shootings urged …"), not a measure or a thing.
 */
function heldByPeople(phrase: string): boolean {
  if (/^(?:he|she|they)$/i.test(phrase)) return true;
  const head = phrase.split(/,|\s(?:of|in|on|for|from|at|with|who|which|that|including)\s/, 1)[0].trim();
  const last = head.slice(head.lastIndexOf(' ') + 1).toLowerCase();
  return (
    PEOPLE_HEAD_RE.test(last) ||
    PEOPLE_HEAD_RE.test(last.replace(/s$/, '')) ||
    COMPANY_NOUNS.has(last) ||
    BODY_HEAD_RE.test(last)
  );
}

/**
 * Bodies that speak in business, court and world news ("The bank warned that …", "The airline warned …", "Social
 * movements warned …", "the ministry condemned …"), beside the businesses named by their kind (COMPANY_NOUNS).
 */
const BODY_HEAD_RE =
  /^(?:banks|airlines|companies|firms|movements?|ministry|ministries|agency|agencies|department|office|regulators?|police|military|army|navy|prosecution|defen[cs]e|league|club|association|institute|authorities|watchdog|board|cabinet|parliament|senate|congress|legislature|coalition|alliance|bloc|opposition|organi[sz]ers|workers|teachers|doctors|nurses|scientists|researchers|farmers|students|unions)$/;

/** Heads of a phrase of people or of a body of them (isSpeakingHead also takes documents and measures). */
const PEOPLE_HEAD_RE =
  /^(?:advocates?|groups?|candidates?|members?|agents?|backers?|families|partisans|critics|opponents|supporters?|activists|leaders?|lawmakers?|officials?|voters?|parties|party|press|wife|husband|campaign|organizations?|unions?|delegates?|senators?|governors?|rabbis|democrats|republicans|conservatives|liberals|donors|allies|rivals|residents|protesters|experts|economists|analysts|editorial|editors|columnists?|column|letter|administration|government|company|firm|committee|panel|council|commission|court|people|nominee|president|senator|governor|secretary|chairman|chairwoman|spokesman|spokeswoman)$/;

/**
 * phraseBeforeAside for a verb that is no verb of speech, when the aside neither names a person (who may be the
 * one acting: "France’s far-right National Front party leader, Marine Le Pen, voiced …"; or whose group it is:
 * "…, including Hillary Clinton and Senator Bernie Sanders, have proposed") nor opens a clause of its own ("Many
 * leaders … share these apprehensions, but the Central and East European Coalition … wants").
 */
function phraseBeforePlainAside(fx: Finder, sent: Span, verbAt: number): Subject | null {
  const head = phraseBeforeAside(fx, sent, verbAt);
  if (!head) return null;
  const comma = fx.masked.indexOf(',', head.end);
  if (comma < 0 || comma >= verbAt) return null;
  // A clause joined after the comma has its own subject, up to its own aside's comma: "…, but the Central and
  // East European Coalition, which represents …, wants".
  const joined = /^\s*(?:but|and|or|yet|so|while|whereas)\s+/.exec(fx.masked.slice(comma + 1, verbAt));
  if (joined) {
    const from = comma + 1 + joined[0].length;
    const next = fx.masked.indexOf(',', from);
    return next > from && next < verbAt ? openingPhrase(fx, from, next, true, true) : null;
  }
  return personWithin(fx, comma, verbAt) === null && !nameAlone(fx, comma + 1, verbAt) ? head : null;
}

/** Whether the text from `from` to `to` is one name alone, set off by commas (", Marine Le Pen, "). */
function nameAlone(fx: Finder, from: number, to: number): boolean {
  let k = from;
  while (k < to && isSpace(fx.masked[k])) k++;
  const m = fx.index.byStart.get(k);
  return m !== undefined && /^[\s,]*$/.test(fx.masked.slice(m.end, to));
}

/** Whether the quotation closing at `close` (its mark) ends on a full stop, a question or an exclamation. */
function quotationEndsSentence(fx: Finder, close: number): boolean {
  const c = fx.body[close - 1];
  return c === '.' || c === '?' || c === '!';
}

/**
 * Verbs whose object after a quotation's tag is whom the words were addressed to ("“…,” Smith told her.", "“…,” LeVell
 * assured the mostly white crowd.", "“…?” Todd asked the real estate mogul."): the quotation is what was said.
 */
const LISTENER_BASES = new Set(['tell', 'assure', 'ask']);

/**
 * "“…,” Gingrich told O’Reilly, noting that …": after the listener, a participle opens a clause of its own, which
 * its own frame reads; the told words are the quotation.
 */
/**
 * Whether a phrase that names its own source ends right before \`at\`, with no comma between: "a report from
 * Bloomberg", "by the Clinton campaign", "Clinton’s Tuesday speech".
 */
function afterSourcedWork(fx: Finder, floor: number, at: number): boolean {
  const before = fx.masked.slice(Math.max(floor, at - 60), at);
  // The last word, for the two patterns that end in one (neither word is longer than seven letters): a cheap
  // look before the patterns themselves, which would be tried from every position.
  const end = before.trimEnd().slice(-8);
  // "featuring Hispanics telling their family stories and criticizing …": joined to a participle whose own
  // subject is the name right before it.
  if ((end.endsWith('and') || end.endsWith('or')) && JOINED_PARTICIPLE_RE.test(before)) return true;
  // "… appeal by dismissing", "… messages by saying": after a preposition the clause's subject goes on.
  if (PREPOSITION_LAST_RE.test(end)) return false;
  // (Each pattern needs its apostrophe, or its "from" or "by": looked for first.)
  return (
    ((before.includes('’') || before.includes("'")) && OWNED_WORK_BEFORE_RE.test(lastWords(before, 3))) ||
    ((before.includes('from') || before.includes('by')) && WORK_FROM_BEFORE_RE.test(before))
  );
}

/** An earlier participle in the same stretch right after a name ("Hispanics telling"), then "and" or "or" last. */
const JOINED_PARTICIPLE_RE = /[,;:][^,;:]*?\s\p{Lu}[\p{L}’'-]*\s+\p{Ll}{2,}ing\s[^,;:]*\b(?:and|or)\s*$/u;

/** A preposition or a conjunction last before a participle: "by", "as", "while", "in". */
const PREPOSITION_LAST_RE =
  /(?:^|\s)(?:by|as|in|while|after|before|when|without|through|since|upon|on|for|from|of|and|or|but|to)\s*$/;

/**
 * A work from or by a named source right before a participle: "a report from Bloomberg", "an ad by the Republican
 * National Committee" (not "the former senator from Pennsylvania": a person from a place is no work).
 */
const WORK_FROM_BEFORE_RE =
  /\b(?:report|story|article|statement|letter|memo|e-?mail|ad|video|tweet|post|release|analysis|study|poll|survey|editorial|column|op-ed|book|message)s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:from|by)\s+(?:the\s+)?\p{Lu}[\p{L}.’'&-]*(?:\s+\p{Lu}[\p{L}.’'&-]*)*\s*$/u;

/** A name's possessive and one or two words after it: "Clinton’s Tuesday speech", "Trump’s tweet" (three words at most). */
const OWNED_WORK_BEFORE_RE = /\p{Lu}[\p{L}.-]*[’']s?\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s*$/u;

function listenerThenClause(afterCue: string): boolean {
  const listener = TOLD_LISTENER_RE.exec(afterCue);
  return listener !== null && !/^\s*,\s*"/.test(afterCue.slice(listener[0].length));
}

function listenerThenParticiple(afterCue: string): boolean {
  const listener = TOLD_LISTENER_RE.exec(afterCue);
  return listener !== null && /^,\s+\p{Ll}+ing\s/u.test(afterCue.slice(listener[0].length));
}

/** A lower-case noun and a comma right before a name ("the newspaper, L'Osservatore Romano"): the name is the noun's. */
const NOUN_THEN_COMMA_RE = /\s\p{Ll}{3,},\s+$/u;

/**
 * Whether `subject` is a name set off after a lower-case noun within the clause opened at `from`, with no "and"
 * or "or" before it that would join a second speaker ("Trump, the nominee, and his running mate, Mike Pence").
 */
function nameOfNounBefore(fx: Finder, from: number, subject: Subject): boolean {
  const before = fx.masked.slice(from, subject.start);
  return NOUN_THEN_COMMA_RE.test(before) && !/\s(?:and|or)\s/.test(before);
}

/** Whether `subject` is "he", "she" or "they" resolved to an entity not named between `from` and `to`. */
function pronounNamesNobodyBefore(fx: Finder, subject: Subject, from: number, to: number): boolean {
  if (!subject.entity || !CLAUSE_PRONOUN_WORD_RE.test(fx.masked.slice(subject.start, subject.end)))
    return false;
  const ms = fx.index.mentions;
  for (let i = mentionFrom(fx, from); i < ms.length && ms[i].start < to; i++)
    if (ms[i].entity === subject.entity) return false;
  return true;
}

const CLAUSE_PRONOUN_WORD_RE = /^(?:he|she|they)$/i;

/** A subject pronoun with more words after it: a clause, not a name after its verb. */
const CLAUSE_OPENING_PRONOUN_RE = /^(?:he|she|they|we|i|it)\s+\p{L}/iu;

/**
 * Whether the subject is a name alone that opens its phrase (not "Enthusiasm for Clinton"): a person's, after a
 * title at most ("President Obama"), or a group's, after a word of how many at most ("many Republicans").
 */
const holderNamedAlone = (fx: Finder, subject: Subject, opening: number): boolean => {
  if (subject.speaker === null) return false;
  if (subject.kind === 'person')
    return (
      opening === subject.start &&
      (nameAlone(fx, subject.start, subject.end) || titledName(fx, subject.start, subject.end))
    );
  return (
    subject.kind === 'organization' &&
    QUANTIFIER_BEFORE_RE.test(fx.masked.slice(opening, subject.start)) &&
    nameAlone(fx, subject.start, subject.end)
  );
};

/** "many Republicans", "most Democrats": how many of a group, before the group's name. */
const QUANTIFIER_BEFORE_RE = /^(?:(?:many|most|some)\s+)?$/i;

/** "President Obama", "Sen. Rand Paul": capitalised titles, then the name the span ends on. */
function titledName(fx: Finder, from: number, to: number): boolean {
  const m = fx.index.byEnd.get(to);
  return (
    m !== undefined && m.start > from && /^(?:\p{Lu}[\p{L}.]*\s+){1,3}$/u.test(fx.masked.slice(from, m.start))
  );
}

/**
 * "In 2013, research conducted by the Center for … found PolitiFact rated …", "Last year, Time magazine named …": the
 * noun phrase that opens the clause after an opening adverbial of time or place, when the sentence's own opening
 * gives none. Not after a lone adverb ("Indeed, Francis' message is to call on …": a learned "to" reads the
 * possessor there).
 */
function afterOpeningAdjuncts(fx: Finder, sent: Span, verbAt: number): Subject | null {
  const from = openingAdjunctsEnd(fx, sent.start, verbAt);
  if (!/\s\S/.test(fx.masked.slice(sent.start, from).trim())) return null;
  return openingNounPhraseSubject(fx, { start: from, end: sent.end }, verbAt);
}

/**
 * "Jane Roe spoke to reporters after Dale Porter unleashed a series of tweets criticizing the board": a participle
 * right after a noun, no comma between, belongs to the clause that noun ends, and the person opening that clause
 * after its subordinator ("after", "when", "because", …) and before its verb is who did it, not the main clause's
 * subject.
 */
function subordinateClauseSubject(fx: Finder, from: number, cs: number): Subject | null {
  if (!/\p{Ll}\s+$/u.test(fx.masked.slice(Math.max(from, cs - 3), cs))) return null;
  const ms = fx.index.mentions;
  for (let i = mentionFrom(fx, cs) - 1; i >= 0 && ms[i].start >= from; i--) {
    const m = ms[i];
    if (typeOfMention(fx, m) !== 'person') continue;
    const between = fx.masked.slice(m.end, cs);
    if (/[,;:"—–()]/.test(between) || !FINITE_VERB_NEXT_RE.test(between)) return null;
    return SUBORDINATOR_BEFORE_RE.test(fx.masked.slice(Math.max(from, m.start - 12), m.start))
      ? fromMention(fx, m)
      : null;
  }
  return null;
}

/** A past or present verb right after the clause's subject ("unleashed", "has released", "posts"). */
const FINITE_VERB_NEXT_RE = /^\s+(?:(?:has|had|have)\s+)?\p{Ll}+(?:ed|s)\s/u;

/**
 * Verbs of remarking that the lists keep apart from SPEECH_BASES but that report what follows in an "As X …,"
 * aside as the listed ones do: "As Smith observed, …", "As she remarked, …", "As he recalled, …", "As Lee
 * mentioned, …", "As Reyes joked, …" (`boast` holds "joked").
 */
const AS_ASIDE_BASES = new Set(['observe', 'recall', 'mention', 'boast']);
const asAsideVerb = (info: CueInfo | null): boolean =>
  info !== null && !info.learned && AS_ASIDE_BASES.has(info.base);
