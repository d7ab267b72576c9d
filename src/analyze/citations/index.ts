// The sources an article relies on: news agencies, outlets, official statements, documents, anonymous sources.

import type { Citation, LocalEntity, Mention, Span } from '../../model/index.js';
import { AGENCY_SOURCE } from '../quotes/lexicon.js';
import { groupMembers } from './group-members.js';

/** The part of a quote frame that citations need (see analyze/quotes Frame). */
export interface CitingFrame {
  cue: Span;
  subject: Span & { speaker: string | null; entity: string | null; kind: string };
  via: string | null;
  statement: boolean;
}

export interface FindCitationsInput {
  body: string;
  mentions: Mention[];
  entities: LocalEntity[];
  frames?: CitingFrame[];
  /**
   * The cues of the frames behind the quotes users see. When given, only their speakers (and statements) are cited:
   * a frame kept for PolNeAR's stances and acts ("Delhi officials also implemented …", "Toyota is displaying …")
   * relies on no one. All frames still tell whose statement a sentence's "in a statement" is.
   */
  speakingCues?: ReadonlySet<number>;
}

// Short all-caps names ("AP", "ANI") only count in capitals and as whole words.
const OUTLET_HEADS =
  'Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Izvestia|Kommersant|Pravda|TV|Television|Radio|Broadcasting|Network|Daily|News';
const DOC_HEADS =
  'statement|report|communiqu[eé]|resolution|decree|letter|memo|document|study|survey|poll|transcript|declaration|press release';
const HEADS_RE = new RegExp(`\\b(?:(${AGENCY_SOURCE})|(${OUTLET_HEADS})|(${DOC_HEADS}))\\b`, 'g');
/** One name for an agency written two ways, so that lists count it once. */
const AGENCY_NAMES: Record<string, string> = { AP: 'Associated Press', 'Agence France-Presse': 'AFP' };
/** Document heads that stand for what someone said. */
const STATEMENT_HEAD = /^(?:statement|communiqu[eé]|press release)$/;
/** A full stop, ? or ! (a closing quote aside) before space and a capital, or a paragraph break. */
const SENTENCE_BREAK = /[.!?][”’"]?\s+[“‘"]?\p{Lu}|\n/u;
const DOC_BEFORE_RE =
  /\b(?:in|according to|from)\s+(?:a|an|the|its|his|her|their)\s+((?:[\p{L}-]+\s+){0,2}?)$/iu;
