// Subjects given by a phrase: before a dash aside, before an aside, opening a clause.

import type { Span } from '../../../model/index.js';
import { isSpeakingHead } from '../described.js';
import { cueExact } from '../lexicon.js';
import { isSpace, lastNonSpaceCode, splitAtSpaces, wordCount } from '../text.js';
import { appositiveSubject } from './clause-subjects.js';
import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import {
  CAP_STOP,
  FINITE,
  OPENING_ADJUNCT_RE,
  OPENING_PARTICIPLE_CLAUSE_RE,
  RELATIVE_WORD,
} from './patterns.js';
import { mentionWithin, personWithin, subjectEndingAt } from './subject-search.js';
import { namelessSubject, type Subject, spanning } from './types.js';

/**
 * The phrase from the start of the sentence to the verb, when it reads as one noun phrase: opened by a
 * determiner or a capital, at most 12 words, with no punctuation, quotation, finite verb or other cue inside.
 */
/** "Jason Sims — a teacher from Mount Pleasant — says …": the subject stands before a dash-bracketed aside. */
export function subjectBeforeDashAside(
  fx: Finder,
  sent: Span,
  subjEndX: number,
  sIdx: number,
): [Subject, number] | null {
  const last = lastNonSpaceCode(fx.masked, sent.start, subjEndX);
  let close = subjEndX;
  while (close > sent.start && isSpace(fx.masked[close - 1])) close--;
  let open: number;
  // The width of the dash: "--" stands for one too ("John Dickey, … -- the company behind … -- told").
  let width = 1;
  // Em and en dashes, and the horizontal bar some sites set asides with ("Two former aides ― both … ― have said").
  if (last === 0x2014 || last === 0x2013 || last === 0x2015)
    open = fx.masked.lastIndexOf(fx.masked[close - 1], close - 2);
  else if (last === 0x2d && close - 2 > sent.start && isSpace(fx.masked[close - 2])) {
    // "Donald Trump - who previously said … - said": a hyphen set off by spaces stands for a dash.
    const at = fx.masked.lastIndexOf(' - ', close - 3);
    open = at < 0 ? -1 : at + 1;
  } else if (last === 0x2d && close - 3 > sent.start && fx.masked.startsWith(' --', close - 3)) {
    const at = fx.masked.lastIndexOf(' -- ', close - 4);
    open = at < 0 ? -1 : at + 1;
    width = 2;
  } else return null;
  const aside = open > sent.start ? fx.masked.slice(open + width, close - width) : '';
  // A relative clause may quote what it tells of ("- who previously said he would "bomb …" oil fields -").
  const quotes = /^\s*who\s/.test(aside) ? /[;:]/ : /["~;:]/;
  if (!aside || quotes.test(aside) || wordCount(aside, 21) > 20) return null;
  let x = open;
  while (x > sent.start && isSpace(fx.masked[x - 1])) x--;
  const subject = subjectEndingAt(fx, x, sent.start, sIdx, false) ?? openingPhrase(fx, sent.start, x);
  if (!subject) return null;
  // "A former Republican presidential candidate -- John McCain, who lost … -- said": an aside that opens with a
  // person's name names the person the phrase describes.
  let at = open + width;
  while (at < close && isSpace(fx.masked[at])) at++;
  const named = subject.entity === null ? fx.index.byStart.get(at) : undefined;
  if (named && typeOfMention(fx, named) === 'person')
    return [spanning(fromMention(fx, named), subject.start, subject.end), x];
  // "Neil Sroka, communications director of … Democracy for America, or DFA - which … - said": the body closing
  // an apposition is where the person opening the clause works; the person speaks.
  if (subject.kind === 'organization') {
    const opening = appositiveSubject(fx, sent.start, x);
    if (opening?.kind === 'person') return [opening, x];
  }
  return [subject, x];
}

/**
 * "…, officials in the city said.", "…, the U.S. Attorney’s Office for the Western District of New York said.": the
 * phrase between the clause's comma (or the sentence's start) and the verb, when its head (what the subject search
 * finds before the first preposition) is followed by a prepositional phrase that only says where or whose. The whole
 * phrase is the subject's span; its head says who.
 */
export function headBeforePreposition(fx: Finder, sent: Span, x: number, sIdx: number): Subject | null {
  // The comma looked for within the sentence only: a search of the whole text back from x may run far.
  const from = sent.start + fx.masked.slice(sent.start, x).lastIndexOf(',') + 1;
  const phrase = fx.masked.slice(from, x);
  // Cheap tests first: most phrases hold no such preposition, or are too long to be a subject.
  if (!/\s(?:in|at|for|from|on)\s/.test(phrase) || wordCount(phrase, 15) > 14) return null;
  if (/["~;:()]/.test(phrase) || CLAUSE_WORD_RE.test(phrase)) return null;
  const pp = HEAD_THEN_PREPOSITION_RE.exec(phrase);
  // "Supporters of Republican Donald Trump for president": a head with "of" in it names a group by another; "a
  // spokesman for the Jupiter Police Department" voices the body, which the subject search gives.
  if (!pp || /\sof\s/.test(pp[1]) || VOICE_HEAD_RE.test(pp[1])) return null;
  const head = subjectEndingAt(fx, from + pp[1].length, from, sIdx, false);
  // The head must be the whole phrase before the preposition: not a name inside it ("Supporters of … Donald Trump").
  // A phrase no search names is a head only when its last word is one for those who speak ("Some delegates at the
  // convention in Philadelphia said"): the whole phrase then describes them.
  if (
    !head ||
    (head.kind === 'unknown' && !isSpeakingHead(lastWordOf(pp[1]))) ||
    !/^\s*$/.test(fx.masked.slice(from, head.start))
  )
    return null;
  return spanning(head, head.start, x);
}

const VOICE_HEAD_RE = /(?:spokes\p{L}+|lawyers?|attorneys?|representatives?)$/iu;

/** The last word of a phrase, lowercase: "delegates" of "Some delegates". */
const lastWordOf = (phrase: string): string => splitAtSpaces(phrase.trim()).at(-1)?.toLowerCase() ?? '';

/** A word of a clause, not of a noun phrase: "both Democrats … will be targets for", "The Democrat told … that". */
const CLAUSE_WORD_RE =
  /\b(?:is|are|was|were|be|been|being|will|would|has|have|had|can|could|should|may|might|must|do|does|did|that|who|which|whose|told|said|says|known|\p{Ll}+ed)\b/u;

/**
 * A head of up to six words, then the first "in", "at", "for", "from" or "on" and what follows it; not "of", which
 * mostly goes on in a name ("Department of Education", "Court of Appeals").
 */
const HEAD_THEN_PREPOSITION_RE = /^(\s*(?:\S+\s+){0,5}?\S+)\s+(?:in|at|for|from|on)\s+[^,]+$/;

/** Whether a quotation opens at `at` with a capital letter: a sentence of its own, not the rest of one. */
export function opensQuotedSentence(fx: Finder, at: number): boolean {
  if (fx.masked[at] !== '"') return false;
  const first = /\p{L}/u.exec(fx.body.slice(at + 1, at + 8));
  return first !== null && /\p{Lu}/u.test(first[0]);
}

/**
 * "…, the news site RTL Info reported.", "…, ministry spokesman Benali Cherif Abdelaziz said Thursday.": the subject
 * search settles on the name, and the words between the comma and it describe that same speaker; what stands
 * before the comma (returned) is what was said, as it is when the name follows the comma directly. Only for a
 * description (or a subject phrase) that ends (begins) in a title or a word for a person or an outlet: "a word
 * Trump then repeated" is the verb's object, not its speaker.
 */
export function describedNameAfterComma(fx: Finder, pre: string, subject: Subject): string {
  // The last comma's tail alone is matched: a pattern run over the whole opening of the sentence costs more.
  const comma = pre.lastIndexOf(',');
  if (comma < 0 || pre.length - comma > 90 || pre.includes('"')) return pre;
  const described = DESCRIBED_NAME_AFTER_COMMA_RE.exec(pre.slice(comma));
  if (!described) return pre;
  const words = splitAtSpaces(described[1].trim());
  if (words.some((w) => NOT_A_DESCRIPTOR_WORD.test(w))) return pre;
  const opening = /^\S*/.exec(fx.masked.slice(subject.start, subject.end))![0];
  if (!DESCRIPTOR_LAST_WORD.test(words[words.length - 1]) && !DESCRIPTOR_ROLE_WORD.test(opening)) return pre;
  return pre.slice(0, comma + 1);
}

/**
 * The phrase that opens a sentence (after an opening adverbial, if any) when an aside set off by commas stands
 * between it and the verb at \`verbAt\`: up to its first comma, no name needed, no adverbial of its own
 * ("In 2015, Trump said" has none).
 */
export function phraseBeforeAside(fx: Finder, sent: Span, verbAt: number): Subject | null {
  let from = sent.start;
  const adjunct = OPENING_ADJUNCT_RE.exec(fx.masked.slice(from, verbAt));
  if (adjunct) from += adjunct[0].length;
  const comma = fx.masked.indexOf(',', from);
  if (comma < 0 || comma >= verbAt - 1) return null;
  const aside = fx.masked.slice(comma + 1, verbAt);
  if (/["~;:()]/.test(aside) || wordCount(aside, 31) > 30) return null;
  if (OPENING_ADJUNCT_RE.test(fx.masked.slice(from, comma + 1))) return null;
  if (CLAUSE_OPENER_RE.test(fx.masked.slice(from, comma))) return null;
  // "Appearing before cheering supporters at NLD headquarters, Suu Kyi, 70, said": a participle's clause tells
  // what the speaker was doing; it names no one.
  if (OPENING_PARTICIPLE_CLAUSE_RE.test(fx.masked.slice(from, comma))) return null;
  return openingPhrase(fx, from, comma, from > sent.start, true);
}

export function openingPhrase(
  fx: Finder,
  from: number,
  to: number,
  afterAdjunct = false,
  quantified = false,
): Subject | null {
  let s = from;
  while (s < to && isSpace(fx.masked[s])) s++;
  // "And Iowa biofuels advocates say", "But protest organizers say": the conjunction is no part of the phrase.
  const conjunction = OPENING_CONJUNCTION_RE.exec(fx.masked.slice(s, Math.min(to, s + 8)));
  if (conjunction) {
    s += conjunction[0].length;
    afterAdjunct = true;
  }
  // "Even Democratic presidential candidates noticed …": the adverb stresses the phrase, which is no part of it.
  const even = fx.masked.startsWith('Even ', s);
  if (even) {
    s += 5;
    afterAdjunct = true;
  }
  let e = to;
  while (e > s && isSpace(fx.masked[e - 1])) e--;
  const text = fx.masked.slice(s, e);
  // A name after "Even" is the name searches' to read ("Even right-leaning journalist Byron York took a moment").
  if (even && personWithin(fx, s, e)) return null;
  // After an opening adverbial the phrase is no longer capitalised: "In 2015, the agency said".
  const opening = afterAdjunct ? /^(?:the|a|an|\p{Lu})/iu : /^(?:The|A|An|\p{Lu})/u;
  if (!opening.test(text) || /[,;:"~()—–!?]/.test(text)) return null;
  // Words as written: "U.S. Attorney's" is two, not four letter runs.
  const words = splitAtSpaces(text);
  if (words.length > 12 || words.length < 2) return null;
  for (let i = 1; i < words.length; i++) if (FINITE.test(words[i]) || cueExact(words[i])) return null;
  // "Some advocates for stem cell research", "All three candidates": a quantity opens a phrase of people.
  const first = words[0].toLowerCase();
  // "Other defenders pointed to …", "Another liberal group said": the rest of a set already spoken of.
  const other = OTHER_OPENING.has(first);
  if (CAP_STOP.has(first) && first !== 'the' && !other && !(quantified && OPENING_QUANTIFIER.has(first)))
    return null;
  // "Trump University released a video that said": a clause of its own, whose verb the check above cannot see.
  if (
    (afterAdjunct || other || OPENING_QUANTIFIER.has(first)) &&
    words.some((w) => RELATIVE_WORD.test(w) || w.startsWith('-'))
  )
    return null;
  return namelessSubject(s, e);
}

/**
 * "people who have battled other online threats say", "The state officials whose laws have been invalidated say":
 * a common noun and the relative clause that tells who they are, opening a clause before a verb of speech. The
 * speaker stays unnamed: a clause that names someone ("executives who have worked with Lachlan Murdoch") is left to
 * the other searches, as the benchmark's speaker figure counts an unnamed speaker there as wrong; so is a phrase
 * after a comma that closes its sentence ("…, sources who reviewed them told POLITICO."): what comes before may be
 * a stance of its own, already framed.
 */
export function relativeClauseSubject(fx: Finder, sent: Span, verbAt: number, ce: number): Subject | null {
  const from = Math.max(sent.start, verbAt - 140);
  const tail = fx.masked.slice(from, verbAt);
  if (!tail.includes(' who')) return null;
  const m = RELATIVE_CLAUSE_SUBJECT_RE.exec(tail);
  if (!m || (m.index === 0 && from > sent.start && m[0] === m[1])) return null;
  if (m[0].startsWith(',') && wordCount(fx.masked.slice(ce, sent.end), 4) < 4) return null;
  if (mentionWithin(fx, verbAt - m[1].length, verbAt)) return null;
  return { start: verbAt - m[1].length, end: verbAt, speaker: null, entity: null, kind: 'anonymous' };
}

/** A comma, then up to six words describing the name that follows ("the news site ", "ministry spokesman "). */
const DESCRIBED_NAME_AFTER_COMMA_RE = /^,\s+((?:[\p{L}\p{N}’'.&-]+\s+){1,6})$/u;

/** The last word of such a description: a title or name, or a word for a person, body or outlet. */
const DESCRIPTOR_LAST_WORD =
  /^(?:\p{Lu}[\p{L}.&-]*|[\p{Ll}-]*(?:man|woman|men|women|person|people|er|ers|or|ors|ist|ists|ant|ants|ent|ents|site|agency|paper|outlet|network|official|officials|aide|aides|chief|head|leader|leaders|member|members|source|sources|expert|experts|president|secretary|minister|senator|governor|candidate|nominee|host|anchor|editor|editors|CEO|ceo))$/u;

/** A lowercase word for a person or an outlet opening the subject phrase ("spokesman Benali Cherif Abdelaziz"). */
const DESCRIPTOR_ROLE_WORD =
  /^(?=\p{Ll})[\p{Ll}-]*(?:man|woman|person|er|or|ist|ant|ent|site|agency|paper|official|aide|chief|head|leader|member|source|expert|president|secretary|minister|senator|governor|candidate|nominee|host|anchor|editor)$/u;

/** Words that make the stretch after a comma a clause or an adjunct rather than a description of a name. */
const NOT_A_DESCRIPTOR_WORD =
  /^(?:that|who|whom|which|whose|where|when|while|as|and|but|or|nor|if|because|since|before|after|until|than|then|so|is|was|are|were|be|been|being|has|have|had|do|does|did|will|would|can|could|should|may|might|must|to|in|on|at|by|with|from|about|into|not|also|even|just|only|says?|said|told|according|unlike|like|despite|though|although|including|i|we|you|he|she|they|it)$/i;

/** A conjunction opening a sentence, before its subject: "And …", "But …". */
const OPENING_CONJUNCTION_RE = /^(?:And|But|Yet|So)\s+/;

/** A preposition or conjunction opening what would be the subject phrase ("Among likely voters, …"). */
const CLAUSE_OPENER_RE =
  /^\s*(?:in|on|at|among|amid|for|after|before|during|since|by|under|with|without|from|over|through|despite|unlike|like|as|while|when|if|although|though|because|according|once|until|unless|whether|where|even)\b/i;

/**
 * A common noun phrase and its "who"/"whose" clause opening a clause (see relativeClauseSubject); the noun may open
 * its sentence capitalised ("People who were at the meeting say", "Officials who …").
 */
const RELATIVE_CLAUSE_SUBJECT_RE =
  /(?:^|,\s+|(?:^|\s)(?:while|though|although|because|but|and|While|Though|Although|Because|But|And)\s+)((?:(?:(?:the|a|an|The|A|An|many|some|Many|Some)\s+)?(?:[\p{Ll}’'-]+\s+){0,2}[\p{Ll}’'-]+|(?!(?:But|And|Yet|So|While|Though|Although|Because)\s)\p{Lu}\p{Ll}+(?:\s+[\p{Ll}’'-]+){0,2})\s+(?:who|whose)\s+[^,;:"~()—–]{3,90}?)\s*$/u;

const OPENING_QUANTIFIER = new Set(['some', 'many', 'most', 'all', 'both', 'each', 'several']);

const OTHER_OPENING = new Set(['other', 'another']);
