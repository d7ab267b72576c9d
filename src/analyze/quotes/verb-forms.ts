// Irregular verbs, one table of their forms (base, simple past, past participle), and the sets of forms the
// attribution steps read: each step names the verbs it needs and takes their pasts or their participles from here,
// so that a form is spelled once. Regular verbs need no entry: the steps read their "-ed" with a pattern.

/** A verb's base, its simple past and its past participles (two for "get": "has gotten", "has got"). */
type IrregularVerb = readonly [base: string, past: string, ...participles: string[]];

const IRREGULAR_VERBS: readonly IrregularVerb[] = [
  ['be', 'was', 'been'],
  ['become', 'became', 'become'],
  ['begin', 'began', 'begun'],
  ['break', 'broke', 'broken'],
  ['bring', 'brought', 'brought'],
  ['build', 'built', 'built'],
  ['cast', 'cast', 'cast'],
  ['choose', 'chose', 'chosen'],
  ['come', 'came', 'come'],
  ['cut', 'cut', 'cut'],
  ['do', 'did', 'done'],
  ['draw', 'drew', 'drawn'],
  ['drive', 'drove', 'driven'],
  ['fall', 'fell', 'fallen'],
  ['feel', 'felt', 'felt'],
  ['fight', 'fought', 'fought'],
  ['find', 'found', 'found'],
  ['foresee', 'foresaw', 'foreseen'],
  ['forgive', 'forgave', 'forgiven'],
  ['get', 'got', 'gotten', 'got'],
  ['give', 'gave', 'given'],
  ['go', 'went', 'gone'],
  ['grow', 'grew', 'grown'],
  ['have', 'had', 'had'],
  ['hear', 'heard', 'heard'],
  ['hit', 'hit', 'hit'],
  ['hold', 'held', 'held'],
  ['keep', 'kept', 'kept'],
  ['know', 'knew', 'known'],
  ['lay', 'laid', 'laid'],
  ['lead', 'led', 'led'],
  ['leave', 'left', 'left'],
  ['let', 'let', 'let'],
  ['lose', 'lost', 'lost'],
  ['make', 'made', 'made'],
  ['mean', 'meant', 'meant'],
  ['meet', 'met', 'met'],
  ['pay', 'paid', 'paid'],
  ['put', 'put', 'put'],
  ['rise', 'rose', 'risen'],
  ['run', 'ran', 'run'],
  ['say', 'said', 'said'],
  ['see', 'saw', 'seen'],
  ['seek', 'sought', 'sought'],
  ['sell', 'sold', 'sold'],
  ['send', 'sent', 'sent'],
  ['set', 'set', 'set'],
  ['shoot', 'shot', 'shot'],
  ['show', 'showed', 'shown'],
  ['shrink', 'shrank', 'shrunk'],
  ['sink', 'sank', 'sunk'],
  ['speak', 'spoke', 'spoken'],
  ['spend', 'spent', 'spent'],
  ['stand', 'stood', 'stood'],
  ['strike', 'struck', 'struck'],
  ['swing', 'swung', 'swung'],
  ['take', 'took', 'taken'],
  ['teach', 'taught', 'taught'],
  ['tell', 'told', 'told'],
  ['think', 'thought', 'thought'],
  ['throw', 'threw', 'thrown'],
  ['understand', 'understood', 'understood'],
  ['win', 'won', 'won'],
  ['write', 'wrote', 'written'],
];

const VERB_BY_BASE = new Map(IRREGULAR_VERBS.map((v) => [v[0], v]));

/** What `pick` takes from each verb named in `bases` (space-separated), in order; an unknown base throws. */
function formsOf(bases: string, pick: (verb: IrregularVerb) => readonly string[]): ReadonlySet<string> {
  const forms = new Set<string>();
  for (const base of bases.split(' ')) {
    const verb = VERB_BY_BASE.get(base);
    if (!verb) throw new Error(`verb-forms: no irregular verb "${base}"`);
    for (const form of pick(verb)) forms.add(form);
  }
  return forms;
}

/** The simple pasts of the named verbs ("make come" → "made", "came"). */
export const pastsOf = (bases: string): ReadonlySet<string> => formsOf(bases, ([, past]) => [past]);

/** The past participles of the named verbs ("make go" → "made", "gone"). */
export const participlesOf = (bases: string): ReadonlySet<string> =>
  formsOf(bases, ([, , ...participles]) => participles);

/**
 * Pasts without "-ed" that make a word a clause's verb where the tests read "-ed" for the regular ones: what goes
 * on after an aside ("Greensboro, Sexton said, made …"), a subject phrase that opens a clause ("Mr. Trump made").
 * The forms these steps were measured with (c4f3528); verbs of saying ("said", "told") are not among them. Kept
 * in this order: content-start.ts spells the set into a pattern.
 */
export const CLAUSE_VERB_PASTS = pastsOf(
  'make come go take get give become begin fall grow rise leave lose win keep hold run see think feel find bring put set cut lead mean pay sell send spend stand',
);