const CAP_WORDS_BEFORE_RE = /(?:[\p{Lu}][\p{L}.&’'-]*\s+){1,3}$/u;
/**
 * A people's adjective (or "State", "Official") before "news agency" describes the agency named beside it ("Xinhua,
 * the official Chinese news agency"); it names none. (Not every word in -i: Japan's Jiji is an agency.)
 */
const DESCRIBES_AGENCY =
  /^(?:\p{Lu}\p{Ll}+(?:ese|ian|an|ish)|French|Dutch|Greek|Thai|Swiss|Czech|Iraqi|Saudi|Israeli|Pakistani|Qatari|Kuwaiti|Emirati|Yemeni|Omani|Bangladeshi|Somali|State|Official)$/u;
const OUTLET_CONTEXT =
  /(?:\b(?:reported|reports|told|according to|cited by|carried by|quoted by|published by|in an interview with|wrote|writes|said)\s*(?:the\s+)?$)|^\s+(?:reported|reports|said|wrote|quoted|cited|has learned|newspaper|daily|news agency)/;

/**
 * What makes an unnamed speaker an anonymous source: "sources", "a senior official", "people familiar with". The
 * quote frames also give "I", "we", "voters" or "52 percent" as unnamed subjects; they are speech, not sources.
 */
const ANONYMOUS_SOURCE =
  /\b(?:sources?|officials?|aides?|advis[eo]rs?|insiders?|diplomats?|spokes(?:man|woman|person)|people|persons?|someone|officers?|staffers?|executives?|lawmakers?|investigators?|associates?|allies|confidants?|strategists?|operatives?)\b/i;

/**
 * What may follow the source word inside the phrase: who they are ("familiar with", "close to", "who spoke"), or
 * nothing. Any other word makes the source word an adjective or a compound ("official results", "source code").
 */
const SOURCE_QUALIFIER =
  /^(?:familiar|close|knowledgeable|briefed|involved|who|with|in|at|from|for|of|on|to|inside|within|and|or|say|said)$/i;

/** Whether a speaker phrase is an anonymous source: "sources", "a senior official", "people familiar with …". */
function namesAnonymousSource(phrase: string): boolean {
  const m = ANONYMOUS_SOURCE.exec(phrase);
  if (!m) return false;
  const next = /^\s+([\p{L}-]+)/u.exec(phrase.slice(m.index + m[0].length));
  return next === null || SOURCE_QUALIFIER.test(next[1]);
}

/**
 * Broadcasters and magazines that no outlet head word gives away, and a network's local station ("CBS DFW", "NBC
 * Chicago"). (Not call signs: "WHO", "KPMG" and "WADA" would read as stations.)
 */
const OUTLET_NAMES =
  /^(?:CNN|MSNBC|CNBC|Fox(?: News)?|NBC|CBS|ABC|NPR|PBS|BBC|Politico|Forbes|Axios|Vox|Slate|Salon|BuzzFeed|Breitbart|HuffPost|Newsweek|Time|The Atlantic|The New Yorker|The Hill|The Economist|Al Jazeera|RT|Sputnik|Rolling Stone|Variety|Billboard|TMZ|Deadline|Page Six|Vanity Fair|Wired|The Verge|TechCrunch|Engadget|Mashable|(?:CBS|NBC|ABC|Fox|CW) \p{Lu}[\p{L}\d]*)$/u;
const OUTLET_HEAD_END = new RegExp(`\\b(?:${OUTLET_HEADS})$`);
const OUTLET_HEAD_ONLY = new RegExp(`^(?:${OUTLET_HEADS})$`);
/**
 * Up to three capitalised words before an outlet's head word, on its line: initials may carry full stops ("U.S."),
 * other words may not, so that "… in February. The Times" does not take the sentence before into the name.
 */
const OUTLET_LEAD_RE = /(?:(?:\p{Lu}(?:\.\p{Lu})*\.|\p{Lu}[\p{L}&’'-]*)[ \t]+){0,3}$/u;

/** An organization that is a news outlet: quoting it cites the outlet, not an official. */
const isOutletName = (name: string): boolean => OUTLET_NAMES.test(name) || OUTLET_HEAD_END.test(name);

/**
 * An anonymous source as lists should group it: "Officials said" opening a sentence is the "officials" of mid-sentence,
 * so a capital there only because of its place is lowered. One a name gives ("White House officials") stays.
 */
function anonymousName(name: string, start: number, input: FindCitationsInput): string {
  const first = name.charAt(0);
  if (first === first.toLowerCase() || !opensSentence(input.body, start)) return name;
  if (input.mentions.some((m) => m.start === start && m.caption === undefined)) return name;
  return first.toLowerCase() + name.slice(1);
}

/**
 * Whether `at` begins a sentence: nothing but space and opening quotes since a full stop, ?, ! (or one closing a
 * quote: "… may escalate.’ Sources said") or the body's start.
 */
function opensSentence(body: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s“"‘'(]/.test(body[i])) i--;
  if (body.slice(i + 1, at).includes('\n')) return true;
  while (i >= 0 && /[”’")]/.test(body[i])) i--;
  return i < 0 || /[.!?]/.test(body[i]);
}

type NewCitation = Omit<Citation, 'entity'> & { entity?: string | null };
type FrameSubject = CitingFrame['subject'];

/** "Pence said in a statement": the speaker's own statement, cited as an official source. */
function citeStatement(out: Citation[], input: FindCitationsInput, s: FrameSubject): void {
  addCitation(out, input, {
    start: s.start,
    end: s.end,
    name: `${s.speaker} statement`,
    kind: 'official',
    entity: s.entity,
  });
}

/**
 * Adds c to out unless it overlaps a citation already there. The first, most trusted reading of a span wins (a
 * handful per article, so a look at each beats marking every character of the body). Without an entity given, a
 * named source takes the entity of the mention that names it. A name that is all a person's ("Bloomberg said" of
 * Michael Bloomberg) cites no agency or outlet; a person within one ("Bloomberg News") gives it no entity.
 * (A module function, not a closure made per article: under tsx each such closure is wrapped in a naming call.)
 */
function addCitation(out: Citation[], input: FindCitationsInput, c: NewCitation): void {
  if (c.start < 0 || c.end > input.body.length || c.end <= c.start) return;
  for (const o of out) if (o.start < c.end && c.start < o.end) return;
  let entity = c.entity;
  if (entity === undefined) {
    if (
      input.mentions.some(
        (m) => m.type === 'person' && m.caption === undefined && m.start <= c.start && m.end >= c.end,
      )
    )
      return;
    const named = namingMention(input.mentions, c);
    entity = named && named.type !== 'person' ? named.entity : null;
  }
  // A literal, not a spread copy: V8 gives each spread copy a map of its own, and reads of the list go megamorphic.
  out.push({ start: c.start, end: c.end, name: c.name, kind: c.kind, entity });
}

export function findCitations(input: FindCitationsInput): Citation[] {
  const { body } = input;
  const out: Citation[] = [];
  // One pass for the three kinds of head word; they are added below in order of trust.
  const agencies: RegExpMatchArray[] = [];
  const outlets: RegExpMatchArray[] = [];
  const documents: RegExpMatchArray[] = [];
  for (const m of body.matchAll(HEADS_RE)) {
    if (m[1]) agencies.push(m);
    else if (m[2]) outlets.push(m);
    else documents.push(m);
  }
  for (const m of agencies) {
    const start = m.index ?? 0;
    const name = m[1].replace(/\s+/g, ' ');
    addCitation(out, input, {
      start,
      end: start + m[1].length,
      name: AGENCY_NAMES[name] ?? name,
      kind: 'agency',
    });
  }
  for (let at = body.indexOf('news agency'); at >= 0; at = body.indexOf('news agency', at + 11)) {
    const words = body.slice(Math.max(0, at - 60), at).match(CAP_WORDS_BEFORE_RE);
    if (!words) continue;
    const np = words[0].trim().replace(/^(?:[\p{L}]+(?:’s|'s))\s+/u, '');
    if (DESCRIBES_AGENCY.test(np)) continue;
    const end = at - (words[0].length - words[0].trimEnd().length);
    addCitation(out, input, { start: end - np.length, end, name: np, kind: 'agency' });
  }
  for (const m of outlets) {
    const headEnd = (m.index ?? 0) + m[0].length;
    const lead = body.slice(Math.max(0, (m.index ?? 0) - 60), m.index ?? 0).match(OUTLET_LEAD_RE);
    const start = (m.index ?? 0) - (lead ? lead[0].length : 0);
    const end = headEnd;
    const text = body.slice(start, end);
    const ctx = body.slice(Math.max(0, start - 30), start);
    const next = body.slice(end, end + 20);
    if (!OUTLET_CONTEXT.test(ctx) && !OUTLET_CONTEXT.test(next)) continue;
    addCitation(out, input, { start, end, name: text.replace(/^The\s+/, ''), kind: 'outlet' });
  }
  const officials = new Set<string>();
  // The first entity of each id, as a search of the list would find it.
  const entityById = new Map<string, LocalEntity>();
  for (const e of input.entities) if (!entityById.has(e.id)) entityById.set(e.id, e);
  for (const f of input.frames ?? []) {
    if (input.speakingCues && !f.statement && !input.speakingCues.has(f.cue.start)) continue;
    const s = f.subject;
    if (s.kind === 'anonymous') {
      const name = body.slice(s.start, s.end);
      if (namesAnonymousSource(name))
        addCitation(out, input, {
          start: s.start,
          end: s.end,
          name: anonymousName(name, s.start, input),
          kind: 'anonymous',
          entity: null,
        });
    } else if (f.statement && s.speaker) {
      citeStatement(out, input, s);
    } else if (s.speaker && !s.entity) {
      // "The European Union and the United States have long accused …": each institution or country of a group.
      for (const m of groupMembers(s, input.mentions, entityById)) {
        const name = entityById.get(m.entity)?.name ?? m.text;
        addCitation(out, input, {
          start: m.start,
          end: m.end,
          name,
          kind: isOutletName(name) ? 'outlet' : 'official',
          entity: m.entity,
        });
      }
    } else if (s.speaker && s.entity) {
      // Institutions each time they speak, and places that speak, which are their governments or seats of power
      // ("Russia warned", "the White House said"); people who hold an office once, where first quoted.
      const e = entityById.get(s.entity);
      if (e?.type === 'organization' || e?.type === 'place')
        addCitation(out, input, {
          start: s.start,
          end: s.end,
          name: s.speaker,
          kind: isOutletName(s.speaker) ? 'outlet' : 'official',
          entity: s.entity,
        });
      else if (e?.type === 'person' && e.roles.length > 0 && !officials.has(e.id)) {
        officials.add(e.id);
        addCitation(out, input, {
          start: s.start,
          end: s.end,
          name: s.speaker,
          kind: 'official',
          entity: s.entity,
        });
      }
    }
  }
  for (const m of documents) {
    const at = m.index ?? 0;
    const before =
      body.slice(Math.max(0, at - 50), at).match(DOC_BEFORE_RE) ??
      speakingDocument(input, at, at + m[0].length);
    if (!before) continue;
    const start = at - before[1].length;
    const end = at + m[0].length;
    // "Pence said in a statement", "In a statement, the Kentucky Republican dismissed …": the statement is the
    // speaker's, and cites them, not a document of its own.
    const speaking = before[1] === '' && STATEMENT_HEAD.test(m[3]) ? speakerOfSentence(input, at) : null;
    if (speaking) {
      const s = speaking.subject;
      citeStatement(out, input, s);
      continue;
    }
    // A document is no entity, even where a name is part of it ("the Mueller report").
    addCitation(out, input, { start, end, name: body.slice(start, end), kind: 'document', entity: null });
  }
  out.sort((a, b) => a.start - b.start);
  nameShortOutlets(out, input.mentions);
  return out;
}

/**
 * "A new study shows that …", "Another study in 20 girls found that …", "A Harvard study published in The Lancet
 * found …": a document that is a frame's subject is relied on, though what it finds is no one's speech and is not
 * listed as a quote. Its head opens the subject within a determiner and two words; those two words name it, as
 * DOC_BEFORE_RE's do. (A person's frame, "the study's author said", has its head elsewhere in the subject.)
 */
function speakingDocument(input: FindCitationsInput, at: number, end: number): RegExpMatchArray | null {
  const frame = input.frames?.find((f) => f.subject.start <= at && end <= f.subject.end);
  if (!frame || frame.subject.kind === 'person') return null;
  return input.body.slice(frame.subject.start, at).match(DOC_SUBJECT_LEAD_RE);
}
/** A document's lead words inside a subject: a determiner, then up to two words that name it ("new", "Harvard"). */
const DOC_SUBJECT_LEAD_RE =
  /^(?:(?:a|an|the|another|one|this|that|its|his|her|their|\p{Lu}\p{L}*(?:’s|'s))\s+)?((?:[\p{L}-]+\s+){0,2}?)$/iu;

/** The first frame with a named speaker whose cue is in the same sentence as `at`. */
function speakerOfSentence(input: FindCitationsInput, at: number): CitingFrame | null {
  for (const f of input.frames ?? []) {
    if (!f.subject.speaker) continue;
    const between = input.body.slice(Math.min(at, f.cue.start), Math.max(at, f.cue.end));
    if (!SENTENCE_BREAK.test(between)) return f;
  }
  return null;
}

/**
 * "The Post" after "The Washington Post" is that paper: a lone head word is named by the nearest full name before
 * it (a cited outlet or an organization the text names), else the first after it, so lists count one outlet.
 */
function nameShortOutlets(cites: Citation[], mentions: Mention[]): void {
  const full: { at: number; name: string; entity: string | null }[] = [];
  for (const c of cites)
    if (c.kind === 'outlet' && c.name.includes(' '))
      full.push({ at: c.start, name: c.name, entity: c.entity });
  for (const m of mentions)
    if (m.type === 'organization' && m.caption === undefined && m.text.includes(' '))
      full.push({ at: m.start, name: m.text.replace(/^The\s+/, ''), entity: m.entity });
  if (full.length === 0) return;
  full.sort((a, b) => a.at - b.at);
  for (const c of cites) {
    if (c.kind !== 'outlet' || !OUTLET_HEAD_ONLY.test(c.name)) continue;
    const ends = full.filter((f) => f.name.endsWith(` ${c.name}`));
    const before = ends.filter((f) => f.at < c.start);
    const pick = before.length > 0 ? before[before.length - 1] : ends[0];
    if (pick) {
      c.name = pick.name;
      c.entity = pick.entity;
    }
  }
}

/**
 * The body mention that names what a span cites: one that lies within the span, a leading "The" aside. A longer one
 * ("FABRICE COFFRINI/AFP/Getty Images" around "AFP") names something else.
 */
function namingMention(mentions: Mention[], span: Span): Mention | null {
  for (const m of mentions) {
    if (m.caption !== undefined || m.end <= span.start || m.start >= span.end) continue;
    const start = m.start + (/^the\s+/i.exec(m.text)?.[0].length ?? 0);
    if (start >= span.start && m.end <= span.end) return m;
  }
  return null;
}
