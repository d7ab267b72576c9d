// Script-aware text measures, so that thresholds mean the same in Latin, Cyrillic, Arabic and CJK text.

// Ideographic and syllabic scripts pack about two Latin characters of content into one.
const DENSE = /[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

/** Length in "Latin-equivalent" characters, whitespace squashed. */
export function weightedLength(text: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  const dense = text.match(DENSE);
  return dense ? n + dense.length : n;
}

// Commas and clause marks of many scripts: Latin, Arabic, CJK full-width and ideographic.
const CLAUSE = /[,，、،;；]/g;
export const clauseMarks = (text: string): number => text.match(CLAUSE)?.length ?? 0;

const TERMINAL = /[.!?。！？…؟।"”»’)\]]\s*$/;
export const endsLikeSentence = (text: string): boolean => TERMINAL.test(text);
