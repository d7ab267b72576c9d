// Product and model names written in capitals with a dot inside ("the ID. SPACE VIZZION"): one name, not two sentences.

// An acronym-like word of two to four capitals that a lower-case word of running text comes right before.
const CAPS_BEFORE_DOT = /(?:^|\s)[^\s.!?:;]*\p{Ll}[^\s.!?:;]*[ \t]+\p{Lu}{2,4}$/u;
// Two more words in capitals after the dot, on the same line.
const CAPS_AFTER_DOT = /^\.[ \t]+\p{Lu}[\p{Lu}\p{N}]+[ \t]+\p{Lu}[\p{Lu}\p{N}]+(?![\p{L}\p{N}])/u;

/**
 * True when the full stop at `dot` sits inside a name in capitals that running text goes on with: "…a version of
 * the ID. SPACE VIZZION into…". A sentence rarely opens with two words in capitals after a lower-case context, while
 * a capitalised word after an acronym is as often a new sentence as not ("…to the FBI. Agents said…"), so only the
 * capitals count; text written in capitals throughout ("STORY CAN END HERE. OPTIONAL MATERIAL") has no lower-case
 * word before the acronym and is cut as before.
 */
export function dotInsideCapsName(text: string, dot: number): boolean {
  return (
    CAPS_AFTER_DOT.test(text.slice(dot, dot + 48)) &&
    CAPS_BEFORE_DOT.test(text.slice(Math.max(0, dot - 48), dot))
  );
}