/**
 * Pasts that open a predicate right after the name opening a subject phrase that ran on ("David Auerbach went so
 * far as to say", "McConnell met with her"), verbs of saying among them ("told", "wrote"). The forms this step was
 * measured with (4a5fb19, issue #5); not widened to the whole table, which nothing measured.
 */
export const RUN_ON_SUBJECT_PASTS = pastsOf(
  'meet go come spend take make give hold keep leave get begin seek tell say think feel see put set run win lose lead bring write speak',
);

/**
 * Participles of verbs of speech, stance and knowing, for a passive whose agent after "by" holds the stance ("is
 * held by", "was told by"; 8608b1c). Partial on purpose: not "known" ("is also known by the acronyms ISIL and
 * ISIS" names, nobody holds it), and no verb of doing: only those verbs' agents hold a stance.
 */
export const STANCE_PARTICIPLES = participlesOf(
  'tell say hold think show give write speak hear feel take make bring seek teach understand foresee forgive',
);

/**
 * Participles after "has", "have", "had" that the "-ed" test and STANCE_PARTICIPLES miss ("has gone", "has won",
 * "has known"): the auxiliary then opens a verb group, not "have" as a main verb ("have reasons to …"). The forms
 * this threshold was measured with (fa46f2d, recall32).
 */
export const PERFECT_PARTICIPLES = participlesOf(
  'be go do become come run begin win lose meet lead leave keep put set spend send build stand fight strike draw grow know choose fall drive rise break get have pay lay sell find let cut hit see',
);

/**
 * Pasts of wire copy's verbs of change that end in neither "d" nor "s" ("revenue rose 8%", "profit fell", "the
 * economy shrank"). Partial on purpose: CLAUSE_VERB_PASTS whole ("made", "saw", "meant" …) in `looksLikeClause`
 * changed 22 PolNeAR frames, one of them a Trump quote left unnamed.
 */
export const CHANGE_PASTS = pastsOf('rise fall grow shrink sink swing');

/**
 * Irregular pasts that open a predicate after a name ("Smith took", "Jones wrote"), with the auxiliaries and "used"
 * that speakers.ts `PAST_OR_AUX` adds. The forms these steps were measured with (2184eb5); not widened to the whole
 * table, which nothing measured.
 */
export const PREDICATE_PASTS = pastsOf(
  'take speak make set leave shoot begin give go come write send put keep hold bring stand run win lose meet see feel think find get strike throw draw choose rise fall break lead pay hear seek fight hit cut spend tell say',
);

/**
 * Participles after "has", "had", "have" of verbs that take an object which holds a view ("Trump has taken a
 * harder line"; speakers.ts `VERB_BEFORE_OBJECT_RE`, f5a8da6); regular ones are read by their "-ed". Partial: the
 * verbs that commit was measured with.
 */
export const OBJECT_VERB_PARTICIPLES = participlesOf('take make give become draw strike win');

/**
 * Pasts of the same step without an auxiliary ("Trump made a …", "became", "gave", "took"; f5a8da6). Partial, as
 * OBJECT_VERB_PARTICIPLES is: "drew", "struck", "won" alone were not measured there.
 */
export const OBJECT_VERB_PASTS = pastsOf('become make give take');

/**
 * Pasts that make the words after a comma a main clause ("…, few took him seriously"; regions.ts
 * `MAIN_CLAUSE_AFTER_COMMA_RE`, d8bb2c4). The forms that step was measured with; not widened to the whole table.
 */
export const MAIN_CLAUSE_PASTS = pastsOf(
  'take come go make get say see give tell find become leave feel keep begin bring hold run stand lose pay meet send build fall win lead cast put set hit cut spend write speak think know seek strike draw grow throw',
);

/**
 * Pasts that show a relative "that" has no subject of its own ("an ad that made …"; content-start.ts
 * `RELATIVE_THAT_REST_RE`, 372525a). Partial: the forms that step was measured with; not widened to the whole
 * table, which nothing measured.
 */
export const RELATIVE_CLAUSE_PASTS = pastsOf(
  'make take give send leave come go put keep hold win lose lead run get bring become begin mean pay spend build seek',
);

/**
 * Participles of a second verb between a verb and its "by" ("asked about it during an interview given Monday by
 * …"): the agent after "by" is that verb's (late-agents.ts `LATE_BY_BREAK_RE`, 8608b1c). Partial: the forms that
 * step was measured with.
 */
export const OTHER_AGENT_PARTICIPLES = participlesOf('hold make give write lead run pay be');

/**
 * Pasts that make "another" or "one" a subject ("another said", "one felt"; subject-search.ts `VERB_NEXT_RE`,
 * 16b7f22), where the regular ones are read by their "-ed". Partial: the forms that step was measured with.
 */
export const QUANTITY_SUBJECT_PASTS = pastsOf('say tell write think feel put');
