// Generic patterns that recognise page furniture left in scraped text dumps, one rule per kind of leftover.

/** A rule says why a line is not news; `null` means it has nothing to say about the line. */
export type LineVerdict =
  | { kind: 'remove'; reason: string }
  | { kind: 'caption' }
  | { kind: 'date'; text: string }
  | { kind: 'section'; section: string }
  | { kind: 'outlet'; outlet: string; reason: string }
  | { kind: 'teaser-label' };

/** Characters that never make a word on their own: spaces aside, ASCII punctuation, dashes, quotes, bullets. */
const isWordChar = (code: number): boolean =>
  (code >= 48 && code <= 57) ||
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  (code > 127 &&
    !(code >= 0x2000 && code <= 0x206f) &&
    code !== 0xa0 &&
    code !== 0xb7 &&
    code !== 0x25aa &&
    code !== 0x25cf);

/** Counts words the way a reader would, ignoring bullets and lone punctuation (a hot path: no regex, no arrays). */
export function wordCount(line: string): number {
  let count = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (!counted && isWordChar(code)) {
      count++;
      counted = true;
    }
  }
  return count;
}

/** Past this length a line is prose or a caption; the short-line rules need not look at it. */
const LONG_LINE = 160;

/** A line that ends like a sentence (closing quotes and brackets allowed after the mark). */
export const endsLikeSentence = (line: string): boolean => /[.!?…:;]["'”’»)\]]*$/u.test(line.trim());

const BULLET = /^[•·▪◦●*–-]\s*/u;

const SOCIAL =
  /^(facebook|twitter|x|google ?plus|google\+|whatsapp|telegram|linkedin|reddit|pinterest|vk|email|e-mail|print|share|tweet|copy link|messenger|instagram|youtube|tiktok|rss|live|audio only|listen|watch live)$/i;

const SHARE =
  /^(share( this( article| story| page)?)?|share on \w+|tweet this|print( this)?( article)?|email this|send to a friend)[:!.]?$/i;

const MIRROR_FOOTER =
  /^(.{2,60}?)[’']s? (web ?site|site|page) can (also )?be accessed (at|through|via)\b.*$/i;

const BARE_ADDRESS = /^(https?:\/\/)?(www\.)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/\S*)?$/iu;

const APP_PROMO =
  /\b(roku|app store|google play|apple tv|android app|ios app|download (our|the) app|get the app|amazon fire)\b/i;

const RELATED_LABEL =
  /^(related( articles?| stories| news| content)?|read more|read also|also read|see also|more on this( story)?|recommended|you may also like|more from .{1,30})\s*[:»>]?$/i;

const RELATED_INLINE = /^(related|read more|read also|also read|see also)\s*:\s*\S/i;

const COMMENT_BOX =
  /^(comments?|\d+\s*comments?|post with no comments\.?|no comments( yet)?\.?|leave a (comment|reply)|add (a )?comment|post a comment|be the first to comment.*|join the (conversation|discussion).*|click (below|here) to (express|share|post|leave) your (thoughts|views|comments?).*|show comments|load comments|view comments|comment policy.*)$/i;

const SUBSCRIBE =
  /^(subscribe( now| to our newsletter| for free)?|sign up( for (our|the) newsletter.*)?|newsletter|follow us( on .{1,40})?|advertisement|sponsored( content)?|ad|skip (to )?(main )?content|cookie(s)? (policy|settings)|accept (all )?cookies|back to top|home|menu|search|log ?in|sign in|register)[.!:]?$/i;

/** What a video player prints in place of itself ("This video is restricted from playing in your location"). */
const PLAYER_MESSAGE =
  /\b(?:this video (?:is (?:restricted|not available|no longer available|unavailable)|cannot be played|has been removed)|video (?:is )?unavailable|your browser does not support (?:the )?(?:video|audio|html5)|enable javascript to (?:view|watch|play)|video player is loading)/i;

const DATELINE =
  /^(published|posted|updated|last updated|first published|date|publication date|published on|posted on)\s*[:\-–]?\s*(.+)$/i;

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?';
/** A clock time ("10:05 PM EST", "13:59 GMT"). */
const CLOCK = '\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?';
/**
 * A line that is only a date ("MONDAY, MAY 23, 2005", "Saturday, August 24, 2013", "24 Aug 2013 10:05 PM EST"), the
 * time perhaps given as when it was last updated ("18 September 2013 Last updated at 13:59 GMT"): a blog's or wire's
 * date header, never the headline.
 */
const BARE_DATE = new RegExp(
  `^(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?)\\s+\\d{4}(?:,?\\s+(?:(?:last\\s+)?updated\\s+(?:at\\s+)?)?${CLOCK})?$`,
  'i',
);

/** Endonyms that appear on language switchers; a line made only of these is a switcher. */
const LANGUAGE_NAMES = new Set(
  [
    'english',
    'español',
    'espanol',
    'français',
    'francais',
    'deutsch',
    'italiano',
    'português',
    'portugues',
    'русский',
    'українська',
    'беларуская',
    'العربية',
    'عربي',
    'فارسی',
    'اردو',
    'türkçe',
    'हिंदी',
    'हिन्दी',
    'मराठी',
    'বাংলা',
    'தமிழ்',
    'తెలుగు',
    'ગુજરાતી',
    'ಕನ್ನಡ',
    'മലയാളം',
    'ਪੰਜਾਬੀ',
    '中文',
    '简体中文',
    '繁體中文',
    '日本語',
    '한국어',
    'polski',
    'nederlands',
    'svenska',
    'norsk',
    'dansk',
    'suomi',
    'ελληνικά',
    'עברית',
    'bahasa',
    'indonesia',
    'melayu',
    'tiếng việt',
    'ไทย',
    'kiswahili',
    'hausa',
    'română',
    'magyar',
    'čeština',
    'slovenčina',
    'srpski',
    'hrvatski',
    'български',
  ].map((name) => name.normalize('NFC')),
);

/** Splits a breadcrumb trail; returns its parts when the line is one. */
export function breadcrumbParts(line: string): string[] | null {
  const parts = line
    .split(/\s+[/>»›|]\s+|\s*[»›]\s*/u)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  if (!/\s[/>»›|]\s|[»›]/u.test(line)) return null;
  if (parts.some((p) => wordCount(p) > 4 || p.length > 40 || endsLikeSentence(p))) return null;
  return parts;
}

function isLanguageSwitcher(line: string): boolean {
  const parts = line
    .split(/\s*[|/·•]\s*|\s+/u)
    .map((p) => p.trim().toLowerCase().normalize('NFC'))
    .filter(Boolean);
  return parts.length >= 2 && parts.every((p) => LANGUAGE_NAMES.has(p));
}

/** Classifies one line on its own, with no knowledge of its neighbours. */
export function classifyLine(raw: string): LineVerdict | null {
  const line = raw.trim();
  const bare = line.replace(BULLET, '').trim();
  if (bare.length > LONG_LINE) return isCaptionLike(bare) ? { kind: 'caption' } : null;
  const count = wordCount(bare);

  const footer = MIRROR_FOOTER.exec(bare);
  if (footer) return { kind: 'outlet', outlet: footer[1].trim(), reason: 'mirror-address footer' };
  if (BARE_ADDRESS.test(bare)) return { kind: 'remove', reason: 'bare web address (mirror or link list)' };
  if (SHARE.test(bare)) return { kind: 'remove', reason: 'share widget' };
  if (count <= 3 && SOCIAL.test(bare)) return { kind: 'remove', reason: 'social or media widget' };
  if (COMMENT_BOX.test(bare)) return { kind: 'remove', reason: 'comment box' };
  if (/^\d{1,5}$/.test(bare)) return { kind: 'remove', reason: 'stray counter' };
  if (count <= 8 && APP_PROMO.test(bare)) return { kind: 'remove', reason: 'app promo' };
  if (SUBSCRIBE.test(bare)) return { kind: 'remove', reason: 'newsletter, ad or navigation label' };
  if (RELATED_LABEL.test(bare)) return { kind: 'teaser-label' };
  if (RELATED_INLINE.test(bare) && count <= 20) return { kind: 'remove', reason: 'related-story teaser' };
  if (isLanguageSwitcher(bare)) return { kind: 'remove', reason: 'language switcher' };
  if (count <= 25 && PLAYER_MESSAGE.test(bare)) return { kind: 'remove', reason: 'video player message' };

  const crumbs = breadcrumbParts(bare);
  if (crumbs) {
    const meaningful = crumbs.filter((c) => !/^(more|home|news)$/i.test(c));
    return { kind: 'section', section: meaningful.at(-1) ?? crumbs.at(-1)! };
  }

  const dateline = DATELINE.exec(bare);
  if (dateline && count <= 10) return { kind: 'date', text: dateline[2] };
  if (BARE_DATE.test(bare)) return { kind: 'date', text: bare };

  if (isCaptionLike(bare)) return { kind: 'caption' };
  return null;
}

const PHOTO_AGENCY = String.raw`(?:Getty Images|AFP|AP|Reuters|EPA|Bloomberg|Shutterstock|Alamy|Sipa|ZUMA(?: Press)?)`;
/** "Scott Olson via Getty Images", "John Moore/Getty Images", "AP Photo/Evan Vucci", "REUTERS/Jonathan Ernst". */
const PHOTO_CREDIT = new RegExp(
  String.raw`^(?:[\p{L}.'’ -]{2,40}(?: via |\s*/\s*)${PHOTO_AGENCY}|(?:AP|AFP|REUTERS|Reuters|EPA)(?: Photo)?\s*/\s*[\p{L}.'’ -]{2,40})\.?$`,
  'u',
);

/** A photo's credit line on its own: the caption it belongs to is the line after it (HuffPost's layout). */
export const isPhotoCredit = (line: string): boolean => line.length <= 80 && PHOTO_CREDIT.test(line.trim());

/** Photo captions announce themselves with credits and position markers. */
export function isCaptionLike(line: string): boolean {
  return (
    isPhotoCredit(line) ||
    /\((?:[A-Z][\w.&-]* )?(?:photo|file photo|image|picture|video)(?: by [^)]+)?\)\s*$/i.test(line) ||
    /\((?:photo|image|picture)s? (?:by|via|credit|courtesy)[^)]*\)\s*$/i.test(line) ||
    /\|\s*(photo|image|picture|credit|source)s?\s*:/i.test(line) ||
    /^(photo|image|picture|file photo|caption)\s*:/i.test(line) ||
    /\((?:[LRC]|left|right|center|centre)\)/.test(line)
  );
}
