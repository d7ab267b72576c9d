// Guesses an article's language from its script and its most frequent short words; cheap, and says null when unsure.

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Hangul}/u, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Bengali}/u, 'bn'],
  [/\p{Script=Tamil}/u, 'ta'],
  [/\p{Script=Georgian}/u, 'ka'],
  [/\p{Script=Armenian}/u, 'hy'],
];

/** Frequent function words: a handful per language is enough to tell Latin- and Cyrillic-script languages apart. */
const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'that', 'is', 'was', 'for', 'with', 'said', 'on'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'del', 'por', 'con', 'una'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'est', 'que', 'du', 'une', 'dans', 'pour'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'sich', 'auf'],
  pt: ['o', 'a', 'os', 'de', 'que', 'e', 'do', 'da', 'em', 'não', 'uma', 'para'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'non', 'della', 'del', 'una', 'sono', 'gli'],
  nl: ['de', 'het', 'een', 'van', 'en', 'niet', 'dat', 'is', 'voor', 'met', 'zijn', 'op'],
  pl: ['i', 'w', 'nie', 'na', 'się', 'z', 'że', 'do', 'jest', 'to', 'jak', 'przez'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'de', 'da', 'olarak', 'çok', 'daha', 'gibi', 'olan'],
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'из', 'он', 'для'],
  uk: ['і', 'в', 'не', 'на', 'що', 'з', 'та', 'це', 'як', 'до', 'від', 'для'],
};

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 1000);
  // Most text is Latin-script: skip the script census unless some other script shows up at all.
  if (/[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2100-\u22ff\u25a0-\u25ff]/u.test(sample)) {
    const lang = scriptLanguage(sample);
    if (lang) return lang;
  }
  return functionWordLanguage(sample);
}

function scriptLanguage(sample: string): string | null {
  if (/\p{Script=Arabic}/u.test(sample)) {
    const arabic = (sample.match(/\p{Script=Arabic}/gu) ?? []).length;
    if (arabic > 20) return /[پچژگ]/.test(sample) ? 'fa' : /[ٹڈڑںے]/.test(sample) ? 'ur' : 'ar';
  }
  for (const [script, lang] of SCRIPTS) {
    if ((sample.match(new RegExp(script.source, 'gu')) ?? []).length > 20) return lang;
  }
  return null;
}

/** Each function word with the languages it belongs to, built once. */
const WORD_LANGUAGES = new Map<string, string[]>();
for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
  for (const word of list) WORD_LANGUAGES.set(word, [...(WORD_LANGUAGES.get(word) ?? []), lang]);
}

function functionWordLanguage(sample: string): string | null {
  const words = sample.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length < 5) return null;
  const scores = new Map<string, number>();
  for (const w of words)
    for (const lang of WORD_LANGUAGES.get(w) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  let best: string | null = null;
  let bestScore = 0;
  for (const [lang, score] of scores) {
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return bestScore / words.length >= 0.05 ? best : null;
}
