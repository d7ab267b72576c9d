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
  const sample = text.slice(0, 5000);
  if (/\p{Script=Arabic}/u.test(sample)) {
    const arabic = (sample.match(/\p{Script=Arabic}/gu) ?? []).length;
    if (arabic > 20) return /[پچژگ]/.test(sample) ? 'fa' : /[ٹڈڑںے]/.test(sample) ? 'ur' : 'ar';
  }
  for (const [script, lang] of SCRIPTS) {
    if ((sample.match(new RegExp(script.source, 'gu')) ?? []).length > 20) return lang;
  }
  const words = sample.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length < 5) return null;
  let best: string | null = null;
  let bestScore = 0;
  for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
    const set = new Set(list);
    let score = 0;
    for (const w of words) if (set.has(w)) score++;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return bestScore / words.length >= 0.05 ? best : null;
}
