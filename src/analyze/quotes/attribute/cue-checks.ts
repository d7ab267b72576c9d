// Tests a cue passes before it makes a frame: generic subjects, earlier regions, main clauses.

import type { Mention, Span } from '../../../model/index.js';
import { contentFollows, firstCodePast, mayOpenTimePreposition } from '../gates.js';
import { type CueInfo, cueForm } from '../lexicon.js';
import { BY_BEFORE_RE, evidencePhraseOffset } from '../outer-cues.js';
import { endsWithWord, isSpace, lastNonSpaceCode, lowerCased, wordCount } from '../text.js';
import { participlesOf, pastsOf } from '../verb-forms.js';
import { COMMA_QUOTATION_END_RE, REPORTED_ADVERB_RE, TAG_ENDS_AT_COMMA_RE } from './cue-patterns.js';
import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { quoteOpeningAt } from './layout-frames.js';
import { QUOTED_AS_FORMS, SUBORDINATE_OPENING_RE } from './patterns.js';
import { possessedNounWithVerb } from './possessed-nouns.js';
import { hasVerb } from './scan.js';
import { mentionFrom } from './subject-search.js';
import { onlyWhenFollows } from './time-only-contents.js';
import { type Frame, namelessSubject, type Subject, spanning } from './types.js';
import { namesNoReport } from './unreported-words.js';

/** A title's noun ending the words before a name: "… planning director ", "… policy adviser ". */
const TITLE_NOUN_END_RE =
  /\s(?:director|adviser|advisor|secretary|chief|spokes(?:man|woman|person)|manager|strategist|chair(?:man|woman)?|official|aide|coordinator|analyst|counsel|officer|head)\s+$/;

