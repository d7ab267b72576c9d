// Names the tagger reads as people (or places) that their article uses as a product: a voice assistant switched on
// ("activate Siri"), or a name fused with a device word ("Siri-enabled", "your Siri setup", "Alexa built-in"). A
// shopping round-up that says "Hey Siri" three times named a person, and the story linker read two deals posts as
// one event about that person (bench/stories/RESULTS.md, topical59). A wake word alone ("Hey Siri") proves nothing:
// people are hailed that way too ("Hey Jordan, over here").
/** A verb that switches a thing on: people are not activated ("summon" and "invoke" take people too). */
const SWITCHED_ON_BEFORE = /(?:^|[^\p{L}])activat(?:e|es|ed|ing|ion of)\s+$/iu;
/**
 * A device word fused to the name or right after it ("Siri-enabled", "Alexa built-in", "Siri setup"); none that is
 * also a verb a person does ("controls", "commands") or a role ("House speaker").
 */
const DEVICE_WORD_AFTER =
  /^(?:-(?:enabled|compatible|powered|equipped|capable)\b|\s+(?:built-in|built in|setup|integration|shortcuts?|devices?)\b)/iu;

/** Whether the name at [start, end) of `text` is used as a product there (see the module's header). */
export function readsAsProduct(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (SWITCHED_ON_BEFORE.test(before)) return true;
  return DEVICE_WORD_AFTER.test(text.slice(end, end + 24));
}

/** What a mention says of the one it names, as far as this test needs. */
export interface NameUse {
  /** The mention's text and where it stands in its segment's text. */
  text: string;
  segmentText: string;
  start: number;
  end: number;
  /** Whether anything marks a person there: a role, an honorific, a party label, a relative, a full name. */
  personMarked: boolean;
}

/**
 * Whether a group the tagger typed as a person or a place is a product: one of its mentions reads as one
 * (readsAsProduct, after the name or inside the tagger's span: "Alexa built-in") and none carries a person's marks.
 */
export function usedOnlyAsProduct(uses: readonly NameUse[]): boolean {
  if (uses.length === 0 || uses.some((u) => u.personMarked)) return false;
  return uses.some(
    (u) =>
      readsAsProduct(u.segmentText, u.start, u.end) || readsAsProduct(u.text, 0, u.text.search(/[\s-]|$/)),
  );
}
