// Criticism a clause's subject draws or faces: "The proposal has drawn harsh criticism from fellow hopefuls", "He has
// faced criticism even from within his own party for comments …", "Kelly came under fire from Trump over …". It is
// the active form of "was criticized by": PolNeAR marks the critics after "from" as the source (none when no "from"
// follows), and what is criticized, the subject and the reason after "for" or "over", as the content. The cue pass
// reads none of these: no word of the phrase is listed, and the learned detector, when it fires at all, fires on
// "has" or "is" and gives the subject as the source ("The proposal" said "drawn harsh criticism …"). (PolNeAR train /
// dev: the phrase with no frame 13 / 4, marked 10 / 4; see bench/quotes/RESULTS.md, recall59.)

import { isSpace, wordCount } from '../text.js';
import { subjectStartingAt } from './clause-subjects.js';
import type { Finder } from './finder.js';
import { unnamedAgent } from './late-agents.js';
import { openingAdverbialEnd } from './pronouns.js';
import { type Frame, namelessSubject, plainFrame, type Subject } from './types.js';

/**
 * "has drawn criticism", "drew sharp criticism", "is facing withering criticism", "came under heavy fire": a finite
 * verb (or "be"/"have" and its participle) of drawing or facing, an adjective perhaps, and a noun of criticism.
 * ("fire" and "attack" are criticism only before a reason: see FIRE_REASON_RE.)
 */
// (Not "came under scrutiny": a look into something, not blame of it.)
const DRAWN_CRITICISM_RE =
  /\b(?:(?:has|have|had|is|are|was|were)\s+)?(?:(?:also|already|quickly|often|initially|repeatedly|recently|since|now|long|increasingly|immediately)\s+)?(?:(drawn|drew|draws|drawing|faced|faces|facing|received|receives|receiving)\s+(?:(?:harsh|sharp|heavy|strong|fierce|withering|intense|widespread|bipartisan|immediate|swift|growing|much|broad|considerable|renewed|stiff|severe|scathing|public|online|continued|serious|mounting)\s+)?(?:criticism|ridicule|scorn|backlash|condemnation|derision)|(came|comes|come|coming)\s+under\s+(?:(?:harsh|sharp|heavy|strong|fierce|withering|intense|widespread|bipartisan|immediate|swift|growing|renewed|severe|public)\s+)?(criticism|fire|attack))\b/g;

/**
 * A cue this pass framed, whole: what is criticized is no statement of the critics, so who-said-what does not list it
 * (the benchmark still scores it through findAttributions).
 */
const DRAWN_CRITICISM_CUE_RE = new RegExp(`^(?:${DRAWN_CRITICISM_RE.source})$`);

/** True for an attribution at a cue of drawn or faced criticism ("has drawn criticism", "came under fire"). */
export const isDrawnCriticism = (cue: string): boolean => DRAWN_CRITICISM_CUE_RE.test(cue);

/** "fire" and "attack" are criticism, not gunfire, when a reason follows: "came under fire (from X) for/over …". */
const FIRE_REASON_RE = /^(?:\s+from\s+[^,.;]{1,60}?)?\s+(?:for|over)\s/;

/** A participle after "be" or "have" must have one; a bare "drawing"/"facing" after a comma is a participle phrase. */
const NEEDS_AUXILIARY_RE = /^(?:drawn|drawing|facing|receiving|coming|come)$/;

/**
 * Words that make the subject part of a larger clause ("a plan that has drawn criticism", "Jones laughed and drew
 * criticism") once an adverbial clause's own subject is read (ADVERBIAL_CLAUSE_SUBJECT_RE): the subject read from the
 * sentence's start would be wrong.
 */
const CLAUSE_WORD_RE =
  /(?:^|[\s,(])(?:that|which|who|whom|whose|where|when|while|because|although|though|if|as|since|whether|after|before|and|but)(?:\s|$)/i;

/** Up to the first "from" after the noun, perhaps after "even" or "both"; the critics' phrase opens after it. */
const FROM_RE = /^(?:\s+(?:online|publicly|recently|again))?\s+(?:even\s+)?from\s+/;

/** A reason after the critics or right after the noun: "for comments seen as …", "over what is seen as …". */
const REASON_RE =
  /^(?:\s+(?:even\s+|both\s+)?from\s+[^,.;]{1,80}?)?\s+(for|over)\s+(?!the\s+(?:first|past|last|second)\b|years?\b|months?\b|weeks?\b|days?\b)/;

/**
 * An opening the adverbial search leaves, up to its comma: a one-word adverb ("Later, the senator came under …"), a
 * participle phrase ("Entering the debate, Cruz faced …"), "For her part,".
 */
const OPENING_ADVERB_RE =
  /^(?:Recently|Previously|Subsequently|Separately|Similarly|Initially|Eventually|Ultimately|Finally|Notably|Later|Meanwhile|However|Still|Now|Instead|Already|Yet|Again|Also|Earlier|Today|Yesterday|Since then|Then|So|For (?:his|her|its|their|our|my) part|\p{Lu}\p{Ll}+ing\s[^;:]{1,80}),\s+/u;

/** An adverbial clause's opening word, then its subject of up to six words with no comma, up to the cue. */
const ADVERBIAL_CLAUSE_SUBJECT_RE =
  /(?:^|[\s,])(?:[Aa]s|[Ww]hen|[Ww]hile|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ss]ince|[Aa]fter|[Bb]efore)\s+((?:[^\s,;:]+\s+){1,6})$/;