/** A subordinating word right before a frame's subject, or opening it ("When Trump suggested …"). */
export const SUBORDINATOR_BEFORE_RE =
  /(?:^|[\s"])(?:While|Although|Though|Because|Since|If|When|After|Before|Once|Until|As|while|although|though|because|since|if|when|after|before|once|until)\s+$/;

const SUBORDINATOR_OPENING_RE =
  /^(?:While|Although|Though|Because|Since|If|When|After|Before|Once|Until|As)\s/;

/** Participles of reporting that, in "X was revealed to …", tell of X rather than let X speak. */
const PASSIVE_REPORT = new Set([
  'revealed',
  'reported',
  'said',
  'believed',
  'thought',
  'alleged',
  'known',
  'found',
  'shown',
  'rumored',
  'rumoured',
  'understood',
  'claimed',
]);

/** A pronoun, a conjunction or a past-tense verb: a clause begun among the words before a far "that". */
const LONG_RUN_CLAUSE_RE = /\s(?:he|she|they|it|we|i|and|but|or|\p{Ll}+ed)\s/iu;

/** A time or a preposition right after a verb: what follows opens no clause of its own. */
const ADVERBIAL_AFTER_VERB_RE =
  /^\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|during|at|in|on|before|after|last|this|earlier)\s/i;

/** "expected to announce …", "is expected to endorse …": the verb after "to" frames what is said itself. */
const reportsAfterTo = (afterCue: string): boolean => {
  const verb = /^\s+to\s+(\p{Ll}+)/u.exec(afterCue)?.[1];
  const form = verb ? cueForm(verb) : null;
  return !!form;
};

/** The marks (PHRASE_MARK_RE) and the joining words (PHRASE_JOINS_RE) that PHRASE_BOUNDARY_RE reads together. */
const phraseMarks = String.raw`[,;:(—–]|\s-\s`;
const joiningWords = String.raw`(?<![\p{L}\p{N}’'-])(?:that|which|who|where|while|when|whether|and|but|or|nor|yet|so|because|if|as|since|though|although|despite|after|before|until|unless|once|now|then|only)\s`;

/**
 * Where a clause's noun phrase may open: after a comma, a dash, a bracket or a joining word, capitalised or
 * not ("But the race seemed …", "Despite the fact that neither contest …", "Now it seemed …").
 */
const PHRASE_BOUNDARY_RE = new RegExp(`${phraseMarks}|${joiningWords}`, 'giu');

/** Marks that end a phrase: a comma, semicolon, colon, parenthesis or dash. */
const PHRASE_MARK_RE = new RegExp(phraseMarks, 'g');

/** The joining words of PHRASE_BOUNDARY_RE, to tell which of them a phrase holds. */
const PHRASE_JOINS_RE = new RegExp(joiningWords, 'giu');

/** A relative pronoun as the subject: its clause opens there ("a voter passing by who seemed …"). */
const RELATIVE_AT_RE = /^(?:who|whom|which|that)\s/i;

/** A subject pronoun: a clause of its own, no part of a noun phrase ("although they say they support the …"). */
const CLAUSE_IN_PHRASE_RE = /(?:^|\s)(?:he|she|they|we|I|you)\s/;

/** The learned cue "put it" or "puts it" (compared, not matched: it is asked of every cue). */
const isPutIt = (word: string): boolean => word === 'put it' || word === 'puts it';

/** After "put it", up to two words ("bluntly", "this way") before the comma or colon that opens what was said. */
const PUT_IT_CLOSE_RE = /^(?:\s+\p{L}+){0,2}\s*[,:]/u;

/** "As Vulture put it, …", "But as he puts it: …": an aside opening its sentence with "as", up to the verb. */
const AS_PUT_IT_RE = /^[\s"~]*(?:(?:but|and|yet|so|still)\s*,?\s+)?as\s+[^,;:"~]{1,60}$/i;

/** What names a programme when it stands before "show": a determiner or a kind of broadcast. */
const PROGRAMME_BEFORE_RE =
  /(?:^|[^\p{L}])(?:a|an|the|his|her|its|their|TV|television|talk|radio|reality|game|news|morning|cooking|comedy|variety|quiz|cable|late-night)\s+$/iu;

/** A kind of broadcast before "shows": the programmes, not a verb. */
const PROGRAMME_KIND_BEFORE_RE =
  /(?:^|[^\p{L}])(?:TV|television|talk|radio|reality|morning|cooking|comedy|variety|quiz|cable|late-night)\s+$/iu;

const DETERMINER_BEFORE_RE = /(?:^|[^\p{L}])(?:a|an|the|his|her|its|their|this|that|my|our|your)\s+$/iu;
/** The same without "this" and "that", which may be relative or open a clause. */
const ARTICLE_BEFORE_RE = /(?:^|[^\p{L}])(?:a|an|the|his|her|its|their|my|our|your)\s+$/iu;

/**
 * Whether the words around a cue show it in a sense of doing rather than saying: "added 25 points", "snapped an
 * 11-game losing streak", "from an estimated 450 million", "could feel the pinch", "don’t mean much to LeBron",
 * "had pressed charges", "Parise blocked a shot".
 */
export function readsAsDoing(fx: Finder, word: string, cs: number, ce: number): boolean {
  const rule = DOING_SENSES.get(lowerCased(word));
  if (!rule) return false;
  if (rule.before && !rule.before.test(fx.masked.slice(Math.max(0, cs - 8), cs))) return false;
  return rule.after.test(fx.masked.slice(ce, ce + 24));
}

export function genericAfter(fx: Finder, x: number, limit: number): Subject | null {
  const head = fx.masked.slice(x, Math.min(limit, x + 80));
  const g = head.match(
    /^((?:the|a|an|his|her|their|its|our|this)\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}?[\p{L}\p{N}’'-]+)(?=\s*[,.;])/iu,
  );
  if (!g) return null;
  return namelessSubject(x, x + g[1].length);
}

/** "As The Post's Ruth Marcus puts it, …": the learned "put it" in an aside that opens its sentence with "as". */
export function opensAsPutIt(fx: Finder, cs: number, word: string, sent: Span): boolean {
  return isPutIt(word) && AS_PUT_IT_RE.test(fx.masked.slice(sent.start, cs));
}

/**
 * "This proposal was rejected by 64 percent of the electorate", "Clinton’s attacks were echoed by her campaign": a
 * passive before "by" names its agent next, who holds the stance (passiveAgent reads it).
 */
export function passiveBeforeBy(text: string, floor: number, cs: number, next: string): boolean {
  return /^\s+by\s/.test(next) && PASSIVE_BE_BEFORE_RE.test(text.slice(Math.max(floor, cs - 24), cs));
}

const PASSIVE_BE_BEFORE_RE = /(?:^|\s)(?:was|were|is|are|been)\s+(?:\p{Ll}+ly\s+)?$/u;

/**
 * False when the word cannot be a cue here whatever its subject: checked before the subject search, and for a
 * learned cue before the model is asked, as it reads only the text around the word.
 */
/** What follows "asked" when a source asks to stay unnamed: " not to be identified", " not to be named". */
const ANONYMITY_ASKED_RE = /^\s+not\s+to\s+be\s+(?:named|identified|quoted)\b/;

/** What follows "quoted" or "cited" when the one quoted is the speaker: " Lavrov as saying" (QUOTED_AS_FORMS). */
const QUOTED_AS_SAYING_RE = new RegExp(
  String.raw`^\s+[^,~"]{2,80}?\s+as\s+(?:${[...QUOTED_AS_FORMS].join('|')})\b`,
);

/** " on Monday that": a learned verb's day before the clause it takes. */
const DAY_THEN_THAT_RE = /^\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+that\s/;

/**
 * "was admitted to hospital on Saturday", "admitted to the intensive care unit": a place of care after "admitted
 * to" is where someone was taken in, not what they owned up to ("admitted to threatening the girl" stays).
 */
const ADMITTED_INTO_CARE_RE =
  /^\s+(?:to|into)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:hospitals?|clinics?|infirmary|wards?|ICU|intensive\s+care|emergency\s+rooms?|hospice|care\s+homes?)\b/iu;

/**
 * "the country had admitted more than 1.4 million Syrian refugees", "admitted 500 students": a number of people
 * after "admitted" are those let in, not something owned up to.
 */
const ADMITTED_PEOPLE_RE =
  /^\s+(?:(?:more|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+|some\s+|roughly\s+)?(?:[\d.,]+(?:\s+(?:million|billion|thousand))?|hundreds|thousands|millions|dozens)\s+(?:of\s+)?(?:[\p{L}-]+\s+){0,2}?(?:refugees|migrants|immigrants|asylum[\s-]seekers|students|patients|people|children|applicants|visitors)\b/iu;

/** The forms of "write" whose object may be the noun a clause describes ("the letter Mike wrote"). */
const WROTE_FORMS: ReadonlySet<string> = new Set([
  ...pastsOf('write'),
  ...participlesOf('write'),
  'writes',
  'penned',
]);

/** A finite "be" right after the verb. */
const BE_AFTER_RE = /^\s+(?:was|is|were|are)\b/;

/** Verbs that take slogans as their object: "chanted", "shouted", "raised slogans" (Indian English). */
const SLOGANS_VERB_RE = /^(?:chant|shout|rais|yell|scream|sang|sing)/i;

/** "slogans" (after a word or two: "anti-government slogans") with no quotation or colon giving their words. */
const SLOGANS_WITHOUT_WORDS_RE = /^\s+(?:[\w-]+\s+){0,2}?slogans?\b(?![^.;]*["“:])/;

export function cueMayHold(
  fx: Finder,
  cs: number,
  ce: number,
  word: string,
  sent: Span,
  info: CueInfo | null,
): boolean {
  // "was quoted by Reuters as saying", "was cited by …": a passive learned cue names a channel, and the
  // "saying" that follows carries the frame.
  // A learned cue takes its content after it, so one with nothing there is dropped before the costly
  // subject search ("what they want.", "as we know,").
  // ("As Vulture put it, …" is the exception: what it reports follows the comma.)
  // ("“…?” Beck questioned." is another: the quotation before the name is what it reports.)
  // "would like to see …": a cue after "to" reports, with the same subject (CHAIN_TO_RE in subject-edges.ts).
  if (info?.base === 'want' && word.startsWith('would')) {
    const verb = /^\s+to\s+([\p{L}]+)/u.exec(fx.masked.slice(ce, Math.min(sent.end, ce + 30)));
    if (verb && cueForm(verb[1])) return false;
  }
  if (info?.learned && !opensAsPutIt(fx, cs, word, sent)) {
    const next = fx.masked.slice(ce, Math.min(sent.end, ce + 12));
    if (
      (!contentFollows(next) ||
        (mayOpenTimePreposition(next) &&
          /^\s+(?:by|as|in|on|at|during|after|before)\s/.test(next) &&
          !passiveBeforeBy(fx.masked, sent.start, cs, next) &&
          // "The court ruled on Monday that …": a day, then the clause of what was ruled.
          !(firstCodePast(next) === 111 && DAY_THEN_THAT_RE.test(fx.masked.slice(ce, ce + 24))))) &&
      !(
        /^\s*(?:[.,;]|$)/.test(next) &&
        (QUOTE_THEN_NAME_RE.test(fx.masked.slice(Math.max(sent.start, cs - 60), cs)) ||
          // "“…,” he mocks.", "“…,” the two write.": a pronoun or a short unnamed phrase as the tag's subject.
          QUOTE_THEN_PHRASE_RE.test(fx.masked.slice(Math.max(sent.start, cs - 40), cs)) ||
          // "…, campaign finance records show.": the records after a comma show what came before them.
          (SHOW_FORMS.has(word) &&
            RECORDS_AFTER_COMMA_RE.test(fx.masked.slice(Math.max(sent.start, cs - 60), cs))) ||
          // "…, Reuters reporters saw.": what witnesses at the scene saw is their report of it.
          (SEEN_FORMS.has(word) &&
            WITNESSES_AFTER_COMMA_RE.test(fx.masked.slice(Math.max(sent.start, cs - 60), cs))))
      ) &&
      // "17-year-old Jared Potts echoed:" closing its paragraph introduces the quotation that opens the next.
      !(firstCodePast(next) === 58 && /^\s*:\s*$/.test(next) && quoteOpeningAt(fx, sent.end) !== undefined)
    )
      return false;
  }
  // "A memorial service is planned Friday in Louisville", "Trump made the comments Friday during …": only a time
  // after a learned passive or a noun of remarks says when, not what was said (time-only-contents.ts).
  if (onlyWhenFollows(fx.masked, sent.start, cs, ce, word, info?.learned ?? false)) return false;
  // "a strong showing for …", "a class named for Ali", "has earned him the adulation of …", "his tweets into …":
  // a result, a name's origin, a gain, the posts themselves (unreported-words.ts).
  if (namesNoReport(fx.masked, sent.start, cs, ce, word)) return false;
  // "his demands have made China wary": after a possessive a rule cue's -s form is a noun with its own verb.
  if (info !== null && !info.learned && possessedNounWithVerb(fx.masked, sent.start, cs, ce, word))
    return false;
  // "Interfax quoted Lavrov as saying …": the one quoted speaks at "saying", and Interfax is only the channel.
  if ((word === 'quoted' || word === 'cited') && QUOTED_AS_SAYING_RE.test(fx.masked.slice(ce, ce + 100)))
    return false;
  // "a series of tweets saying …": after "of" the word is a noun ("accused of lying" is left to the rules).
  if ((info?.learned || !info?.participle) && endsWithWord(fx.masked, sent.start, cs, 'of')) return false;
  // "Russia was revealed to have sent …", "he is said to favour …": the subject is what is reported on, and
  // whoever revealed or said it goes unnamed. ("is expected to" stays: there the subject does the speaking.)
  if (
    PASSIVE_REPORT.has(word) &&
    firstCodePast(fx.masked.slice(ce, ce + 5)) === 116 &&
    /^\s+to\s/.test(fx.masked.slice(ce, ce + 5)) &&
    /\b(?:is|was|are|were|been|being)\s+$/.test(fx.masked.slice(Math.max(sent.start, cs - 8), cs))
  )
    return false;
  // "he put it away": the learned "put it" reports words only before a comma or colon ("put it bluntly:").
  if (isPutIt(word) && !PUT_IT_CLOSE_RE.test(fx.masked.slice(ce, ce + 30))) return false;
  // "the reality TV show “The Apprentice”", "a talk show": after a determiner or a kind of programme, "show" is
  // the programme, not "polls show".
  if (
    info?.learned &&
    word.toLowerCase() === 'show' &&
    PROGRAMME_BEFORE_RE.test(fx.masked.slice(Math.max(sent.start, cs - 14), cs))
  )
    return false;
  // "the images would help explain how the first galaxies formed", "helped found Fox News": after "help" a verb names
  // what something is good for, not what anyone said (but "helped convince Republicans that …" is persuasion).
  // (The word before ends in "p", "s", "d" or "g": one look at that letter skips the rest for most cues.)
  const last = fx.masked.charCodeAt(cs - 2);
  if (
    (last === 112 || last === 115 || last === 100 || last === 103) &&
    /\bhelp(?:s|ed|ing)?\s$/i.test(fx.masked.slice(Math.max(sent.start, cs - 9), cs)) &&
    !/^(?:convinc|persuad)/i.test(word)
  )
    return false;
  // "Protesters chanted slogans against the government": chanting or shouting slogans is speech only with the
  // slogans' words ("chanted slogans such as “…”", "chanted “Down with the dictator”"). (One look for "slogan"
  // after the word skips the pattern.)
  if (
    SLOGANS_VERB_RE.test(word) &&
    fx.masked.slice(ce, ce + 40).includes('slogan') &&
    SLOGANS_WITHOUT_WORDS_RE.test(fx.masked.slice(ce, Math.min(sent.end, ce + 120)))
  )
    return false;
  // "the letter Mike wrote was “kind and loving”": a written thing's clause, whose object is the noun before it, and
  // the "was" after it is the sentence's own verb (not "a policy he said was unfair", where the clause is said).
  if (WROTE_FORMS.has(word) && BE_AFTER_RE.test(fx.masked.slice(ce, ce + 7))) return false;
  if (/^admit/i.test(word) && ADMITTED_INTO_CARE_RE.test(fx.masked.slice(ce, ce + 60))) return false;
  if (/^admit/i.test(word) && ADMITTED_PEOPLE_RE.test(fx.masked.slice(ce, ce + 80))) return false;
  // "who asked not to be identified", ", asking not to be named": a source's wish to stay unnamed reports nothing.
  if (/^ask/i.test(word) && ANONYMITY_ASKED_RE.test(fx.masked.slice(ce, ce + 30))) return false;
  // "the Council on Energy, Environment and Water think tank told CBS News": a "think tank" is a body.
  if (word === 'think' && /^\s+tanks?\b/.test(fx.masked.slice(ce, ce + 7))) return false;
  // "movies and TV shows from Pixar": after a kind of broadcast, "shows" are programmes (not "the data shows").
  if (word === 'shows' && PROGRAMME_KIND_BEFORE_RE.test(fx.masked.slice(Math.max(sent.start, cs - 14), cs)))
    return false;
  // "issued a warning and said": after a determiner the -ing form is a noun, not a cue; and a learned -ed form is an
  // adjective ("said in an emailed statement", Reuters and Bloomberg copy).
  // (Not after "that": "groups that backed Trump" has a relative clause.)
  if (
    (info?.participle ?? false) &&
    DETERMINER_BEFORE_RE.test(fx.masked.slice(Math.max(sent.start, cs - 8), cs))
  )
    return false;
  if (
    info?.learned === true &&
    word.endsWith('ed') &&
    ARTICLE_BEFORE_RE.test(fx.masked.slice(Math.max(sent.start, cs - 8), cs))
  )
    return false;
  return true;
}

/**
 * The phrase of evidence from the opening of the sentence to its verb ("a 2014 study by Harvard and the University
 * of California at Berkeley"), credited to the body named after "by" in it, else to one named before its first
 * comma or dash ("The USC Dornsife/Los Angeles Times Daybreak tracking poll, which …": whose poll it is; a name in
 * a clause after the comma is what that clause is about), else to nobody named.
 */
export function evidencePhrase(fx: Finder, sentStart: number, verbAt: number): Subject {
  let end = verbAt;
  while (end > sentStart && /[\s,—–-]/.test(fx.masked[end - 1])) end--;
  const start = sentStart + evidencePhraseOffset(fx.masked.slice(sentStart, end));
  const ms = fx.index.mentions;
  const head = start + (/^[^,—–(]*/.exec(fx.masked.slice(start, end))?.[0].length ?? 0);
  let owner: Mention | null = null;
  for (let i = mentionFrom(fx, start); i < ms.length && ms[i].end <= end; i++) {
    if (BY_BEFORE_RE.test(fx.masked.slice(Math.max(start, ms[i].start - 4), ms[i].start)))
      return spanning(fromMention(fx, ms[i]), start, end);
    if (!owner && ms[i].end <= head && typeOfMention(fx, ms[i]) === 'organization') owner = ms[i];
  }
  if (owner) return spanning(fromMention(fx, owner), start, end);
  return namelessSubject(start, end);
}

/**
 * Subjects of the frames of sentence sIdx with a cue before cs: the nearest that names somebody, and the nearest
 * of all (copies, as the caller's frame sets its own span).
 */
/**
 * Whether frame i is reported inside the content of an earlier frame of its sentence that names its speaker
 * ("Pompeo said that Washington had concluded …"): a participle after it ("…, saying he trusted …") goes on
 * from the outer one.
 */
export function withinEarlierRegion(fx: Finder, f: Frame, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const g = fx.frames[k];
    if (g.sentence !== f.sentence) continue;
    if (g.region && g.subject.speaker && g.region.start <= f.subject.start && f.cue.end <= g.region.end)
      return true;
  }
  return false;
}

/**
 * "When Maddow pointed out that …, Clinton seized upon the reference, repeating …": when the frame before a
 * participle opens a subordinate clause, the participle goes on from the main clause after it, whose subject opens
 * right after that frame's content; so when a clause joined by "but" (or by "and", after a frame that names nobody)
 * follows that frame ("Trump pivoted to talking about trade, but Wallace brought him back …, asking …"). Null when
 * no such frame or no person opens the main clause.
 */
export function mainClauseAfterSubordinateFrame(fx: Finder, sIdx: number, cs: number): Subject | null {
  let last: Frame | null = null;
  for (let i = fx.frames.length - 1; i >= 0; i--) {
    const f = fx.frames[i];
    if (f.sentence !== sIdx) continue;
    if (f.cue.start < cs && !withinEarlierRegion(fx, f, i)) {
      last = f;
      break;
    }
  }
  if (!last) return null;
  // A comma before the participle, or a comma inside the closing quotation mark ("…: “…,” referencing …").
  const before = lastNonSpaceCode(fx.masked, last.cue.end, cs);
  if (
    before !== 44 &&
    !(before === 34 && /,\s*["”]\s*$/.test(fx.body.slice(Math.max(last.cue.end, cs - 6), cs)))
  )
    return null;
  const at = last.subject.start;
  // "while most of his competitors called …": a quantity of the subject after the subordinator.
  const lead = fx.masked.slice(Math.max(0, at - 24), at).replace(QUANTITY_OF_END_RE, '');
  const subordinate =
    SUBORDINATOR_BEFORE_RE.test(lead) || SUBORDINATOR_OPENING_RE.test(fx.masked.slice(at, at + 10));
  if (!subordinate) return coordinatedMainClause(fx, last, cs);
  // The main clause opens with the last person named right after a comma and before a lower-case verb.
  const ms = fx.index.mentions;
  let main: Mention | null = null;
  for (let i = mentionFrom(fx, last.cue.end); i < ms.length && ms[i].start < cs; i++) {
    const m = ms[i];
    if (typeOfMention(fx, m) !== 'person') continue;
    // After a comma, or a comma inside closing quotation marks ("… as “Medicare for all,” Clinton seized"), and a
    // courtesy title the entity stage leaves out of the name ("…, Ms. Warren has been").
    if (!COMMA_BEFORE_NAME_RE.test(fx.body.slice(Math.max(last.cue.end, m.start - 9), m.start))) continue;
    if (/^\s+\p{Ll}/u.test(fx.masked.slice(m.end, m.end + 3))) main = m;
  }
  return main ? fromMention(fx, main) : null;
}

/** "most of ", "some of the ": a quantity of the phrase that follows, ending a slice. */
const QUANTITY_OF_END_RE =
  /(?:most|many|some|all|none|one|few|several|both|each|either|neither)\s+of\s+(?:the\s+)?$/;

/**
 * "…, but ", "… and ", then titles the entity stage may leave out of the name, right before a name; "the" too, before
 * a body's name ("…, and the American Civil Liberties Union has sued …").
 */
const JOINED_CLAUSE_BEFORE_NAME_RE =
  /(?:,\s*but|\sbut|\s(and))\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u;

/**
 * After the name, a lower-case word (the clause's verb, not "and", "or", "of", "who"); a body's "of <Place>" may
 * come first ("the American Civil Liberties Union of Ohio has sued", the entity stage ending the name at "Union").
 */
const VERB_AFTER_NAME_RE =
  /^(?:\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?\s+(?!and\s|or\s|of\s|who\s)\p{Ll}/u;

/**
 * "Trump pivoted to talking about trade, but Wallace brought him back to Romney's attacks, asking …", "prosecutors
 * charged the officer and Emanuel fired his police chief, acknowledging …": the last person who opens a clause
 * joined after frame `last` (before a lower-case verb) is the participle's subject; so is a body ("Protest groups say
 * the rules are for show, and the ACLU has sued the city, saying …": named44). "And" only after a frame that
 * names nobody: after a named speaker it more often joins what that speaker said ("Trump said Cruz lied and Rubio
 * cheated, adding …").
 */
function coordinatedMainClause(fx: Finder, last: Frame, cs: number): Subject | null {
  const ms = fx.index.mentions;
  let main: Mention | null = null;
  for (let i = mentionFrom(fx, last.cue.end); i < ms.length && ms[i].start < cs; i++) {
    const m = ms[i];
    const type = typeOfMention(fx, m);
    if (type !== 'person' && type !== 'organization') continue;
    const joined = JOINED_CLAUSE_BEFORE_NAME_RE.exec(
      fx.masked.slice(Math.max(last.cue.end, m.start - 40), m.start),
    );
    if (!joined || (joined[1] && last.subject.speaker)) continue;
    if (VERB_AFTER_NAME_RE.test(fx.masked.slice(m.end, m.end + 40))) main = m;
  }
  return main ? fromMention(fx, main) : null;
}

/** A comma (inside closing quotation marks or not), then perhaps a courtesy title, right before a name. */
const COMMA_BEFORE_NAME_RE = /,["”’']?\s*(?:(?:Mrs?|Ms|Dr)\.\s+)?$/;

/** Where the main clause of a sentence opening with a subordinate one ("Although …, ") starts; else its start. */
export function mainClauseStart(fx: Finder, sent: Span, before: number): number {
  if (!SUBORDINATE_OPENING_RE.test(fx.masked.slice(sent.start, sent.start + 12))) return sent.start;
  const comma = fx.masked.indexOf(',', sent.start);
  return comma > 0 && comma < before ? comma + 1 : sent.start;
}

/**
 * "said Thursday during taping of a MSNBC town hall in Buffalo, New York, that …": after a verb of saying or
 * telling, adverbials may run longer before the "that" (up to 16 words), as long as no clause begins among them
 * ("said on Monday he met Trump … and that …").
 */
export function thatAfterAdverbials(after: string, info: CueInfo | null): RegExpMatchArray | null {
  if ((info?.base !== 'say' && info?.base !== 'tell') || !ADVERBIAL_AFTER_VERB_RE.test(after)) return null;
  const that = after.match(/^(?:,?\s+[^\s,.;:"~]+){11,16}?,?\s+that(?:\s*,\s*|\s+|(?="))/);
  return that && !LONG_RUN_CLAUSE_RE.test(that[0]) ? that : null;
}

/**
 * Whether [from, to) is titles ending in a title noun and then a person's name: "former State policy planning
 * director Anne-Marie Slaughter" (its "planning" is a title's word, not a cue).
 */
export function titledNameEndsAt(fx: Finder, from: number, to: number): boolean {
  let end = to;
  while (end > from && isSpace(fx.masked[end - 1])) end--;
  const name = fx.index.byEnd.get(end);
  if (!name || name.start <= from || typeOfMention(fx, name) !== 'person') return false;
  const titles = fx.masked.slice(from, name.start);
  return !/[,;:"~]/.test(titles) && TITLE_NOUN_END_RE.test(titles);
}

/**
 * "…, the Journal reported on Friday, citing officials": the outlet whose tag (kept as a channel, see addFrame) ends
 * right before the participle does the citing, not the subject the sentence opens with.
 */
export function channelTagBefore(fx: Finder, sIdx: number, cs: number): Subject | null {
  for (const c of fx.channelFrames) {
    if (c.sentence !== sIdx || c.cue.end > cs) continue;
    const between = fx.masked.slice(c.cue.end, cs);
    const tagEnd = TAG_ENDS_AT_COMMA_RE.exec(between);
    if (tagEnd && between.slice(tagEnd[0].length).trim() === '')
      return spanning(c.subject, c.subject.start, c.subject.end);
  }
  return null;
}

/**
 * "Vance cannot say that “…,” Bell added, saying …": a participle right after the tag of a quotation closed on its
 * comma goes on from the tag's speaker. That tag reports the sentence so far, an earlier frame's region included,
 * so frameSubjectsBefore, which skips frames inside such a region, would hand the participle the subject before it.
 */
export function quotationTagBefore(fx: Finder, sIdx: number, cs: number): Subject | null {
  for (let i = fx.frames.length - 1; i >= 0; i--) {
    const f = fx.frames[i];
    if (f.sentence !== sIdx || f.cue.end > cs || !f.subject.speaker) continue;
    const between = fx.masked.slice(f.cue.end, cs);
    const tagEnd = TAG_ENDS_AT_COMMA_RE.exec(between);
    if (!tagEnd || between.slice(tagEnd[0].length).trim() !== '') continue;
    if (COMMA_QUOTATION_END_RE.test(fx.body.slice(Math.max(0, f.subject.start - 4), f.subject.start)))
      return spanning(f.subject, f.subject.start, f.subject.end);
  }
  return null;
}

/** Whether [cs, ce) lies inside the subject phrase of a frame of sentence sIdx found before. */
export function insideFrameSubject(fx: Finder, sIdx: number, cs: number, ce: number): boolean {
  for (let i = fx.frames.length - 1; i >= 0; i--) {
    const f = fx.frames[i];
    if (f.sentence === sIdx && f.subject.start < cs && ce <= f.subject.end) return true;
  }
  return false;
}

// The frames of one sentence need not sit together at the list's end: the learned cues (and the closing-quote,
// colon and "asked" passes) are read after every listed cue of the text, so a learned participle ("…,” she said,
// blaming …") finds later sentences' frames after its own sentence's. The loops here skip other sentences' frames
// instead of stopping at the first one (arguing41).
export function frameSubjectsBefore(fx: Finder, sIdx: number, cs: number): [Subject | null, Subject | null] {
  let nearest: Subject | null = null;
  for (let i = fx.frames.length - 1; i >= 0; i--) {
    const f = fx.frames[i];
    if (f.sentence !== sIdx) continue;
    if (f.cue.start >= cs) continue;
    if (withinEarlierRegion(fx, f, i)) continue;
    nearest ??= spanning(f.subject, f.subject.start, f.subject.end);
    if (f.subject.speaker || f.subject.entity)
      return [spanning(f.subject, f.subject.start, f.subject.end), nearest];
  }
  return [null, nearest];
}

/**
 * "The birth of the newest Clinton is expected to coincide with …": a passive "expected to" right after its
 * subject tells what is foreseen, the subject part of it, as PolNeAR marks it (the content in two pieces around the
 * cue), and nobody named foresees it. Not for a person ("The Italian leader is expected to raise the issue"), who
 * is read as its source (who-said-what lists none of it: listed-thoughts.ts, isExpectedOf).
 */
export function expectedOf(
  fx: Finder,
  subject: Subject,
  cs: number,
  word: string,
  afterCue: string,
  sentStart: number,
): boolean {
  return (
    word === 'expected' &&
    /^\s+to\s/.test(afterCue) &&
    !reportsAfterTo(afterCue) &&
    subject.end > subject.start &&
    VIEWED_BE_RE.test(fx.masked.slice(subject.end, cs)) &&
    (!subject.speaker || nameAfterPreposition(fx, sentStart, subject))
  );
}

/**
 * "The birth of the newest Clinton", "rivals beyond Mr. Bush": a name after a preposition in the phrase that opens
 * the clause only says whose or which; the phrase's own noun is the subject.
 */
function nameAfterPreposition(fx: Finder, sentStart: number, subject: Subject): boolean {
  const start = phraseOpening(fx, sentStart, subject.start);
  return start < subject.start && NAME_OWNER_PREPOSITION_RE.test(fx.masked.slice(start, subject.start));
}

/**
 * Passive participles that tell how the subject is seen, named or charged ("Pigs are considered unclean", "Manafort is
 * not known as a debate prep expert", "Three city commissioners were charged with receiving bribes"): PolNeAR marks
 * the subject as part of what is said, in pieces around the cue. Not "asked" or "told" (the subject is whom the words
 * were put to) nor "named"/"appointed" (see APPOINTED_PASSIVE_RE).
 */
const VIEWED_PASSIVE_RE =
  /^(?:seen|considered|known|shown|declared|deemed|viewed|regarded|perceived|thought|believed|described|labell?ed|dubbed|billed|touted|projected|predicted|rumou?red|recognized|recognised|listed|meant|intended|attributed|charged|accused|criticized|criticised|challenged)(?:\s+(?:as|to|for|with|of))?$/i;

/** A form of "be" before a passive view, with a negation or adverbs: "is", "was widely", "is not", "has long been". */
export const VIEWED_BE_RE =
  /^\s+(?:(?:has|have|had)(?:\s+\p{Ll}+ly|\s+long|\s+not|\s+also)?\s+been|was|were|is|are|(?:will|would|could|may|might|can)(?:\s+not)?\s+be)(?:\s+(?:not|also|still|now|once|often|long|\p{Ll}+ly)){0,2}\s+$/u;

/** A preposition before a name inside a noun phrase, with up to three words between ("of the newest", "beyond"). */
const NAME_OWNER_PREPOSITION_RE =
  /\s(?:of|beyond|for|from|among|between|within|under|over|about)\s+(?:\S+\s+){0,3}$/;

/** A form of "be" (with adverbs) or nothing but a form of "be" between a subject and "reportedly". */
const BE_BEFORE_ADVERB_RE =
  /^\s+(?:(?:is|are|was|were|has|have|had|will|would|can|could)\s+)?(?:\p{Ll}+ly\s+)?$/u;

/**
 * "The Club for Growth is reportedly spending …", "Pigs are considered unclean by Muslims": a passive view or a
 * reporting adverb right after its subject tells something of the subject, which is part of the content.
 */
export function subjectInContent(fx: Finder, subject: Subject, cs: number, word: string): boolean {
  // The cue word settles most frames: asked first, as it is short and every frame passes here.
  const reported = REPORTED_ADVERB_RE.test(word);
  if (!reported && !VIEWED_PASSIVE_RE.test(word)) return false;
  if (subject.end <= subject.start || subject.end > cs) return false;
  // "the endorsement of Sheriff Joe Arpaio who is known for …": a relative clause inside another frame's content
  // would then repeat it (see withoutRepeats), and lose its own statement.
  if (
    RELATIVE_AT_RE.test(fx.masked.slice(subject.start, subject.end + 1)) &&
    fx.frames.some((f) => f.region && f.region.start <= subject.start && cs < f.region.end)
  )
    return false;
  const between = fx.masked.slice(subject.end, cs);
  return reported ? BE_BEFORE_ADVERB_RE.test(between) : VIEWED_BE_RE.test(between);
}

/**
 * Where the noun phrase holding a name opens: "The birth of the newest Clinton", "rivals beyond Mr. Bush" (after
 * "In the coming weeks, "). The clause's start, after the last comma or joining word, within eight words and no
 * verb ("they say they support the changes lawmakers are expected to consider" opens at "lawmakers").
 */
export function phraseOpening(fx: Finder, sentStart: number, at: number): number {
  if (RELATIVE_AT_RE.test(fx.masked.slice(at, at + 6))) return at;
  const head = fx.masked.slice(sentStart, at);
  let from = 0;
  for (const m of head.matchAll(PHRASE_BOUNDARY_RE)) from = (m.index ?? 0) + m[0].length;
  const opening = nounPhraseFrom(head, from);
  if (opening !== null) return sentStart + opening + head.slice(opening).match(/^[\s"~]*/)![0].length;
  const lead = head.slice(from).match(/^[\s"~]*/)![0].length;
  const phrase = head.slice(from);
  return wordCount(phrase, 9) <= 8 && !hasVerb(phrase) && !CLAUSE_IN_PHRASE_RE.test(phrase)
    ? sentStart + from + lead
    : at;
}

/**
 * "The tensions between supporters and protesters lately", "explanations for her use of a server as secretary of
 * state": where the words back to the last mark (or the sentence's start) join a noun phrase by "and", "or" or "as"
 * alone, with no verb, the phrase opens there (twelve words at most). Null where it does not.
 */
function nounPhraseFrom(head: string, from: number): number | null {
  if (from === 0 || !/(?:and|or|as)\s$/.test(head.slice(0, from))) return null;
  let mark = 0;
  for (const m of head.matchAll(PHRASE_MARK_RE)) mark = (m.index ?? 0) + m[0].length;
  const phrase = head.slice(mark);
  // (", and the final shuttering …", "As easy as it may seem": a joining word after the mark opens a clause.)
  if (/^[\s"~]*(?:and|or|as)\s/i.test(phrase)) return null;
  if (mark >= from || wordCount(phrase, 13) > 12 || hasVerb(phrase) || CLAUSE_IN_PHRASE_RE.test(phrase))
    return null;
  const joins = phrase.match(PHRASE_JOINS_RE) ?? [];
  return joins.every((j) => /^(?:and|or|as)\s$/i.test(j)) ? mark : null;
}

/** The subject's noun phrase (see phraseOpening), never back over the cue of a frame found before it. */
export function phraseBefore(fx: Finder, sentStart: number, at: number, cs: number): number {
  const start = phraseOpening(fx, sentStart, at);
  return fx.frames.some((f) => f.cue.start >= start && f.cue.start < cs) ? at : start;
}

const QUOTE_THEN_NAME_RE = /"\s*,?\s*(?:[\p{Lu}][\p{L}.’'-]*\s+){1,4}$/u;
/**
 * A closing quotation mark, then "he", "she" or "the" and one lower-case word: "…,” he ", "…,” the two ". (Not "they":
 * a plural pronoun after a quotation is as often a newspaper's writers as the group named last.)
 */
const QUOTE_THEN_PHRASE_RE = /"\s*,?\s*(?:he|she|the\s+\p{Ll}+)\s+$/u;

/** Cue words with a sense of doing, told by the words after them (and, for "estimated", an article before it). */
const ADDED_NUMBER = { after: /^\s+[\d$]/ };

const SNAPPED_OBJECT = { after: /^\s+(?:a|an|the|his|her|their|its)\s/i };

const FELT_EFFECT = { after: /^\s+the\s+(?:pinch|pain|heat|effects?|impact|brunt|squeeze)\b/i };

const MEANT_AMOUNT = { after: /^\s+(?:much|little|anything|nothing|a\s+lot)\b/i };

const PRESSED_CHARGES = { after: /^\s+(?:criminal\s+)?charges\b/i };

const BLOCKED_SHOT = {
  after:
    /^\s+(?:a|an|the|his|her|their|two|three|\d+)\s+(?:\w+\s+)?(?:shots?|kicks?|punts?|passes|pass|field\s+goals?)\b/i,
};

/**
 * "The delegate lead for Clinton continues to grow", "Trump continues to dominate the GOP field": going on with a
 * lead, a rise or a campaign is no stance (PolNeAR train: 20 such frames, none marked). Verbs of saying or of a
 * view after "to" ("continued to insist", "to question", "to portray") keep the frame, and so do the ones PolNeAR
 * marks as often as not ("continues to be", "to rise", "to face").
 */
const CONTINUED_DOING = {
  after:
    /^\s+to\s+(?:grow|trail|fly|occupy|hover|run|dominate|build|lead|pick|stay|renew|maintain|win|climb|shrink|widen|expand)\b/,
};

/** "Boston went on to win Game 7", "who went on to easily defeat": a later deed, not "went on to say". */
const WENT_ON_DOING = {
  after:
    /^\s+to\s+(?:\p{Ll}+ly\s+)?(?:win|lose|serve|work|become|defeat|beat|finish|earn|marry|star|play|graduate)\b/u,
};

/**
 * "the nearly 120,000 who showed up in 2008", "he is showing up on television": turning up is no showing of a view
 * (not "polls show up to 40 percent …").
 */
const SHOWED_UP = { after: /^\s+up\b(?!\s+to\s+(?:\d|\$|a\s|an\s|half|one|two|three|four|five|ten))/ };

/**
 * "14 percent of the Latino vote compared to Clinton’s 76 percent", "tame compared with the battle on the Republican
 * side": "compared" right before "to" or "with" weighs two things, where "compared Trump to …" names a view.
 */
const COMPARED_WITH = { after: /^\s+(?:to|with)\s/ };

/**
 * "Rubio still maintains an overwhelming lead", "Mrs. Schlafly maintained an energetic pace": keeping a thing is no
 * claim ("has maintained that …", "maintained his innocence", "maintains the position that …" keep the frame).
 */
const MAINTAINED_THING = {
  after: /^\s+(?:a|an|this|the(?!\s+(?:position|view|belief|claim|stance|line|argument)\b))\s/,
};

const DOING_SENSES = new Map<string, { after: RegExp; before?: RegExp }>([
  ['compared', COMPARED_WITH],
  ['maintain', MAINTAINED_THING],
  ['maintains', MAINTAINED_THING],
  ['maintained', MAINTAINED_THING],
  ['maintaining', MAINTAINED_THING],
  ['continue', CONTINUED_DOING],
  ['continues', CONTINUED_DOING],
  ['continued', CONTINUED_DOING],
  ['continuing', CONTINUED_DOING],
  ['went on', WENT_ON_DOING],
  ['goes on', WENT_ON_DOING],
  ['show', SHOWED_UP],
  ['shows', SHOWED_UP],
  ['showed', SHOWED_UP],
  ['showing', SHOWED_UP],
  ['shown', SHOWED_UP],
  // "a rate not seen since the 1960s", "the worst recession the world had seen since the 1930s": a comparison.
  ['seen', { after: /^\s+since\b/ }],
  // "Given the expected international fallout": after an article "expected" describes the noun after it.
  ['expected', { after: /^\s/, before: /(?:^|\s)(?:the|an?)\s+$/i }],
  ['pressed', PRESSED_CHARGES],
  ['press', PRESSED_CHARGES],
  ['pressing', PRESSED_CHARGES],
  ['blocked', BLOCKED_SHOT],
  ['blocks', BLOCKED_SHOT],
  ['added', ADDED_NUMBER],
  ['adds', ADDED_NUMBER],
  ['add', ADDED_NUMBER],
  ['snapped', SNAPPED_OBJECT],
  ['snaps', SNAPPED_OBJECT],
  ['estimated', { after: /^\s+[\d$]/, before: /\ban\s+$/i }],
  ['feel', FELT_EFFECT],
  ['feels', FELT_EFFECT],
  ['felt', FELT_EFFECT],
  ['mean', MEANT_AMOUNT],
  ['means', MEANT_AMOUNT],
  ['meant', MEANT_AMOUNT],
]);

/** The forms of "show" that records, data and polls take: "records show", "the data showed". */
const SHOW_FORMS = new Set(['show', 'shows', 'showed']);

/** Records after a comma, before "show": "…, F.A.A. records", "…, new fundraising reports". */
const RECORDS_AFTER_COMMA_RE =
  /,\s+(?:[\p{L}.’'-]+\s+){0,3}(?:records|data|documents|filings|reports|figures|results|numbers|statistics|polls|surveys|tallies|e-?mails)\s+$/u;

const SEEN_FORMS = new Set(['saw', 'witnessed']);

/** Witnesses after a comma, before "saw": "…, Reuters reporters", "…, a Reuters witness", "…, AFP journalists". */
const WITNESSES_AFTER_COMMA_RE =
  /,\s+(?:[\p{L}.’'-]+\s+){0,3}(?:reporters?|journalists?|correspondents?|witness(?:es)?|photographers?|cameram[ae]n)\s+$/u;

/** A subject pronoun closing a phrase: "the people you", "whenever you", "The first thing they", "that you’ll". */
const PRONOUN_CLOSING_RE = /\s(?:you|they|we)(?:['’](?:ll|re|ve|d))?$/i;

/** What may stand right before a pronoun that is the phrase's own subject: a question's verb, "of", "that". */
const PRONOUN_OWN_BEFORE_RE =
  /^(?:are|is|was|were|have|has|had|do|does|did|would|will|can|could|should)$|(?:^|\s)(?:of|that)$/i;

/**
 * "the people you want to reach", "It’s a very enjoyable title to leaf through whenever you want to remember …",
 * "that will help you feel full": a longer phrase closed by a subject pronoun holds it in a clause of its own (a
 * relative, a condition, an object of "help"), so the phrase is nobody who speaks and the words after the verb are
 * no statement. Not "Do you know …", "Many of you questioned …" or "it's clear that you don't think …", where the
 * pronoun is who holds the view.
 */
export function endsInEmbeddedPronoun(phrase: string): boolean {
  // The pattern's match is at most eight characters (" they’ll"): only the phrase's end is searched.
  const tailFrom = Math.max(0, phrase.length - 8);
  const m = PRONOUN_CLOSING_RE.exec(phrase.slice(tailFrom));
  if (!m) return false;
  const before = phrase.slice(0, tailFrom + m.index).trimEnd();
  return before.length > 0 && !PRONOUN_OWN_BEFORE_RE.test(before);
}
