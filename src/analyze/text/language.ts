// Whether a text is English, the one language the entity tagger and the quote finder are trained and written for:
// on other languages they find names and quotes that are not there ("Банально", "Receba", "Cintailah").

/** The commonest words of each language, chosen so that few of them are words of another. */
const COMMON_WORDS: Record<string, string> = {
  en: 'the of and to is that for it was with as be by are have this from not but his they said has will were which their its or who had been would about',
  de: 'der die und den von zu das mit sich des auf für ist im dem nicht ein eine als auch es werden aus er hat dass sie nach wird bei einer um noch wie',
  fr: 'le la les des et un une du est que qui dans pour pas sur au par plus ne se ce il sont avec elle nous vous leur été',
  es: 'el la los las del que y por con una su para es al lo como más pero sus ya muy también fue este entre cuando',
  pt: 'o os do da dos das que um uma para com não no na por mais como mas ao ele seu sua ou foi são está também pelo',
  it: 'il di che la per un una con del della non sono le gli nel alla anche come ma più è questo ha dei delle',
  nl: 'het een van en dat op te zijn met voor niet aan er ook als maar om dan werd wordt deze naar',
  id: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena ada adalah oleh bisa atau saya kita mereka',
};

/** Each common word with the languages it is common in, looked up once per word read. */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [lang, words] of Object.entries(COMMON_WORDS))
  for (const word of words.split(' ')) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), lang]);

/** How many words of a text are read before deciding: enough for any article, few enough to cost nothing. */
const SAMPLE = 400;
/** Common words of another language it takes to call a text that language. */
const MIN_EVIDENCE = 4;

/**
 * True unless the text is plainly another language: written mostly in a script other than Latin, or using the
 * common words of another language more than English ones. A results table or a text too short to tell counts as
 * English, so that the analyzers keep working on it.
 */
export function looksEnglish(text: string): boolean {
  const counts = new Map<string, number>();
  let latin = 0;
  let other = 0;
  let words = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const word = m[0];
    if (/^\p{Script=Latin}+$/u.test(word)) latin += word.length;
    else other += word.length;
    const lower = word.toLowerCase();
    // Capitals are no common word ("ET" after a time is no French "et").
    if (word.length > 1 && word === word.toUpperCase()) continue;
    for (const lang of LANGUAGES_OF.get(lower) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    if (++words >= SAMPLE) break;
  }
  if (other > latin) return false;
  const english = counts.get('en') ?? 0;
  // Two or three common words of another language are chance; a page in it has dozens.
  return [...counts.entries()].every(([lang, n]) => lang === 'en' || n <= english || n < MIN_EVIDENCE);
}
