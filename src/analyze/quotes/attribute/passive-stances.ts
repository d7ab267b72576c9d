// A passive verb of backing or blame with its agent: "Donald Trump is supported by far fewer publications", "This
// proposal was rejected by 64 percent of the electorate". PolNeAR marks the agent after "by" as the source and the
// clause's subject as what it holds its view of. The cue pass frames such a passive only where its verb is listed
// or the learned detector fires ("Clinton's position was supported Friday by Sen. Feinstein"); these verbs seldom
// reach it, as they are mostly no statement in the active voice. (Added here: 3 of 3 right on PolNeAR train, 1 of 2
// on dev, "They were backed by Mr. Kerry" being no attribution there.)

import { isSpace, wordCount } from '../text.js';
import type { Finder } from './finder.js';
import { byPhraseAgent } from './late-agents.js';
import { openingAdverbialEnd } from './pronouns.js';
import { speakerBetween } from './subject-search.js';
import { plainFrame } from './types.js';

/** "is", "was", "has been" …, adverbs perhaps, and a verb of backing or blame right before " by ". */
const PASSIVE_STANCE_RE =
  /\b(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+){0,2}(endorsed|supported|backed|opposed|criticized|criticised|condemned|denounced|rejected)(?=\sby\s)/g;

/**
 * Words that make the subject before the passive part of a larger clause: a relative ("a deal that was rejected by
 * …", "Kloppenburg, who was backed by liberals"), a reported clause ("showing that Hillary Clinton was backed by …")
 * or an adverbial one ("where Obama's outreach has been opposed by …"). On PolNeAR train those are mostly unmarked.
 */
const CLAUSE_WORD_RE =
  /(?:^|[\s,(])(?:that|which|who|whom|whose|where|when|while|because|although|though|if|as|since|whether)(?:\s|$)/i;

/** Adverbs between the subject and its "be": "He also was backed by …". */
const TRAILING_ADVERBS_RE = /(?:\s+(?:also|still|now|too|even|already|[a-z]+ly))+\s*$/;

/** Frames for the passive verbs of backing and blame with an agent (see PASSIVE_STANCE_RE). */
export function passiveStances(fx: Finder): void {
  PASSIVE_STANCE_RE.lastIndex = 0;
  for (let m = PASSIVE_STANCE_RE.exec(fx.masked); m; m = PASSIVE_STANCE_RE.exec(fx.masked)) {
    const cs = m.index + m[0].length - m[1].length;
    const ce = cs + m[1].length;
    if (fx.frames.some((f) => f.cue.start < ce && m.index < f.cue.end)) continue;
    const sIdx = fx.sentenceAt(m.index);
    const sent = fx.sentences[sIdx];
    if (!sent || m.index < sent.start) continue;
    // The subject: the clause from the sentence's start, past an opening adverbial ("In Vermont, Bernie Sanders").
    let from = openingAdverbialEnd(fx, sent.start);
    while (from < m.index && isSpace(fx.masked[from])) from++;
    const phrase = fx.masked
      .slice(from, m.index)
      .replace(TRAILING_ADVERBS_RE, '')
      .replace(/[\s,]+$/, '');
    if (phrase === '' || /["~:;]/.test(phrase) || CLAUSE_WORD_RE.test(phrase) || wordCount(phrase, 13) > 12)
      continue;
    const agent = byPhraseAgent(fx, ce, sent.end, sIdx);
    // "by left-leaning economists and by centrist Democrats like Lawrence H. Summers": PolNeAR's source runs on to
    // the name, which the agent phrase read here stops short of, so the speaker would be wrong.
    if (!agent || (agent.speaker === null && speakerBetween(fx, ce, sent.end))) continue;
    fx.frames.push(
      plainFrame(fx.paraOf, sIdx, {
        cue: { start: cs, end: ce },
        subject: agent,
        region: { start: from, end: from + phrase.length },
      }),
    );
  }
}