/** Where an adverbial clause closes: a comma or a dash. */
const CLAUSE_CLOSE_RE = /,|\s[—–]|\s--/;

/** Frames for the criticism a clause's subject draws (see DRAWN_CRITICISM_RE). */
export function drawnCriticism(fx: Finder): void {
  DRAWN_CRITICISM_RE.lastIndex = 0;
  for (let m = DRAWN_CRITICISM_RE.exec(fx.masked); m; m = DRAWN_CRITICISM_RE.exec(fx.masked)) {
    const cs = m.index;
    const ce = cs + m[0].length;
    const verb = m[1] ?? m[2];
    const aux = /^(?:has|have|had|is|are|was|were)\s/.test(m[0]);
    if (NEEDS_AUXILIARY_RE.test(verb) && !aux) continue;
    if ((m[3] === 'fire' || m[3] === 'attack') && !FIRE_REASON_RE.test(fx.masked.slice(ce, ce + 80)))
      continue;
    // A listed cue there reads the phrase otherwise; the learned detector's ("has", "is", "harsh") gives way.
    const overlaps = (f: Frame): boolean => f.cue.start < ce && cs < f.cue.end;
    if (fx.frames.some((f) => !f.learned && overlaps(f))) continue;
    const sIdx = fx.sentenceAt(cs);
    const sent = fx.sentences[sIdx];
    if (!sent || cs < sent.start) continue;
    // What is criticized: the clause's subject, from the sentence's start past an opening adverbial.
    let from = openingAdverbialEnd(fx, sent.start);
    while (from < cs && isSpace(fx.masked[from])) from++;
    const lead = OPENING_ADVERB_RE.exec(fx.masked.slice(from, cs));
    if (lead) from += lead[0].length;
    // "As President Obama faced criticism over …, one …", "at a time when Trump has faced criticism for …": in an
    // adverbial clause, the clause's own subject after its opening word.
    const inClause = ADVERBIAL_CLAUSE_SUBJECT_RE.exec(fx.masked.slice(from, cs));
    if (inClause) from = cs - inClause[1].length;
    const phrase = fx.masked.slice(from, cs).replace(/[\s,]+$/, '');
    if (phrase === '' || /["~:;]/.test(phrase) || CLAUSE_WORD_RE.test(phrase) || wordCount(phrase, 21) > 20)
      continue;
    const after = fx.masked.slice(ce, sent.end);
    const fromAt = FROM_RE.exec(after);
    const at = ce + (fromAt?.[0].length ?? 0);
    const critics: Subject | null = fromAt
      ? (subjectStartingAt(fx, at, sent.end, sIdx, false, true) ?? unnamedAgent(fx, at, sent.end))
      : null;
    // The learned detector's reading there ("The proposal" said "drawn harsh criticism …") is wrong either way.
    for (let i = fx.frames.length - 1; i >= 0; i--) if (overlaps(fx.frames[i])) fx.frames.splice(i, 1);
    // "from fellow GOP presidential hopefuls": critics whose phrase holds a name the search does not resolve would be
    // listed as nobody where the reader sees a group named; left out, as passive-stances.ts leaves such an agent.
    if (critics && !critics.speaker && /\s\p{Lu}/u.test(fx.masked.slice(critics.start, critics.end)))
      continue;
    const subject = critics ?? namelessSubject(cs, cs);
    fx.frames.push(
      plainFrame(fx.paraOf, sIdx, {
        cue: { start: cs, end: ce },
        subject,
        region: { start: from, end: from + phrase.length },
        learnedCue: true,
        piece: true,
      }),
    );
    // The reason, a second piece of the same content ("He | for comments seen as insulting …").
    const reason = REASON_RE.exec(after);
    if (!reason) continue;
    const rs = ce + (reason[1] === 'for' ? reason[0].lastIndexOf('for') : reason[0].length);
    // (In an adverbial clause the reason ends with the clause, at its comma or dash: "over his address, one aide left".)
    const close = inClause ? CLAUSE_CLOSE_RE.exec(fx.masked.slice(rs, sent.end)) : null;
    const end = close ? rs + close.index : sent.end;
    const re = fx.masked.slice(rs, end).replace(/[\s.!?]+$/, '').length + rs;
    if (rs >= re) continue;
    fx.frames.push(
      plainFrame(fx.paraOf, sIdx, {
        cue: { start: cs, end: ce },
        subject,
        region: { start: rs, end: re },
        learnedCue: true,
        piece: true,
      }),
    );
  }
}
