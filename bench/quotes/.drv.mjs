var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/analyze/ner/hash.ts
var hash_exports = {};
__export(hash_exports, {
  hashRange: () => hashRange,
  hashString: () => hashString,
  mix: () => mix,
  mix3: () => mix3,
  unmix: () => unmix
});
function hashString(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h | 0;
}
function mix(a, b) {
  let h = Math.imul(a ^ 1540483477, 2654435761) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h | 0;
}
function mix3(a, b, c) {
  return mix(mix(a, b), c);
}
function inverseOdd(x) {
  let inv = x;
  for (let i = 0; i < 5; i++) inv = Math.imul(inv, 2 - Math.imul(x, inv));
  return inv;
}
function unmix(h, b) {
  h ^= h >>> 16;
  h = Math.imul(h, INV_C2);
  h ^= h >>> 13 ^ h >>> 26;
  h = Math.imul(h, INV_C1);
  h ^= h >>> 16;
  return Math.imul(h ^ b, INV_GOLDEN) ^ 1540483477 | 0;
}
function hashRange(s, from, to) {
  let h = 2166136261;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h | 0;
}
var INV_GOLDEN, INV_C1, INV_C2;
var init_hash = __esm({
  "src/analyze/ner/hash.ts"() {
    "use strict";
    __name(hashString, "hashString");
    __name(mix, "mix");
    __name(mix3, "mix3");
    __name(inverseOdd, "inverseOdd");
    INV_GOLDEN = inverseOdd(2654435761);
    INV_C1 = inverseOdd(2246822507);
    INV_C2 = inverseOdd(3266489909);
    __name(unmix, "unmix");
    __name(hashRange, "hashRange");
  }
});

// src/analyze/ner/features.ts
var features_exports = {};
__export(features_exports, {
  PASS2_SALT: () => PASS2_SALT,
  WORD_ROLES: () => WORD_ROLES,
  documentAttributes: () => documentAttributes,
  documentFeatures: () => documentFeatures,
  documentTopic: () => documentTopic,
  documentWordFeatures: () => documentWordFeatures,
  emptyResources: () => emptyResources,
  gazetteerPrefixes: () => gazetteerPrefixes,
  historyFeatures: () => historyFeatures,
  indexResources: () => indexResources,
  normalizeWord: () => normalizeWord,
  pairFeatures: () => pairFeatures,
  roleFeatures: () => roleFeatures,
  saltFeatures: () => saltFeatures,
  sentenceAttributes: () => sentenceAttributes,
  shapeHash: () => shapeHash,
  staticFeatures: () => staticFeatures,
  transitionFeature: () => transitionFeature,
  wordAttributes: () => wordAttributes,
  wordShape: () => wordShape
});
function phraseStep(node, token) {
  if (token.indexOf(" ") < 0) return node.next.get(token);
  let at = node;
  for (const part of token.split(" ")) {
    at = at.next.get(part);
    if (at === void 0) return void 0;
  }
  return at;
}
function indexResources(res) {
  const phrases = { mask: 0, more: false, next: /* @__PURE__ */ new Map() };
  const paths = /* @__PURE__ */ new Map();
  for (const key of res.gazetteer.keys()) {
    let node = phrases;
    let path = "";
    for (const part of key.split(" ")) {
      path = node === phrases ? part : `${path} ${part}`;
      let child = node.next.get(part);
      if (child === void 0) {
        child = { mask: 0, more: false, next: /* @__PURE__ */ new Map() };
        node.next.set(part, child);
        paths.set(child, path);
      }
      node = child;
    }
  }
  for (const [node, path] of paths) {
    node.mask = res.gazetteer.get(path) ?? 0;
    node.more = res.gazetteerPrefixes.has(path);
  }
  const lexicon = /* @__PURE__ */ new Map();
  const keys = [
    res.capitalization.keys(),
    res.clusters.keys(),
    res.gazetteer.keys(),
    res.gazetteerPrefixes.keys()
  ];
  for (const list of keys)
    for (const key of list) {
      if (lexicon.has(key)) continue;
      lexicon.set(key, {
        cap: res.capitalization.get(key) ?? -1,
        cl: res.clusters.get(key) ?? NO_CLASSES,
        gazetteer: res.gazetteer.get(key) ?? 0,
        prefix: res.gazetteerPrefixes.has(key),
        phrase: phraseStep(phrases, key) ?? null
      });
    }
  return { lexicon, phrases };
}
function gazetteerPrefixes(gazetteer) {
  const out = /* @__PURE__ */ new Set();
  for (const phrase of gazetteer.keys()) {
    let at = phrase.indexOf(" ");
    while (at > 0) {
      out.add(phrase.slice(0, at));
      at = phrase.indexOf(" ", at + 1);
    }
  }
  return out;
}
function wordShape(w, maxRun) {
  let out = "";
  let last = "";
  let run = 0;
  for (const ch of w) {
    let c;
    const code = ch.charCodeAt(0);
    if (code >= 65 && code <= 90) c = "X";
    else if (code >= 97 && code <= 122) c = "x";
    else if (code >= 48 && code <= 57) c = "d";
    else if (code < 128) c = ch;
    else if (/\p{Lu}/u.test(ch)) c = "X";
    else if (/\p{Ll}/u.test(ch)) c = "x";
    else if (/\p{N}/u.test(ch)) c = "d";
    else if (/\p{L}/u.test(ch)) c = "x";
    else c = ch;
    if (c === last) {
      run++;
      if (run > maxRun) continue;
    } else {
      last = c;
      run = 1;
    }
    out += c;
  }
  return out;
}
function shapeHash(w, maxRun) {
  let h = 2166136261;
  let last = -1;
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    let c;
    if (code >= 65 && code <= 90) c = 88;
    else if (code >= 97 && code <= 122) c = 120;
    else if (code >= 48 && code <= 57) c = 100;
    else if (code < 128) c = code;
    else {
      const cp = w.codePointAt(i);
      const ch = String.fromCodePoint(cp);
      if (cp > 65535) i++;
      if (/\p{Lu}/u.test(ch)) c = 88;
      else if (/\p{Ll}/u.test(ch)) c = 120;
      else if (/\p{N}/u.test(ch)) c = 100;
      else if (/\p{L}/u.test(ch)) c = 120;
      else c = cp;
    }
    if (c === last) {
      run++;
      if (run > maxRun) continue;
    } else {
      last = c;
      run = 1;
    }
    if (c > 65535) {
      h = Math.imul(h ^ 55296 + (c - 65536 >> 10), 16777619);
      h = Math.imul(h ^ 56320 + (c - 65536 & 1023), 16777619);
    } else h = Math.imul(h ^ c, 16777619);
  }
  return h | 0;
}
function addCode(gaz, i, code) {
  if (gaz[i] === NO_MATCH) gaz[i] = [code];
  else gaz[i].push(code);
}
function addPhraseCodes(gaz, i, len, mask) {
  for (let t = 0; 1 << t <= mask; t++) {
    if (!(mask & 1 << t)) continue;
    if (len === 1) addCode(gaz, i, mix2(t, 4));
    else {
      addCode(gaz, i, mix2(t, 1));
      for (let k = i + 1; k < i + len - 1; k++) addCode(gaz, k, mix2(t, 2));
      addCode(gaz, i + len - 1, mix2(t, 3));
    }
  }
}
function wordAttributes(word, res) {
  const lower2 = normalizeWord(word);
  const letter = hasLetter.test(word);
  const attributes = {
    lower: lower2,
    w: hashString2(lower2),
    o: hashString2(word),
    sh: shapeHash(word, 4),
    ssh: shapeHash(word, 1),
    cap: -1,
    cl: NO_CLASSES,
    letter,
    upper: letter && upperOnly.test(word),
    gazetteer: 0,
    gazetteerPrefix: false,
    phrase: null,
    row: -1,
    cue: CUES.get(lower2) ?? 0
  };
  if (res.index) {
    const lx = res.index.lexicon.get(lower2);
    if (lx !== void 0) {
      attributes.cap = lx.cap;
      attributes.cl = lx.cl;
      attributes.gazetteer = lx.gazetteer;
      attributes.gazetteerPrefix = lx.prefix;
      attributes.phrase = lx.phrase;
    }
  } else {
    attributes.cap = res.capitalization.get(lower2) ?? -1;
    attributes.cl = res.clusters.get(lower2) ?? NO_CLASSES;
    attributes.gazetteer = res.gazetteer.get(lower2) ?? 0;
    attributes.gazetteerPrefix = res.gazetteerPrefixes.has(lower2);
  }
  return attributes;
}
function sentenceAttributes(words, res, cache2) {
  const n = words.length;
  const w = new Int32Array(n);
  const o = new Int32Array(n);
  const sh = new Int32Array(n);
  const ssh = new Int32Array(n);
  const cap = new Int32Array(n);
  const cl = [];
  const gaz = [];
  const lower2 = [];
  const forms = [];
  const unigram = [];
  const prefix = [];
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < n; i++) {
    const word = words[i];
    let wa = cache2?.get(word);
    if (wa === void 0) {
      wa = wordAttributes(word, res);
      cache2?.set(word, wa);
    }
    lower2.push(wa.lower);
    forms.push(wa);
    w[i] = wa.w;
    o[i] = wa.o;
    sh[i] = wa.sh;
    ssh[i] = wa.ssh;
    cap[i] = wa.cap;
    cl.push(wa.cl);
    gaz.push(NO_MATCH);
    unigram.push(wa.gazetteer);
    prefix.push(wa.gazetteerPrefix);
    if (wa.letter) {
      letters++;
      if (wa.upper) upper++;
    }
  }
  if (res.gazetteerMaxLength > 0 && res.index) {
    for (let i = 0; i < n; i++) {
      let node = forms[i].phrase;
      for (let len = 1; node; len++) {
        if (node.mask !== 0) addPhraseCodes(gaz, i, len, node.mask);
        if (!node.more || len >= res.gazetteerMaxLength || i + len >= n) break;
        node = phraseStep(node, lower2[i + len]);
      }
    }
  } else if (res.gazetteerMaxLength > 0) {
    for (let i = 0; i < n; i++) {
      let phrase = "";
      for (let len = 1; len <= res.gazetteerMaxLength && i + len <= n; len++) {
        let mask;
        let more;
        if (len === 1) {
          mask = unigram[i] || void 0;
          more = prefix[i];
          if (mask === void 0 && !more) break;
          if (more) phrase = lower2[i];
        } else {
          phrase = `${phrase} ${lower2[i + len - 1]}`;
          mask = res.gazetteer.get(phrase);
          more = res.gazetteerPrefixes.has(phrase);
        }
        if (mask === void 0) {
          if (more) continue;
          break;
        }
        addPhraseCodes(gaz, i, len, mask);
        if (!more) break;
      }
    }
  }
  const allCaps = letters >= 3 && upper === letters;
  const agg = new Array(n).fill(NO_MATCH);
  return {
    n,
    w,
    o,
    sh,
    ssh,
    cl,
    gaz,
    cap,
    allCaps,
    docCase: new Int32Array(n),
    agg,
    topic: 0,
    words,
    lower: lower2,
    forms
  };
}
function aggregateContexts(attrs) {
  const occurrences = /* @__PURE__ */ new Map();
  for (const a of attrs)
    for (let i = 0; i < a.n; i++) {
      const first = a.words[i].charAt(0);
      if (first === first.toLowerCase()) continue;
      occurrences.set(a.w[i], (occurrences.get(a.w[i]) ?? 0) + 1);
    }
  const contexts = /* @__PURE__ */ new Map();
  for (const [word, count] of occurrences) if (count > 1) contexts.set(word, []);
  if (contexts.size === 0) return;
  const add = /* @__PURE__ */ __name((list, c) => {
    if (list.length < MAX_AGGREGATED && !list.includes(c)) list.push(c);
  }, "add");
  for (const a of attrs)
    for (let i = 0; i < a.n; i++) {
      const list = contexts.get(a.w[i]);
      if (list === void 0) continue;
      a.agg[i] = list;
      add(list, i > 0 ? a.w[i - 1] : BOS);
      add(list, i + 1 < a.n ? mix2(a.w[i + 1], 1) : EOS);
      if (i > 0 && a.cl[i - 1].length > 1) add(list, mix2(a.cl[i - 1][1], 2));
      if (i + 1 < a.n && a.cl[i + 1].length > 1) add(list, mix2(a.cl[i + 1][1], 3));
    }
}
function aggregateCues(attrs) {
  const cues = /* @__PURE__ */ new Map();
  for (const a of attrs)
    for (let i = 0; i < a.n; i++) {
      const first = a.words[i].charAt(0);
      if (first === first.toLowerCase() || !startsWithLetter.test(first)) continue;
      for (let j = Math.max(0, i - 2); j <= i + 2 && j < a.n; j++) {
        const cls = j === i ? 0 : a.forms[j].cue;
        if (cls === 0) continue;
        const code = mix2(cls * 2 + (j < i ? 0 : 1), 7);
        let list = cues.get(a.w[i]);
        if (list === void 0) {
          list = [];
          cues.set(a.w[i], list);
        }
        if (!list.includes(code)) list.push(code);
      }
    }
  if (cues.size === 0) return;
  const merged = /* @__PURE__ */ new Map();
  for (const a of attrs)
    for (let i = 0; i < a.n; i++) {
      const list = cues.get(a.w[i]);
      if (list === void 0) continue;
      const agg = a.agg[i];
      if (agg === NO_MATCH) {
        a.agg[i] = list;
        continue;
      }
      let out = merged.get(agg);
      if (out === void 0) {
        out = [...agg, ...list];
        merged.set(agg, out);
      }
      a.agg[i] = out;
    }
}
function documentAttributes(sentences, res, cache2) {
  const attrs = sentences.map((s) => sentenceAttributes(s, res, cache2));
  const seen = /* @__PURE__ */ new Map();
  for (const a of attrs) {
    if (a.allCaps) continue;
    for (let i = 1; i < a.n; i++) {
      const word = a.words[i];
      if (!startsWithLetter.test(word) || !endsLikeMidSentence.test(a.words[i - 1])) continue;
      const first = word.charAt(0);
      const bit = first === first.toLowerCase() ? 2 : 1;
      seen.set(a.w[i], (seen.get(a.w[i]) ?? 0) | bit);
    }
  }
  if (seen.size) for (const a of attrs) for (let i = 0; i < a.n; i++) a.docCase[i] = seen.get(a.w[i]) ?? 0;
  aggregateContexts(attrs);
  aggregateCues(attrs);
  const topic = attrs.length ? documentTopic(attrs[0].words) : 0;
  if (topic !== 0) for (const a of attrs) a.topic = topic;
  return attrs;
}
function documentTopic(first) {
  if (first.length < 3 || first[1] !== "-" || !deskLabel.test(first[0])) return 0;
  return hashString2(first[0].toLowerCase()) || 1;
}
function topicShapeFeatures(topic, ssh, out) {
  if (topic === 0) return;
  out.push(mix32(39 /* Topic */, topic, ssh));
  out.push(mix32(39 /* Topic */, ANY_TOPIC, ssh));
}
function topicGazFeatures(topic, gaz, out) {
  if (topic === 0) return;
  for (const g of gaz) {
    out.push(mix32(40 /* TopicGaz */, topic, g));
    out.push(mix32(40 /* TopicGaz */, ANY_TOPIC, g));
  }
}
function levelFeatures(template, classes, out) {
  for (let k = 0; k < classes.length; k++) out.push(mix32(template, k, classes[k]));
}
function staticFeatures(a, i, out) {
  const { w, o, sh, ssh, n } = a;
  const wi = w[i];
  const wm1 = i > 0 ? w[i - 1] : BOS;
  const wp1 = i + 1 < n ? w[i + 1] : EOS;
  const wm2 = i > 1 ? w[i - 2] : BOS2;
  const wp2 = i + 2 < n ? w[i + 2] : EOS2;
  const shm1 = i > 0 ? ssh[i - 1] : BOS;
  const shp1 = i + 1 < n ? ssh[i + 1] : EOS;
  out.push(1 /* Bias */);
  out.push(mix2(2 /* W */, wi));
  out.push(mix2(3 /* O */, o[i]));
  out.push(mix2(4 /* Wm1 */, wm1));
  out.push(mix2(5 /* Wp1 */, wp1));
  out.push(mix2(6 /* Wm2 */, wm2));
  out.push(mix2(7 /* Wp2 */, wp2));
  out.push(mix32(8 /* WW1 */, wm1, wi));
  out.push(mix32(9 /* W1W */, wi, wp1));
  out.push(mix2(33 /* OM1 */, i > 0 ? o[i - 1] : BOS));
  out.push(mix2(34 /* OP1 */, i + 1 < n ? o[i + 1] : EOS));
  out.push(mix2(10 /* Sh */, sh[i]));
  out.push(mix2(11 /* Ssh */, ssh[i]));
  out.push(mix2(12 /* ShM1 */, shm1));
  out.push(mix2(13 /* ShP1 */, shp1));
  out.push(mix2(mix32(14 /* Ssh3 */, shm1, ssh[i]), shp1));
  const low = a.lower[i];
  const L = low.length;
  let pre = 2166136261;
  for (let k = 1; k <= 4 && k <= L; k++) {
    pre = Math.imul(pre ^ low.charCodeAt(k - 1), 16777619);
    out.push(mix32(15 /* Pre */, k, pre | 0));
    out.push(mix32(16 /* Suf */, k, hashRange2(low, L - k, L)));
  }
  out.push(mix2(31 /* Len */, Math.min(L, 12)));
  const dash = low.indexOf("-");
  if (dash >= 0) out.push(mix2(32 /* Hyph */, hashRange2(low, 0, dash)));
  if (i === 0) out.push(mix2(17 /* First */, ssh[i]));
  if (a.allCaps) {
    out.push(mix2(18 /* Caps */, wi));
    out.push(mix32(18 /* Caps */, wm1, wi));
  }
  levelFeatures(19 /* Cl */, a.cl[i], out);
  if (i > 0) levelFeatures(20 /* ClM1 */, a.cl[i - 1], out);
  if (i + 1 < n) levelFeatures(21 /* ClP1 */, a.cl[i + 1], out);
  for (const g of a.gaz[i]) out.push(mix2(22 /* Gaz */, g));
  if (i > 0) for (const g of a.gaz[i - 1]) out.push(mix2(23 /* GazM1 */, g));
  if (i + 1 < n) for (const g of a.gaz[i + 1]) out.push(mix2(24 /* GazP1 */, g));
  out.push(mix2(25 /* Cap */, a.cap[i]));
  out.push(mix32(26 /* CapSsh */, a.cap[i], ssh[i]));
  out.push(mix32(37 /* DocCase */, a.docCase[i], ssh[i]));
  for (const c of a.agg[i]) out.push(mix2(38 /* Agg */, c));
  topicShapeFeatures(a.topic, ssh[i], out);
  topicGazFeatures(a.topic, a.gaz[i], out);
}
function roleFeatures(a, j, role, shape, out) {
  if (role === 0) {
    const ssh = a.ssh[j];
    const low = a.lower[j];
    const L = low.length;
    if (shape) {
      out.push(1 /* Bias */);
      out.push(mix2(10 /* Sh */, a.sh[j]));
      out.push(mix2(11 /* Ssh */, ssh));
      out.push(mix2(31 /* Len */, Math.min(L, 12)));
      out.push(mix2(25 /* Cap */, a.cap[j]));
      out.push(mix32(26 /* CapSsh */, a.cap[j], ssh));
      return;
    }
    out.push(mix2(2 /* W */, a.w[j]));
    out.push(mix2(3 /* O */, a.o[j]));
    let pre = 2166136261;
    for (let k = 1; k <= 4 && k <= L; k++) {
      pre = Math.imul(pre ^ low.charCodeAt(k - 1), 16777619);
      out.push(mix32(15 /* Pre */, k, pre | 0));
      out.push(mix32(16 /* Suf */, k, hashRange2(low, L - k, L)));
    }
    const dash = low.indexOf("-");
    if (dash >= 0) out.push(mix2(32 /* Hyph */, hashRange2(low, 0, dash)));
    levelFeatures(19 /* Cl */, a.cl[j], out);
  } else if (role === 1) {
    if (shape) out.push(mix2(12 /* ShM1 */, j < 0 ? BOS : a.ssh[j]));
    else {
      out.push(mix2(4 /* Wm1 */, j < 0 ? BOS : a.w[j]));
      out.push(mix2(33 /* OM1 */, j < 0 ? BOS : a.o[j]));
      if (j >= 0) levelFeatures(20 /* ClM1 */, a.cl[j], out);
    }
  } else if (role === 2) {
    if (shape) out.push(mix2(13 /* ShP1 */, j < 0 ? EOS : a.ssh[j]));
    else {
      out.push(mix2(5 /* Wp1 */, j < 0 ? EOS : a.w[j]));
      out.push(mix2(34 /* OP1 */, j < 0 ? EOS : a.o[j]));
      if (j >= 0) levelFeatures(21 /* ClP1 */, a.cl[j], out);
    }
  } else if (shape) return;
  else if (role === 3) out.push(mix2(6 /* Wm2 */, j < 0 ? BOS2 : a.w[j]));
  else out.push(mix2(7 /* Wp2 */, j < 0 ? EOS2 : a.w[j]));
}
function documentWordFeatures(a, j, out) {
  out.push(mix32(37 /* DocCase */, a.docCase[j], a.ssh[j]));
  for (const c of a.agg[j]) out.push(mix2(38 /* Agg */, c));
  topicShapeFeatures(a.topic, a.ssh[j], out);
}
function pairFeatures(a, i, out) {
  const { w, ssh, n } = a;
  const wi = w[i];
  const wm1 = i > 0 ? w[i - 1] : BOS;
  const wp1 = i + 1 < n ? w[i + 1] : EOS;
  const shm1 = i > 0 ? ssh[i - 1] : BOS;
  const shp1 = i + 1 < n ? ssh[i + 1] : EOS;
  out.push(mix32(8 /* WW1 */, wm1, wi));
  out.push(mix32(9 /* W1W */, wi, wp1));
  out.push(mix2(mix32(14 /* Ssh3 */, shm1, ssh[i]), shp1));
  if (i === 0) out.push(mix2(17 /* First */, ssh[i]));
  if (a.allCaps) {
    out.push(mix2(18 /* Caps */, wi));
    out.push(mix32(18 /* Caps */, wm1, wi));
  }
  for (const g of a.gaz[i]) out.push(mix2(22 /* Gaz */, g));
  if (i > 0) for (const g of a.gaz[i - 1]) out.push(mix2(23 /* GazM1 */, g));
  if (i + 1 < n) for (const g of a.gaz[i + 1]) out.push(mix2(24 /* GazP1 */, g));
  topicGazFeatures(a.topic, a.gaz[i], out);
}
function documentFeatures(hints, a, i, out) {
  const h = hints[i] & 15;
  out.push(mix2(35 /* Doc */, h));
  out.push(mix32(36 /* DocW */, h, a.w[i]));
  out.push(mix32(35 /* Doc */, h, a.ssh[i]));
  out.push(mix32(36 /* DocW */, h, i > 0 ? (hints[i - 1] & 15) + 16 : 99));
  out.push(mix32(36 /* DocW */, h, i + 1 < a.n ? (hints[i + 1] & 15) + 32 : 98));
  const ent = hints[i] >> 4 & 15;
  const sup = hints[i] >> 8;
  if (ent !== 0) {
    out.push(mix2(43 /* DocEnt */, ent));
    out.push(mix32(43 /* DocEnt */, ent, h));
  }
  if (sup !== 0) {
    out.push(mix2(44 /* DocSup */, sup));
    out.push(mix32(44 /* DocSup */, sup, h));
  }
}
function historyFeatures(hints, a, i, out) {
  const h = hints[i];
  if (h === 0) return;
  out.push(mix2(41 /* Hist */, h));
  out.push(mix32(42 /* HistW */, h, a.w[i]));
  out.push(mix32(41 /* Hist */, h, a.ssh[i]));
  out.push(mix32(42 /* HistW */, h, i > 0 ? hints[i - 1] + 16 : 99));
  out.push(mix32(42 /* HistW */, h, i + 1 < a.n ? hints[i + 1] + 32 : 98));
}
function saltFeatures(buf, from) {
  for (let k = from; k < buf.length; k++) buf[k] = mix2(buf[k], PASS2_SALT);
}
var hashRange2, hashString2, mix2, mix32, NO_CLASSES, emptyResources, DIGIT, normalizeWord, hasLetter, upperOnly, BOS, EOS, BOS2, EOS2, NO_MATCH, endsLikeMidSentence, startsWithLetter, MAX_AGGREGATED, CUES, cueClass, deskLabel, ANY_TOPIC, WORD_ROLES, PASS2_SALT, transitionFeature;
var init_features = __esm({
  "src/analyze/ner/features.ts"() {
    "use strict";
    init_hash();
    ({ hashRange: hashRange2, hashString: hashString2, mix: mix2, mix3: mix32 } = hash_exports);
    __name(phraseStep, "phraseStep");
    __name(indexResources, "indexResources");
    NO_CLASSES = [];
    __name(gazetteerPrefixes, "gazetteerPrefixes");
    emptyResources = /* @__PURE__ */ __name(() => ({
      gazetteer: /* @__PURE__ */ new Map(),
      gazetteerMaxLength: 0,
      gazetteerPrefixes: /* @__PURE__ */ new Set(),
      clusters: /* @__PURE__ */ new Map(),
      capitalization: /* @__PURE__ */ new Map()
    }), "emptyResources");
    DIGIT = /[0-9]/;
    normalizeWord = /* @__PURE__ */ __name((w) => {
      const l = w.toLowerCase();
      return DIGIT.test(l) ? l.replace(/[0-9]/g, "0") : l;
    }, "normalizeWord");
    __name(wordShape, "wordShape");
    __name(shapeHash, "shapeHash");
    hasLetter = /\p{L}/u;
    upperOnly = /^[^\p{Ll}]*$/u;
    BOS = hashString2("<s>");
    EOS = hashString2("</s>");
    BOS2 = hashString2("<s2>");
    EOS2 = hashString2("</s2>");
    NO_MATCH = [];
    __name(addCode, "addCode");
    __name(addPhraseCodes, "addPhraseCodes");
    __name(wordAttributes, "wordAttributes");
    __name(sentenceAttributes, "sentenceAttributes");
    endsLikeMidSentence = /[\p{L}\p{N},]$/u;
    startsWithLetter = /^\p{L}/u;
    MAX_AGGREGATED = 24;
    __name(aggregateContexts, "aggregateContexts");
    CUES = /* @__PURE__ */ new Map();
    cueClass = /* @__PURE__ */ __name((cls, words) => {
      for (const w of words.split(" ")) CUES.set(w, cls);
    }, "cueClass");
    cueClass(
      1,
      "shares stake stakes shareholders stock inc inc. corp corp. corporation ltd ltd. plc co co. ag sa nv"
    );
    cueClass(
      2,
      "chairman chief executive spokesman spokeswoman president director manager analyst analysts officials"
    );
    cueClass(
      3,
      "subsidiary unit company firm group bank airline newspaper profit profits earnings revenue sales"
    );
    cueClass(4, "acquire acquired buy bought sell sold merger takeover bid percent");
    cueClass(5, "beat defeated drew lost won against v vs coach striker midfielder fans champions");
    cueClass(6, "in at near from capital province city town village region border km miles airport embassy");
    cueClass(7, "northern southern eastern western north south east west");
    __name(aggregateCues, "aggregateCues");
    __name(documentAttributes, "documentAttributes");
    deskLabel = /^\p{Lu}[\p{Lu}\p{Ll}]+$/u;
    __name(documentTopic, "documentTopic");
    ANY_TOPIC = hashString2("<topic>");
    __name(topicShapeFeatures, "topicShapeFeatures");
    __name(topicGazFeatures, "topicGazFeatures");
    __name(levelFeatures, "levelFeatures");
    __name(staticFeatures, "staticFeatures");
    WORD_ROLES = 5;
    __name(roleFeatures, "roleFeatures");
    __name(documentWordFeatures, "documentWordFeatures");
    __name(pairFeatures, "pairFeatures");
    __name(documentFeatures, "documentFeatures");
    __name(historyFeatures, "historyFeatures");
    PASS2_SALT = 791621423;
    __name(saltFeatures, "saltFeatures");
    transitionFeature = /* @__PURE__ */ __name((previous) => mix2(27 /* P1 */, previous), "transitionFeature");
  }
});

// src/analyze/ner/tags.ts
var tags_exports = {};
__export(tags_exports, {
  ALLOWED: () => ALLOWED,
  CLOSING: () => CLOSING,
  ENTITY_TYPES: () => ENTITY_TYPES,
  NUM_TAGS: () => NUM_TAGS,
  TAGS: () => TAGS,
  allowed: () => allowed,
  makeTag: () => makeTag,
  spansToTags: () => spansToTags,
  tagPrefix: () => tagPrefix,
  tagType: () => tagType,
  tagsToSpans: () => tagsToSpans
});
function allowed(prev, tag2) {
  const pp = tagPrefix(prev);
  const inside = pp === "B" || pp === "I";
  if (tag2 === 0) return !inside;
  const tp = tagPrefix(tag2);
  if (tp === "I" || tp === "L") return inside && tagType(prev) === tagType(tag2);
  return !inside;
}
function spansToTags(n, spans) {
  const tags = new Uint8Array(n);
  for (const s of spans) {
    const t = ENTITY_TYPES.indexOf(s.type);
    if (s.end - s.start === 1) tags[s.start] = makeTag("U", t);
    else {
      tags[s.start] = makeTag("B", t);
      for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = makeTag("I", t);
      tags[s.end - 1] = makeTag("L", t);
    }
  }
  return tags;
}
function tagsToSpans(tags) {
  const spans = [];
  let start = -1;
  let type = -1;
  const flush = /* @__PURE__ */ __name((end) => {
    if (start >= 0) spans.push({ start, end, type: ENTITY_TYPES[type] });
    start = -1;
    type = -1;
  }, "flush");
  for (let i = 0; i < tags.length; i++) {
    const tag2 = tags[i];
    const p = tagPrefix(tag2);
    const t = tagType(tag2);
    if (p === "O") flush(i);
    else if (p === "U") {
      flush(i);
      spans.push({ start: i, end: i + 1, type: ENTITY_TYPES[t] });
    } else if (p === "B") {
      flush(i);
      start = i;
      type = t;
    } else {
      if (start < 0 || type !== t) {
        flush(i);
        start = i;
        type = t;
      }
      if (p === "L") flush(i + 1);
    }
  }
  flush(tags.length);
  return spans;
}
var ENTITY_TYPES, TAGS, NUM_TAGS, tagPrefix, tagType, makeTag, ALLOWED, CLOSING;
var init_tags = __esm({
  "src/analyze/ner/tags.ts"() {
    "use strict";
    ENTITY_TYPES = ["PER", "ORG", "LOC", "MISC"];
    TAGS = [
      "O",
      ...ENTITY_TYPES.flatMap((t) => ["B", "I", "L", "U"].map((p) => `${p}-${t}`))
    ];
    NUM_TAGS = TAGS.length;
    tagPrefix = /* @__PURE__ */ __name((tag2) => tag2 === 0 ? "O" : "BILU"[(tag2 - 1) % 4], "tagPrefix");
    tagType = /* @__PURE__ */ __name((tag2) => tag2 === 0 ? -1 : Math.floor((tag2 - 1) / 4), "tagType");
    makeTag = /* @__PURE__ */ __name((prefix, type) => 1 + type * 4 + "BILU".indexOf(prefix), "makeTag");
    __name(allowed, "allowed");
    ALLOWED = (() => {
      const t = new Uint8Array(NUM_TAGS * NUM_TAGS);
      for (let p = 0; p < NUM_TAGS; p++)
        for (let c = 0; c < NUM_TAGS; c++) t[p * NUM_TAGS + c] = allowed(p, c) ? 1 : 0;
      return t;
    })();
    CLOSING = Uint8Array.from(
      { length: NUM_TAGS },
      (_, t) => t === 0 || (t - 1) % 4 >= 2 ? 1 : 0
    );
    __name(spansToTags, "spansToTags");
    __name(tagsToSpans, "tagsToSpans");
  }
});

// src/analyze/ner/viterbi.ts
var viterbi_exports = {};
__export(viterbi_exports, {
  viterbi: () => viterbi,
  viterbiWork: () => viterbiWork
});
function viterbi(n, emit, trans, work2) {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  if (work2.back.length < n * NT) work2.back = new Uint8Array(2 * n * NT);
  const { back } = work2;
  let delta = work2.delta;
  let next = work2.next;
  for (let t = 0; t < NT; t++) delta[t] = ALLOWED2[t] ? trans[t] + emit[t] : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    const at = i * NT;
    for (let t = 0; t < NT; t++) {
      const prev = PREVIOUS[t];
      let best = prev[0];
      let bestScore = delta[best] + trans[best * NT + t];
      for (let k = 1; k < prev.length; k++) {
        const p = prev[k];
        const v = delta[p] + trans[p * NT + t];
        if (v > bestScore) {
          bestScore = v;
          best = p;
        }
      }
      next[t] = bestScore + emit[at + t];
      back[at + t] = best;
    }
    const swap = delta;
    delta = next;
    next = swap;
  }
  let last = 0;
  for (let t = 1; t < NT; t++) if (CLOSING2[t] && delta[t] > delta[last]) last = t;
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * NT + tags[i]];
  return tags;
}
var ALLOWED2, CLOSING2, NUM_TAGS2, NT, PREVIOUS, viterbiWork;
var init_viterbi = __esm({
  "src/analyze/ner/viterbi.ts"() {
    "use strict";
    init_tags();
    ({ ALLOWED: ALLOWED2, CLOSING: CLOSING2, NUM_TAGS: NUM_TAGS2 } = tags_exports);
    NT = NUM_TAGS2;
    PREVIOUS = Array.from(
      { length: NT },
      (_, t) => Uint8Array.from(Array.from({ length: NT }, (_2, p) => p).filter((p) => ALLOWED2[p * NT + t]))
    );
    viterbiWork = /* @__PURE__ */ __name(() => ({
      delta: new Float64Array(NT),
      next: new Float64Array(NT),
      back: new Uint8Array(256 * NT),
      emit: new Float64Array(256 * NT)
    }), "viterbiWork");
    __name(viterbi, "viterbi");
  }
});

// src/analyze/ner/model.ts
function clearWordMemo(m) {
  m.memo.attributes.clear();
  m.memo.used = 0;
  m.memo.boundary = -1;
}
function buildModel(featureKeys, weights, resources, twoPass, version = MODEL_FORMAT_VERSION, history = false) {
  let maxAbs = 0;
  for (let i = 0; i < weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(weights[i]));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const list = [];
  const rowAt = [];
  const rowCount = [];
  for (let r = 0; r < featureKeys.length; r++) {
    const at = list.length;
    for (let t = 0; t < NUM_TAGS3; t++) {
      const q = Math.round(weights[r * NUM_TAGS3 + t] / scale);
      if (q !== 0) list.push(q << 8 | t);
    }
    rowAt.push(at);
    rowCount.push(list.length - at);
  }
  let size = 1;
  while (size < featureKeys.length * 1.4) size <<= 1;
  const table = new Int32Array(size * 2);
  const mask = size - 1;
  for (let r = 0; r < featureKeys.length; r++) {
    if (rowCount[r] === 0) continue;
    const f = featureKeys[r];
    let idx = f & mask;
    while (table[idx * 2 + 1] !== 0) idx = idx + 1 & mask;
    table[idx * 2] = f;
    table[idx * 2 + 1] = rowAt[r] << 5 | rowCount[r];
  }
  const entries = Int32Array.from(list);
  const model = {
    kind: "wiretrace-ner",
    version,
    resources,
    table,
    mask,
    entries,
    scale,
    twoPass,
    history,
    ...pairTable(table, mask, entries),
    transitions: [new Float64Array(NUM_TAGS3 * NUM_TAGS3), new Float64Array(NUM_TAGS3 * NUM_TAGS3)],
    memo: { attributes: /* @__PURE__ */ new Map(), rows: new Int32Array(0), used: 0, boundary: -1 }
  };
  const first = new Int32Array(NUM_TAGS3 * NUM_TAGS3);
  const second = new Int32Array(NUM_TAGS3 * NUM_TAGS3);
  for (let prev = 0; prev < NUM_TAGS3; prev++)
    pairedScoreBoth(model, [transitionFeature(prev)], first, prev * NUM_TAGS3, second, prev * NUM_TAGS3);
  model.transitions[0].set(first);
  model.transitions[1].set(second);
  return model;
}
function plainRow(table, mask, f) {
  let idx = f & mask;
  let packed = table[idx * 2 + 1];
  while (packed !== 0) {
    if (table[idx * 2] === f) return packed;
    idx = idx + 1 & mask;
    packed = table[idx * 2 + 1];
  }
  return 0;
}
function pairTable(table, mask, entries) {
  const has = /* @__PURE__ */ __name((f) => plainRow(table, mask, f) !== 0, "has");
  const order = [];
  const consider = /* @__PURE__ */ __name((f) => {
    const a = plainRow(table, mask, f);
    const b = plainRow(table, mask, mix(f, PASS2_SALT));
    const n = (a & 31) + (b & 31);
    if (n === 0) return;
    const aIsSecondPass = a !== 0 && has(unmix(f, PASS2_SALT));
    const bIsFirstPass = b !== 0 && has(mix(mix(f, PASS2_SALT), PASS2_SALT));
    const cold = (a === 0 || aIsSecondPass) && (b === 0 || bIsFirstPass) ? 1 : 0;
    order.push(cold * 2 ** 38 + (63 - n) * 2 ** 32 + (f >>> 0));
  }, "consider");
  for (let idx = 0; idx <= mask; idx++) {
    if (table[idx * 2 + 1] === 0) continue;
    const k = table[idx * 2];
    consider(k);
    const f = unmix(k, PASS2_SALT);
    if (!has(f)) consider(f);
  }
  const sorted = Float64Array.from(order).sort();
  let size = 1;
  while (size < sorted.length * 1.4) size <<= 1;
  const paired = new Int32Array(size * 2);
  const pairedMask = size - 1;
  const out = new Int32Array(2 * entries.length);
  let at = 0;
  for (let s = 0; s < sorted.length; s++) {
    const f = sorted[s] % 2 ** 32 | 0;
    const a = plainRow(table, mask, f);
    const b = plainRow(table, mask, mix(f, PASS2_SALT));
    if (at >= 1 << 21) throw new Error("NER model too large for the paired table");
    const start = at;
    for (let e = a >>> 5; e < (a >>> 5) + (a & 31); e++) out[at++] = entries[e];
    for (let e = b >>> 5; e < (b >>> 5) + (b & 31); e++) out[at++] = entries[e];
    let idx = f & pairedMask;
    while (paired[idx * 2 + 1] !== 0) idx = idx + 1 & pairedMask;
    paired[idx * 2] = f;
    paired[idx * 2 + 1] = start << 10 | (a & 31) << 5 | b & 31;
  }
  return { paired, pairedMask, pairedEntries: out.slice(0, at) };
}
function pairedScoreBoth(m, features, first, at, second, at2) {
  const { paired, pairedMask, pairedEntries } = m;
  const wide = pairedMask * 2 + 1;
  for (let k = 0; k < features.length; k++) {
    const f = features[k];
    let idx = (f & pairedMask) << 1;
    let packed = paired[idx + 1];
    while (packed !== 0) {
      if (paired[idx] === f) {
        let e = packed >>> 10;
        const endA = e + (packed >>> 5 & 31);
        for (; e < endA; e++) {
          const v = pairedEntries[e];
          first[at + (v & 255)] += v >> 8;
        }
        if (second) {
          const endB = e + (packed & 31);
          for (; e < endB; e++) {
            const v = pairedEntries[e];
            second[at2 + (v & 255)] += v >> 8;
          }
        }
        break;
      }
      idx = idx + 2 & wide;
      packed = paired[idx + 1];
    }
  }
}
function memoRow(m) {
  const memo = m.memo;
  const size = WORD_ROLES2 * roleWidth(m);
  if (memo.used + size > memo.rows.length) {
    const grown = new Int32Array(Math.max(2 * memo.rows.length, 64 * size));
    grown.set(memo.rows.subarray(0, memo.used));
    memo.rows = grown;
  }
  const at = memo.used;
  memo.used += size;
  memo.rows.fill(0, at, at + size);
  return at;
}
function scoreRoles(m, a, j, buf) {
  const at = memoRow(m);
  const rows = m.memo.rows;
  const width = roleWidth(m);
  for (let role = j < 0 ? 1 : 0; role < WORD_ROLES2; role++) {
    buf.length = 0;
    roleFeatures2(a, j, role, false, buf);
    roleFeatures2(a, j, role, true, buf);
    const base = at + role * width;
    pairedScoreBoth(m, buf, rows, base, m.twoPass ? rows : null, base + NT2);
  }
  return at;
}
function grow(a, at) {
  if (at < a.length) return a;
  const grown = new Int32Array(2 * (at + 1));
  grown.set(a);
  return grown;
}
function documentWord(m, a, j, two, buf) {
  const form = a.forms[j];
  if (form.row < 0) form.row = scoreRoles(m, a, j, buf);
  const width = roleWidth(m);
  const k = form.row / (WORD_ROLES2 * width) | 0;
  if (k >= scratch.stamp.length) {
    scratch.stamp = grow(scratch.stamp, k);
    scratch.slot = grow(scratch.slot, k);
  }
  if (scratch.stamp[k] !== current.stamp) {
    scratch.stamp[k] = current.stamp;
    const slot = current.slots++;
    scratch.slot[k] = slot;
    const at = slot * width;
    scratch.own = grow(scratch.own, at + width);
    const own = scratch.own;
    own.fill(0, at, at + width);
    buf.length = 0;
    documentWordFeatures2(a, j, buf);
    pairedScoreBoth(m, buf, own, at, two ? own : null, at + NT2);
  }
  scratch.roleAt[j] = form.row;
  scratch.ownAt[j] = scratch.slot[k] * width;
}
function cachedStaticScores(m, a, first, second, boundary, buf) {
  const n = a.n;
  const two = second >= 0;
  if (scratch.roleAt.length < n) {
    scratch.roleAt = new Int32Array(2 * n);
    scratch.ownAt = new Int32Array(2 * n);
  }
  for (let i = 0; i < n; i++) documentWord(m, a, i, two, buf);
  const { roleAt, ownAt } = scratch;
  const width = roleWidth(m);
  const rows = m.memo.rows;
  const own = scratch.own;
  const base = scratch.base;
  const r1 = width;
  const r2 = 2 * width;
  const r3 = 3 * width;
  const r4 = 4 * width;
  for (let i = 0; i < n; i++) {
    const self = roleAt[i];
    const o = ownAt[i];
    const left = (i > 0 ? roleAt[i - 1] : boundary) + r1;
    const right = (i + 1 < n ? roleAt[i + 1] : boundary) + r2;
    const left2 = (i > 1 ? roleAt[i - 2] : boundary) + r3;
    const right2 = (i + 2 < n ? roleAt[i + 2] : boundary) + r4;
    const at = first + i * NT2;
    for (let t = 0; t < NT2; t++)
      base[at + t] = rows[self + t] + own[o + t] + rows[left + t] + rows[right + t] + rows[left2 + t] + rows[right2 + t];
    const at2 = second + i * NT2;
    if (two)
      for (let t = NT2; t < ROW; t++)
        base[at2 + t - NT2] = rows[self + t] + own[o + t] + rows[left + t] + rows[right + t] + rows[left2 + t] + rows[right2 + t];
    buf.length = 0;
    pairFeatures2(a, i, buf);
    pairedScoreBoth(m, buf, base, at, two ? base : null, at2);
  }
}
function pairedScore(m, features, secondPass, out) {
  const { paired, pairedMask, pairedEntries } = m;
  const wide = pairedMask * 2 + 1;
  for (let k = 0; k < features.length; k++) {
    const f = features[k];
    let idx = (f & pairedMask) << 1;
    let packed = paired[idx + 1];
    while (packed !== 0) {
      if (paired[idx] === f) {
        let e = packed >>> 10;
        const na = packed >>> 5 & 31;
        let end = e + na;
        if (secondPass) {
          e = end;
          end += packed & 31;
        }
        for (; e < end; e++) {
          const v = pairedEntries[e];
          out[v & 255] += v >> 8;
        }
        break;
      }
      idx = idx + 2 & wide;
      packed = paired[idx + 1];
    }
  }
}
function decodePaired(m, a, base, from, hints, buf, scores2, work2, history = null) {
  if (work2.emit.length < a.n * NT2) work2.emit = new Float64Array(2 * a.n * NT2);
  const emit = work2.emit;
  for (let i = 0; i < a.n; i++) {
    const at = i * NT2;
    const b = from + at;
    if (history && history[i] !== 0) {
      buf.length = 0;
      historyFeatures2(history, a, i, buf);
      scores2.fill(0);
      pairedScore(m, buf, false, scores2);
      for (let t = 0; t < NT2; t++) emit[at + t] = base[b + t] + scores2[t];
    } else if (hints) {
      buf.length = 0;
      documentFeatures2(hints, a, i, buf);
      scores2.fill(0);
      pairedScore(m, buf, true, scores2);
      for (let t = 0; t < NT2; t++) emit[at + t] = base[b + t] + scores2[t];
    } else for (let t = 0; t < NT2; t++) emit[at + t] = base[b + t];
  }
  return viterbi2(a.n, emit, m.transitions[hints ? 1 : 0], work2);
}
function addVotes(votes, a, tags) {
  for (let i = 0; i < a.n; i++) {
    const t = tagType2(tags[i]);
    if (t < 0 && a.lower[i] === a.words[i]) continue;
    let v = votes.get(a.w[i]);
    if (!v) {
      v = new Int32Array(5);
      votes.set(a.w[i], v);
    }
    v[t + 1]++;
  }
}
function votedHints(votes, a) {
  const out = new Int32Array(a.n);
  if (votes.size === 0) return out;
  for (let i = 0; i < a.n; i++) {
    const v = votes.get(a.w[i]);
    if (!v) continue;
    let best = 0;
    let total = 0;
    for (let t = 0; t < 5; t++) {
      total += v[t];
      if (v[t] > v[best]) best = t;
    }
    out[i] = best + 1 + (v[best] < total ? 8 : 0);
  }
  return out;
}
function documentHints(sentences, firstPass) {
  const votes = /* @__PURE__ */ new Map();
  for (let s = 0; s < sentences.length; s++) addVotes(votes, sentences[s], firstPass[s]);
  const hints = sentences.map((a) => votedHints(votes, a));
  entityHints(sentences, firstPass, hints);
  return hints;
}
function majorityCode(counts) {
  let best = 0;
  let total = 0;
  for (let t = 0; t < counts.length; t++) {
    total += counts[t];
    if (counts[t] > counts[best]) best = t;
  }
  return total === 0 ? 0 : best + 1 + (counts[best] < total ? 8 : 0);
}
function entityHints(sentences, firstPass, hints) {
  const found = firstPass.map((t) => tagsToSpans(t));
  const counts = /* @__PURE__ */ new Map();
  const keys = found.map(
    (spans, s) => spans.map((sp) => {
      const key = sentences[s].lower.slice(sp.start, sp.end).join(" ");
      let c = counts.get(key);
      if (!c) {
        c = new Int32Array(ENTITY_COUNT);
        counts.set(key, c);
      }
      c[ENTITY_TYPES.indexOf(sp.type)]++;
      return key;
    })
  );
  if (counts.size === 0) return;
  const within = /* @__PURE__ */ new Map();
  for (const key of counts.keys()) {
    const sum = new Int32Array(ENTITY_COUNT);
    for (const [other, c] of counts)
      if (other.length > key.length && ` ${other} `.includes(` ${key} `))
        for (let t = 0; t < ENTITY_COUNT; t++) sum[t] += c[t];
    within.set(key, sum);
  }
  const others = new Int32Array(ENTITY_COUNT);
  for (let s = 0; s < found.length; s++)
    for (let k = 0; k < found[s].length; k++) {
      const sp = found[s][k];
      const key = keys[s][k];
      others.set(counts.get(key));
      others[ENTITY_TYPES.indexOf(sp.type)]--;
      const code = majorityCode(others) << 4 | majorityCode(within.get(key)) << 8;
      for (let i = sp.start; i < sp.end; i++) hints[s][i] |= code;
    }
}
function decodeWithHistory(sentences, decode) {
  const votes = /* @__PURE__ */ new Map();
  const tags = new Array(sentences.length);
  for (let s = 0; s < sentences.length; s++) {
    tags[s] = decode(s, votedHints(votes, sentences[s]));
    addVotes(votes, sentences[s], tags[s]);
  }
  return tags;
}
function tagDocument(model, sentences, options = {}) {
  const two = model.twoPass && options.passes !== 1;
  const { memo } = model;
  if (memo.attributes.size >= MEMO_WORDS) clearWordMemo(model);
  const attrs = documentAttributes(sentences, model.resources, memo.attributes);
  const buf = [];
  const firstAt = new Int32Array(attrs.length);
  let tokens = 0;
  for (let s = 0; s < attrs.length; s++) {
    firstAt[s] = tokens * NT2;
    tokens += attrs[s].n;
  }
  const secondAt = two ? tokens * NT2 : -1;
  if (scratch.base.length < (two ? 2 : 1) * tokens * NT2) scratch.base = new Int32Array(4 * tokens * NT2);
  if (memo.boundary < 0 && attrs.length) memo.boundary = scoreRoles(model, attrs[0], -1, buf);
  current.stamp++;
  current.slots = 0;
  for (let s = 0; s < attrs.length; s++)
    cachedStaticScores(model, attrs[s], firstAt[s], two ? secondAt + firstAt[s] : -1, memo.boundary, buf);
  const base = scratch.base;
  let tags;
  if (model.history)
    tags = decodeWithHistory(
      attrs,
      (s, history) => decodePaired(model, attrs[s], base, firstAt[s], null, buf, scores, work, history)
    );
  else tags = attrs.map((a, s) => decodePaired(model, a, base, firstAt[s], null, buf, scores, work));
  if (two) {
    const hints = documentHints(attrs, tags);
    tags = attrs.map(
      (a, s) => decodePaired(model, a, base, secondAt + firstAt[s], hints[s], buf, scores, work)
    );
  }
  return tags.map((t) => tagsToSpans(t));
}
function deserializeModel(bytes) {
  if (bytes.length < 12) return null;
  for (let i = 0; i < 8; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hlen = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + hlen)));
  if (header.version !== MODEL_FORMAT_VERSION)
    throw new Error(
      `NER model format ${header.version} is not the one this version reads (${MODEL_FORMAT_VERSION}); retrain it with \`npx tsx scripts/train-ner.ts\``
    );
  const { rows, nnz, scale } = header;
  let at = pad4(12 + hlen);
  const keysAt = at;
  at += rows * 4;
  const countsAt = at;
  at = pad4(at + rows);
  const tagsAt = at;
  at = pad4(at + nnz);
  const weightsAt = at;
  const featureKeys = new Int32Array(rows);
  const weights = new Float32Array(rows * NUM_TAGS3);
  let e = 0;
  for (let r = 0; r < rows; r++) {
    featureKeys[r] = view.getInt32(keysAt + r * 4, true);
    const c = bytes[countsAt + r];
    for (let k = 0; k < c; k++) {
      weights[r * NUM_TAGS3 + bytes[tagsAt + e]] = view.getInt16(weightsAt + e * 2, true) * scale;
      e++;
    }
  }
  const resources = {
    gazetteer: new Map(header.gazetteer),
    gazetteerMaxLength: header.gazetteerMaxLength,
    gazetteerPrefixes: gazetteerPrefixes(new Map(header.gazetteer)),
    clusters: new Map(header.clusters),
    capitalization: new Map(header.capitalization)
  };
  resources.index = indexResources(resources);
  return buildModel(featureKeys, weights, resources, header.twoPass, header.version, header.history ?? false);
}
var ENTITY_COUNT, documentFeatures2, documentWordFeatures2, historyFeatures2, pairFeatures2, roleFeatures2, WORD_ROLES2, NUM_TAGS3, tagType2, viterbi2, viterbiWork2, MEMO_WORDS, NT2, ROW, roleWidth, scratch, current, work, scores, emptyModel, MAGIC, MODEL_FORMAT_VERSION, pad4;
var init_model = __esm({
  "src/analyze/ner/model.ts"() {
    "use strict";
    init_features();
    init_features();
    init_hash();
    init_tags();
    init_tags();
    init_viterbi();
    ENTITY_COUNT = ENTITY_TYPES.length;
    ({ documentFeatures: documentFeatures2, documentWordFeatures: documentWordFeatures2, historyFeatures: historyFeatures2, pairFeatures: pairFeatures2, roleFeatures: roleFeatures2, WORD_ROLES: WORD_ROLES2 } = features_exports);
    ({ NUM_TAGS: NUM_TAGS3, tagType: tagType2 } = tags_exports);
    ({ viterbi: viterbi2, viterbiWork: viterbiWork2 } = viterbi_exports);
    MEMO_WORDS = 1 << 15;
    __name(clearWordMemo, "clearWordMemo");
    __name(buildModel, "buildModel");
    __name(plainRow, "plainRow");
    __name(pairTable, "pairTable");
    NT2 = NUM_TAGS3;
    __name(pairedScoreBoth, "pairedScoreBoth");
    ROW = 2 * NUM_TAGS3;
    roleWidth = /* @__PURE__ */ __name((m) => m.twoPass ? 2 * NT2 : NT2, "roleWidth");
    __name(memoRow, "memoRow");
    __name(scoreRoles, "scoreRoles");
    scratch = {
      /** Per distinct word of the document: both passes' sums of its documentWordFeatures (roleWidth each). */
      own: new Int32Array(256 * 2 * NT2),
      /** Per memo word (row / row size): the document that last gave it a slot in `own`, and that slot. */
      stamp: new Int32Array(1024),
      slot: new Int32Array(1024),
      /** Per token of the sentence at hand: its word's memo row and its word's own row. */
      roleAt: new Int32Array(256),
      ownAt: new Int32Array(256),
      /** Static scores of every token of the document: the first pass's, then the second pass's. */
      base: new Int32Array(4096 * NT2)
    };
    current = { stamp: 0, slots: 0 };
    __name(grow, "grow");
    __name(documentWord, "documentWord");
    __name(cachedStaticScores, "cachedStaticScores");
    __name(pairedScore, "pairedScore");
    work = viterbiWork2();
    scores = new Int32Array(NT2);
    __name(decodePaired, "decodePaired");
    emptyModel = /* @__PURE__ */ __name(() => buildModel(new Int32Array(0), new Float32Array(0), emptyResources(), false), "emptyModel");
    __name(addVotes, "addVotes");
    __name(votedHints, "votedHints");
    __name(documentHints, "documentHints");
    __name(majorityCode, "majorityCode");
    __name(entityHints, "entityHints");
    __name(decodeWithHistory, "decodeWithHistory");
    __name(tagDocument, "tagDocument");
    MAGIC = "WTNER1\0\0";
    MODEL_FORMAT_VERSION = 2;
    pad4 = /* @__PURE__ */ __name((n) => n + 3 & ~3, "pad4");
    __name(deserializeModel, "deserializeModel");
  }
});

// src/analyze/ner/conll.ts
function labelsToSpans(labels, mapType) {
  const spans = [];
  let start = -1;
  let type = null;
  for (let i = 0; i <= labels.length; i++) {
    const lab = i < labels.length ? labels[i] : "O";
    const dash = lab.indexOf("-");
    const prefix = lab === "O" ? "O" : dash > 0 ? lab.slice(0, dash) : "I";
    const t = lab === "O" ? null : mapType(dash > 0 ? lab.slice(dash + 1) : lab);
    const continues = t !== null && prefix === "I" && t === type;
    if (!continues && start >= 0 && type) {
      spans.push({ start, end: i, type });
      start = -1;
      type = null;
    }
    if (t !== null && !continues) {
      start = i;
      type = t;
    }
  }
  return spans;
}
function parseConll(text) {
  const docs2 = [];
  let doc = { sentences: [] };
  let words = [];
  let labels = [];
  const endSentence = /* @__PURE__ */ __name(() => {
    if (words.length) doc.sentences.push({ words, spans: labelsToSpans(labels, conllType) });
    words = [];
    labels = [];
  }, "endSentence");
  for (const line of text.split("\n")) {
    const l = line.trim();
    if (!l) {
      endSentence();
      continue;
    }
    const parts = l.split(/\s+/);
    if (parts[0] === "-DOCSTART-") {
      endSentence();
      if (doc.sentences.length) docs2.push(doc);
      doc = { sentences: [] };
      continue;
    }
    words.push(parts[0]);
    labels.push(parts[parts.length - 1]);
  }
  endSentence();
  if (doc.sentences.length) docs2.push(doc);
  return docs2;
}
function parseUner(text) {
  const sentences = [];
  let words = [];
  let labels = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    if (!line.trim()) {
      if (words.length) sentences.push({ words, spans: labelsToSpans(labels, conllType) });
      words = [];
      labels = [];
      continue;
    }
    const parts = line.split("	");
    words.push(parts[1]);
    labels.push(parts[2] ?? "O");
  }
  if (words.length) sentences.push({ words, spans: labelsToSpans(labels, conllType) });
  return [{ sentences }];
}
function parseGum(text) {
  const sentences = [];
  let words = [];
  let labels = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) {
      if (words.length) sentences.push({ words, spans: labelsToSpans(labels, (t) => GUM_TYPES[t] ?? null) });
      words = [];
      labels = [];
      continue;
    }
    const [w, lab] = line.split("	");
    words.push(w);
    labels.push(lab === "O" || !lab ? "O" : `I-${lab}`);
  }
  if (words.length) sentences.push({ words, spans: labelsToSpans(labels, (t) => GUM_TYPES[t] ?? null) });
  return { sentences };
}
function scoreSpans(gold, predicted, types = ENTITY_TYPES) {
  const counts = /* @__PURE__ */ new Map();
  for (const t of types) counts.set(t, { g: 0, p: 0, c: 0 });
  for (let s = 0; s < gold.length; s++) {
    const keys = new Set(gold[s].map((x) => `${x.start}:${x.end}:${x.type}`));
    for (const x of gold[s]) {
      const c = counts.get(x.type);
      if (c) c.g++;
    }
    for (const x of predicted[s]) {
      const c = counts.get(x.type);
      if (!c) continue;
      c.p++;
      if (keys.has(`${x.start}:${x.end}:${x.type}`)) c.c++;
    }
  }
  const prf = /* @__PURE__ */ __name((c) => {
    const precision = c.p ? c.c / c.p : 0;
    const recall = c.g ? c.c / c.g : 0;
    return {
      precision,
      recall,
      f1: precision + recall ? 2 * precision * recall / (precision + recall) : 0
    };
  }, "prf");
  const total = { g: 0, p: 0, c: 0 };
  const byType = {};
  for (const [t, c] of counts) {
    total.g += c.g;
    total.p += c.p;
    total.c += c.c;
    byType[t] = { ...prf(c), gold: c.g };
  }
  return { ...prf(total), gold: total.g, predicted: total.p, correct: total.c, byType };
}
var conllType, GUM_TYPES;
var init_conll = __esm({
  "src/analyze/ner/conll.ts"() {
    "use strict";
    init_tags();
    __name(labelsToSpans, "labelsToSpans");
    conllType = /* @__PURE__ */ __name((t) => ENTITY_TYPES.includes(t) ? t : null, "conllType");
    __name(parseConll, "parseConll");
    __name(parseUner, "parseUner");
    GUM_TYPES = { person: "PER", organization: "ORG", place: "LOC" };
    __name(parseGum, "parseGum");
    __name(scoreSpans, "scoreSpans");
  }
});

// src/analyze/package-root.ts
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function packageRoot() {
  let dir = dirname2(fileURLToPath2(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync2(join2(dir, "package.json"))) return dir;
    dir = dirname2(dir);
  }
  return process.cwd();
}
var modelPath;
var init_package_root = __esm({
  "src/analyze/package-root.ts"() {
    "use strict";
    __name(packageRoot, "packageRoot");
    modelPath = /* @__PURE__ */ __name((...parts) => join2(packageRoot(), "models", ...parts), "modelPath");
  }
});

// src/analyze/ner/loader.ts
import { readFileSync } from "node:fs";
import { join as join3, resolve as resolve2 } from "node:path";
import { gunzipSync } from "node:zlib";
function loadNerModel(path) {
  let file = path ? resolve2(path) : modelPath("ner", DEFAULT_MODEL_FILE);
  if (!file.endsWith(".gz") && !file.endsWith(".bin")) file = join3(file, DEFAULT_MODEL_FILE);
  const hit = cache.get(file);
  if (hit) return hit;
  const raw = readFileSync(file);
  const bytes = file.endsWith(".gz") ? gunzipSync(raw) : raw;
  const model = deserializeModel(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!model) throw new Error(`not a wiretrace NER model: ${file}`);
  cache.set(file, model);
  return model;
}
var cache, DEFAULT_MODEL_FILE;
var init_loader = __esm({
  "src/analyze/ner/loader.ts"() {
    "use strict";
    init_package_root();
    init_model();
    cache = /* @__PURE__ */ new Map();
    DEFAULT_MODEL_FILE = "ner.bin.gz";
    __name(loadNerModel, "loadNerModel");
  }
});

// src/analyze/ner/index.ts
var ner_exports = {};
__export(ner_exports, {
  ENTITY_TYPES: () => ENTITY_TYPES,
  emptyModel: () => emptyModel,
  loadNerModel: () => loadNerModel,
  parseConll: () => parseConll,
  parseGum: () => parseGum,
  parseUner: () => parseUner,
  recognize: () => recognize,
  scoreSpans: () => scoreSpans,
  tagDocument: () => tagDocument
});
function recognize(model, sentences, options = {}) {
  const spans = tagDocument(
    model,
    sentences.map((s) => s.map((t) => t.text)),
    options
  );
  return spans.map(
    (list, si) => list.map((sp) => ({
      type: sp.type,
      tokenStart: sp.start,
      tokenEnd: sp.end,
      start: sentences[si][sp.start].start,
      end: sentences[si][sp.end - 1].end
    }))
  );
}
var init_ner = __esm({
  "src/analyze/ner/index.ts"() {
    "use strict";
    init_model();
    init_conll();
    init_loader();
    init_model();
    init_tags();
    __name(recognize, "recognize");
  }
});

// src/analyze/text/tokenize.ts
function tokenize(text) {
  const out = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      let j2 = i + 1;
      if (c === 46 || c === 45) while (j2 < n && text.charCodeAt(j2) === c) j2++;
      else if (c >= 55296 && c <= 56319 && j2 < n) j2++;
      out.push({ text: text.slice(i, j2), start: i, end: j2 });
      i = j2;
      continue;
    }
    URL.lastIndex = i;
    const url = (c === 104 || c === 119 || /[\w]/.test(text[i])) && URL.exec(text);
    if (url && url.index === i) {
      let e = i + url[0].length;
      while (e > i && /[.,;:!?)\]'"\u201d\u2019]/.test(text[e - 1])) e--;
      out.push({ text: text.slice(i, e), start: i, end: e });
      i = e;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isWordChar(d)) {
        j++;
        continue;
      }
      const next = j + 1 < n ? text.charCodeAt(j + 1) : 0;
      const prev = text.charCodeAt(j - 1);
      if ((d === 45 || d === 8208 || d === 8209 || d === 38 || d === 47) && isWordChar(next) && isWordChar(prev)) {
        j += 2;
        continue;
      }
      if ((d === 44 || d === 46 || d === 58) && isDigit(prev) && isDigit(next)) {
        j += 2;
        continue;
      }
      if (d === 46 && isLetter(next) && isLetter(prev) && j - i <= 4 && !isWordChar(text.charCodeAt(j + 2) || 0)) {
        j += 2;
        continue;
      }
      if (isApostrophe(d) && isLetter(next) && isLetter(prev)) {
        j += 2;
        continue;
      }
      break;
    }
    let end = j;
    const word = text.slice(i, j);
    let suffixStart = -1;
    const m = /(?:['\u2019][sS]|[nN]['\u2019][tT])$/.exec(word);
    if (m && m.index > 0) suffixStart = i + m.index;
    if (suffixStart < 0 && j < n && text.charCodeAt(j) === 46) {
      const lower2 = word.toLowerCase();
      const after2 = j + 1 < n ? text.charCodeAt(j + 1) : 32;
      const dotted = word.includes(".") && /^[\p{L}](?:\.[\p{L}])+$/u.test(word);
      const initial = word.length === 1 && isLetter(c) && c >= 65 && c <= 90;
      if ((dotted || initial || ABBREVIATIONS.has(lower2)) && !isWordChar(after2)) end = j + 1;
    }
    if (suffixStart > 0) {
      out.push({ text: text.slice(i, suffixStart), start: i, end: suffixStart });
      out.push({ text: text.slice(suffixStart, j), start: suffixStart, end: j });
    } else {
      out.push({ text: text.slice(i, end), start: i, end });
    }
    i = end;
  }
  return out;
}
var TITLE_ABBREVIATIONS, ABBREVIATIONS, isWordChar, URL, isDigit, isLetter, isSpace, isApostrophe;
var init_tokenize = __esm({
  "src/analyze/text/tokenize.ts"() {
    "use strict";
    TITLE_ABBREVIATIONS = /* @__PURE__ */ new Set([
      "mr",
      "mrs",
      "ms",
      "dr",
      "prof",
      "rep",
      "reps",
      "sen",
      "sens",
      "gov",
      "govs",
      "gen",
      "lt",
      "col",
      "maj",
      "capt",
      "cmdr",
      "sgt",
      "adm",
      "cpl",
      "pvt",
      "rev",
      "fr",
      "st",
      "mt",
      "hon",
      "pres",
      "supt",
      "det",
      "insp",
      "amb",
      "atty",
      "messrs",
      "mme",
      "mlle",
      "no",
      "nos",
      "vol",
      "vs",
      "v",
      "fig",
      "op",
      "pp"
    ]);
    ABBREVIATIONS = /* @__PURE__ */ new Set([
      ...TITLE_ABBREVIATIONS,
      "sr",
      "jr",
      "ft",
      "inc",
      "corp",
      "co",
      "ltd",
      "llc",
      "plc",
      "bros",
      "dept",
      "univ",
      "assn",
      "ave",
      "blvd",
      "rd",
      "jan",
      "feb",
      "mar",
      "apr",
      "jun",
      "jul",
      "aug",
      "sep",
      "sept",
      "oct",
      "nov",
      "dec",
      "mon",
      "tue",
      "tues",
      "wed",
      "thu",
      "thur",
      "thurs",
      "fri",
      "sat",
      "sun",
      "etc",
      "approx",
      "est",
      "al",
      "ca",
      "cf",
      "ed",
      "eds",
      "ariz",
      "calif",
      "colo",
      "conn",
      "del",
      "fla",
      "ga",
      "ill",
      "ind",
      "kan",
      "ky",
      "la",
      "md",
      "mass",
      "mich",
      "minn",
      "miss",
      "mo",
      "mont",
      "neb",
      "nev",
      "okla",
      "ore",
      "pa",
      "tenn",
      "tex",
      "va",
      "vt",
      "wash",
      "wis",
      "wyo",
      "e.g",
      "i.e"
    ]);
    isWordChar = /* @__PURE__ */ __name((c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 192 && c !== 215 && c !== 247 && c < 8192 && /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c)) || c >= 8192 && /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c)), "isWordChar");
    URL = /(?:https?:\/\/|www\.)[^\s<>"\u201c\u201d]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|info|io|co\.uk|ir|ru|by|uk|de|fr|in)(?![\w])(?:\/[^\s<>"]*)?/y;
    isDigit = /* @__PURE__ */ __name((c) => c >= 48 && c <= 57, "isDigit");
    isLetter = /* @__PURE__ */ __name((c) => !isDigit(c) && isWordChar(c), "isLetter");
    isSpace = /* @__PURE__ */ __name((c) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 160 || c >= 8192 && c <= 8203 || c === 12288 || c === 8239, "isSpace");
    isApostrophe = /* @__PURE__ */ __name((c) => c === 39 || c === 8217, "isApostrophe");
    __name(tokenize, "tokenize");
  }
});

// src/analyze/text/sentences.ts
function splitSentencesFromTokens(text, tokens) {
  const spans = [];
  let first = 0;
  const close = /* @__PURE__ */ __name((last) => {
    if (last >= first) spans.push({ start: tokens[first].start, end: tokens[last].end });
    first = last + 1;
  }, "close");
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!next) break;
    if (text.slice(t.end, next.start).includes("\n")) {
      close(i);
      continue;
    }
    let boundary = false;
    let last = i;
    if (ENDERS.has(t.text)) {
      let k = i + 1;
      while (k < tokens.length && CLOSERS.has(tokens[k].text) && tokens[k].start === tokens[k - 1].end) k++;
      last = k - 1;
      const after2 = tokens[k];
      if (!after2) break;
      if (text.slice(tokens[last].end, after2.start).includes("\n")) boundary = true;
      else if (startsUpperOrDigit(after2.text)) boundary = true;
      else if (OPENERS.has(after2.text) && tokens[k + 1] && startsUpperOrDigit(tokens[k + 1].text))
        boundary = true;
      if (after2.start === tokens[last].end && !OPENERS.has(after2.text)) boundary = false;
    } else if (t.text.length > 1 && t.text.endsWith(".")) {
      const word = t.text.slice(0, -1);
      const lower2 = word.toLowerCase();
      if (TITLE_ABBREVIATIONS.has(lower2) || /^\p{Lu}$/u.test(word)) boundary = false;
      else if (STARTERS.has(next.text)) boundary = true;
      else if (OPENERS.has(next.text) && next.text !== "(" && tokens[i + 2] && startsUpperOrDigit(tokens[i + 2].text))
        boundary = true;
    }
    if (boundary) {
      close(last);
      i = last;
    }
  }
  if (first < tokens.length) close(tokens.length - 1);
  return spans;
}
var CLOSERS, OPENERS, ENDERS, STARTERS, startsUpperOrDigit;
var init_sentences = __esm({
  "src/analyze/text/sentences.ts"() {
    "use strict";
    init_tokenize();
    CLOSERS = /* @__PURE__ */ new Set(['"', "\u201D", "\u2019", "'", ")", "]", "}", "\xBB", "\u203A"]);
    OPENERS = /* @__PURE__ */ new Set(['"', "\u201C", "'", "\u2018", "(", "[", "\xAB", "\u2039", "\u2014", "-"]);
    ENDERS = /* @__PURE__ */ new Set([".", "!", "?", "...", "\u2026", "?!", "!?"]);
    STARTERS = /* @__PURE__ */ new Set([
      "The",
      "A",
      "An",
      "He",
      "She",
      "It",
      "They",
      "We",
      "I",
      "You",
      "This",
      "That",
      "These",
      "Those",
      "But",
      "And",
      "Or",
      "So",
      "Yet",
      "In",
      "On",
      "At",
      "For",
      "With",
      "After",
      "Before",
      "When",
      "While",
      "If",
      "As",
      "There",
      "His",
      "Her",
      "Its",
      "Their",
      "Our",
      "My",
      "However",
      "Meanwhile",
      "Also",
      "Earlier",
      "Later",
      "Last",
      "On",
      "According",
      "Then",
      "Since",
      "Although",
      "Despite",
      "What",
      "Why",
      "How",
      "Who",
      "Where",
      "Some",
      "Many",
      "Most"
    ]);
    startsUpperOrDigit = /* @__PURE__ */ __name((s) => /^[\p{Lu}\p{N}]/u.test(s), "startsUpperOrDigit");
    __name(splitSentencesFromTokens, "splitSentencesFromTokens");
  }
});

// src/analyze/text/index.ts
var init_text = __esm({
  "src/analyze/text/index.ts"() {
    "use strict";
    init_sentences();
    init_tokenize();
  }
});

// src/analyze/entities/lexicon.ts
function isDemonym(word) {
  const w = word.toLowerCase();
  if (NOT_DEMONYM.has(w)) return false;
  const key = DEMONYMS.get(w);
  return key !== void 0 && key !== w.replace(/\./g, "");
}
function nameKey(s) {
  return s.toLowerCase().replace(/[\u2019']s$/u, "").replace(/\./g, "").replace(/^the\s+/, "").replace(/\s+/g, " ").trim();
}
function initials(name) {
  const words = name.split(/\s+/).filter((w) => w && !ACRONYM_SKIP.has(w.toLowerCase()));
  if (words.length < 2) return "";
  return words.map((w) => w[0].toLowerCase()).join("");
}
var ROLE_HEADS, ROLE_WORDS, HONORIFICS, LEADER_HEADS, LEADER_ROLES, DEMONYMS, NOT_DEMONYM, ACRONYM_SKIP, isPatronymic;
var init_lexicon = __esm({
  "src/analyze/entities/lexicon.ts"() {
    "use strict";
    ROLE_HEADS = /* @__PURE__ */ new Set([
      "president",
      "minister",
      "secretary",
      "spokeswoman",
      "spokesman",
      "spokesperson",
      "prosecutor",
      "chancellor",
      "premier",
      "king",
      "queen",
      "prince",
      "princess",
      "pope",
      "leader",
      "director",
      "ambassador",
      "envoy",
      "governor",
      "mayor",
      "senator",
      "sen.",
      "rep.",
      "representative",
      "congressman",
      "congresswoman",
      "speaker",
      "chairman",
      "chairwoman",
      "ceo",
      "commissioner",
      "commander",
      "gen.",
      "general",
      "lt.",
      "col.",
      "gov.",
      "judge",
      "attorney",
      "adviser",
      "advisor",
      "aide",
      "dr.",
      "mr.",
      "mrs.",
      "ms.",
      "prof.",
      "professor",
      "sheikh",
      "ayatollah",
      "emir",
      "sultan",
      "lawmaker",
      "mp",
      "diplomat",
      "official",
      "executive",
      "founder",
      "cardinal",
      "bishop",
      "archbishop",
      "coach",
      "manager",
      "chief",
      "head",
      "dictator",
      "strongman"
    ]);
    ROLE_WORDS = /* @__PURE__ */ new Set([
      ...ROLE_HEADS,
      "vice",
      "prime",
      "ministers",
      "foreign",
      "defense",
      "defence",
      "interior",
      "finance",
      "economy",
      "justice",
      "health",
      "energy",
      "trade",
      "deputy",
      "state",
      "chair",
      "lieutenant",
      "colonel",
      "captain",
      "admiral",
      "opposition",
      "candidate",
      "counsellor",
      "counselor",
      "national",
      "security",
      "house",
      "press",
      "top",
      "analyst",
      "activist",
      "incumbent"
    ]);
    HONORIFICS = /* @__PURE__ */ new Set([
      "mr.",
      "mrs.",
      "ms.",
      "mr",
      "mrs",
      "ms",
      "dr.",
      "dr"
    ]);
    LEADER_HEADS = /* @__PURE__ */ new Set([
      "leader",
      "head of state",
      "strongman",
      "dictator"
    ]);
    LEADER_ROLES = /* @__PURE__ */ new Set([
      "president",
      "prime minister",
      "premier",
      "chancellor",
      "king",
      "queen",
      "leader",
      "emir",
      "sultan"
    ]);
    DEMONYMS = /* @__PURE__ */ new Map([
      ["russian", "russia"],
      ["russia", "russia"],
      ["belarusian", "belarus"],
      ["belarus", "belarus"],
      ["belorussian", "belarus"],
      ["american", "us"],
      ["us", "us"],
      ["u.s.", "us"],
      ["united states", "us"],
      ["polish", "poland"],
      ["poland", "poland"],
      ["german", "germany"],
      ["germany", "germany"],
      ["french", "france"],
      ["france", "france"],
      ["british", "uk"],
      ["uk", "uk"],
      ["u.k.", "uk"],
      ["britain", "uk"],
      ["ukrainian", "ukraine"],
      ["ukraine", "ukraine"],
      ["chinese", "china"],
      ["china", "china"],
      ["iranian", "iran"],
      ["iran", "iran"],
      ["israeli", "israel"],
      ["israel", "israel"],
      ["turkish", "turkey"],
      ["turkey", "turkey"],
      ["syrian", "syria"],
      ["syria", "syria"],
      ["lithuanian", "lithuania"],
      ["lithuania", "lithuania"],
      ["latvian", "latvia"],
      ["estonian", "estonia"],
      ["indian", "india"],
      ["india", "india"],
      ["pakistani", "pakistan"],
      ["japanese", "japan"],
      ["japan", "japan"],
      ["italian", "italy"],
      ["italy", "italy"],
      ["spanish", "spain"],
      ["spain", "spain"],
      ["canadian", "canada"],
      ["mexican", "mexico"],
      ["venezuelan", "venezuela"],
      ["venezuela", "venezuela"],
      ["cuban", "cuba"],
      ["iraqi", "iraq"],
      ["iraq", "iraq"],
      ["saudi", "saudi arabia"],
      ["egyptian", "egypt"],
      ["afghan", "afghanistan"],
      ["korean", "korea"],
      ["european", "eu"],
      ["eu", "eu"],
      ["soviet", "ussr"],
      ["kremlin", "russia"],
      ["brazilian", "brazil"],
      ["australian", "australia"],
      ["dutch", "netherlands"],
      ["swedish", "sweden"],
      ["norwegian", "norway"],
      ["finnish", "finland"],
      ["greek", "greece"],
      ["serbian", "serbia"],
      ["armenian", "armenia"],
      ["azerbaijani", "azerbaijan"],
      ["georgian", "georgia"],
      ["kazakh", "kazakhstan"],
      ["palestinian", "palestine"],
      ["lebanese", "lebanon"],
      ["yemeni", "yemen"],
      ["libyan", "libya"],
      ["nigerian", "nigeria"],
      ["south african", "south africa"],
      ["hungarian", "hungary"],
      ["czech", "czech republic"],
      ["romanian", "romania"],
      ["bulgarian", "bulgaria"],
      ["austrian", "austria"],
      ["swiss", "switzerland"],
      ["belgian", "belgium"],
      ["irish", "ireland"],
      ["portuguese", "portugal"],
      ["danish", "denmark"],
      ["qatari", "qatar"],
      ["emirati", "uae"],
      ["bolivian", "bolivia"],
      ["colombian", "colombia"],
      ["argentine", "argentina"],
      ["argentinian", "argentina"],
      ["chilean", "chile"],
      ["peruvian", "peru"],
      ["nicaraguan", "nicaragua"]
    ]);
    NOT_DEMONYM = /* @__PURE__ */ new Set(["christian", "muslim", "republican", "european union"]);
    __name(isDemonym, "isDemonym");
    __name(nameKey, "nameKey");
    ACRONYM_SKIP = /* @__PURE__ */ new Set(["of", "the", "and", "for", "on", "in", "de", "la", "&"]);
    __name(initials, "initials");
    isPatronymic = /* @__PURE__ */ __name((w) => /^\p{Lu}\p{Ll}+(?:ovich|evich|ich|ovna|evna|ichna|yevich|yevna)$/u.test(w), "isPatronymic");
  }
});

// src/analyze/entities/analyze.ts
function segment(text, caption) {
  const tokens = tokenize(text);
  const spans = splitSentencesFromTokens(text, tokens);
  const sentences = [];
  let k = 0;
  for (const sp of spans) {
    const s = [];
    while (k < tokens.length && tokens[k].start < sp.end) {
      if (tokens[k].start >= sp.start) s.push(tokens[k]);
      k++;
    }
    if (s.length) sentences.push(s);
  }
  return { seg: { text, caption, tokens, sentences }, spans };
}
function rolePhrase(text, toks, from, to) {
  while (from < to && ["of", "the"].includes(lower(toks[from].text))) from++;
  while (to > from && ["of", "the"].includes(lower(toks[to - 1].text))) to--;
  const words = toks.slice(from, to).map((t) => lower(t.text));
  if (!words.length || !words.some((w) => ROLE_HEADS.has(w))) return null;
  if (words.length === 1 && HONORIFICS.has(words[0])) return null;
  return text.slice(toks[from].start, toks[to - 1].end);
}
function countryBefore(toks, i) {
  let j = i - 1;
  if (j >= 0 && POSSESSIVE.test(toks[j].text)) j--;
  if (j < 0) return null;
  const w = lower(toks[j].text);
  if (j >= 1) {
    const two = `${lower(toks[j - 1].text)} ${w}`;
    if (DEMONYMS.has(two)) return DEMONYMS.get(two) ?? null;
  }
  return DEMONYMS.get(w) ?? null;
}
function rolesAround(text, toks, s, e) {
  const roles = [];
  const countries = [];
  let j = s - 1;
  if (j >= 0 && toks[j].text === ",") j--;
  let from = j + 1;
  while (j >= 0) {
    const w = lower(toks[j].text);
    if (ROLE_WORDS.has(w) || (w === "of" || w === "the") && j < from - 1 + 1 && from <= s) {
      from = j;
      j--;
      continue;
    }
    break;
  }
  const endBefore = toks[s - 1]?.text === "," ? s - 1 : s;
  if (from < endBefore) {
    const r = rolePhrase(text, toks, from, endBefore);
    if (r) {
      roles.push(r);
      const c = countryBefore(toks, from);
      if (c) countries.push(c);
    }
  }
  if (toks[e]?.text === ",") {
    let k = e + 1;
    if (k < toks.length && lower(toks[k].text) === "the") k++;
    let c = null;
    if (k < toks.length && DEMONYMS.has(lower(toks[k].text))) {
      c = DEMONYMS.get(lower(toks[k].text)) ?? null;
      k++;
      if (k < toks.length && POSSESSIVE.test(toks[k].text)) k++;
    }
    const rs = k;
    while (k < toks.length && ROLE_WORDS.has(lower(toks[k].text))) k++;
    const after2 = toks[k]?.text ?? "";
    if (k > rs && !(isCap(after2) && /\p{L}/u.test(after2))) {
      const r = rolePhrase(text, toks, rs, k);
      if (r) {
        roles.push(r);
        if (c) countries.push(c);
      }
    }
  }
  return { roles, countries };
}
function splitOnRole(toks, s, e, type) {
  if (type !== "PER" && e < toks.length && isCap(toks[e].text) && /\p{L}/u.test(toks[e].text)) {
    let cut = e;
    let head = false;
    while (cut > s && ROLE_WORDS.has(lower(toks[cut - 1].text))) {
      if (ROLE_HEADS.has(lower(toks[cut - 1].text)) && isCap(toks[cut - 1].text)) head = true;
      cut--;
    }
    if (head)
      return cut > s && !(cut - s === 1 && isDemonym(toks[s].text)) ? [{ tokenStart: s, tokenEnd: cut, type }] : [];
  }
  for (let i = e - 2; i >= s; i--) {
    const next = toks[i + 1].text;
    if (!ROLE_WORDS.has(lower(toks[i].text)) || !isCap(next) || ROLE_WORDS.has(lower(next)) || isDemonym(next))
      continue;
    let j = i;
    let head = false;
    while (j >= 0) {
      const w = lower(toks[j].text);
      if (ROLE_WORDS.has(w)) {
        if (ROLE_HEADS.has(w) && isCap(toks[j].text)) head = true;
      } else if (w !== "of" && w !== "the") break;
      j--;
    }
    if (!head) return [{ tokenStart: s, tokenEnd: e, type }];
    const out = [];
    const prefixEnd = Math.max(s, j + 1);
    if (prefixEnd > s && !(prefixEnd - s === 1 && isDemonym(toks[s].text)))
      out.push({
        tokenStart: s,
        tokenEnd: prefixEnd,
        type: type === "PER" || type === "MISC" ? "ORG" : type
      });
    out.push({ tokenStart: i + 1, tokenEnd: e, type: "PER" });
    return out;
  }
  return [{ tokenStart: s, tokenEnd: e, type }];
}
function roleNounPhrase(toks, i) {
  let k = i;
  let country = null;
  const w0 = lower(toks[k].text);
  if (w0 === "the") k++;
  else if (DEMONYMS.has(w0) && POSSESSIVE.test(toks[k + 1]?.text ?? "")) {
    country = DEMONYMS.get(w0) ?? null;
    k += 2;
  } else if (DEMONYMS.has(w0) && isCap(toks[k].text)) {
    country = DEMONYMS.get(w0) ?? null;
    k++;
  } else return null;
  if (k < toks.length && country === null && isDemonym(toks[k].text)) {
    country = DEMONYMS.get(lower(toks[k].text)) ?? null;
    k++;
  }
  while (k < toks.length && /^(?:now-)?\d+-year-old$|^incumbent$/i.test(toks[k].text)) k++;
  for (const head of NP_HEADS) {
    const parts = head.split(" ");
    if (k + parts.length > toks.length) continue;
    if (parts.every((p, x) => lower(toks[k + x].text) === p)) {
      const end = k + parts.length;
      const next = toks[end];
      if (next && isCap(next.text) && !POSSESSIVE.test(next.text) && /\p{L}/u.test(next.text)) return null;
      return { end, head, country };
    }
  }
  return null;
}
function analyzeEntities(article, model, options = {}) {
  const messages = [];
  const body = segment(article.body ?? "");
  const segments = [body.seg, ...article.captions.map((c, i) => segment(c, i).seg)];
  const allSentences = segments.flatMap((s) => s.sentences);
  const spans = recognize(model, allSentences, options);
  const drafts = [];
  const roleNps = [];
  let si = 0;
  segments.forEach((seg, segIndex) => {
    const base = segIndex * 1e9;
    for (const toks of seg.sentences) {
      const found = spans[si++];
      const covered = new Uint8Array(toks.length);
      for (const sp0 of found)
        for (const sp of splitOnRole(toks, sp0.tokenStart, sp0.tokenEnd, sp0.type)) {
          let s = sp.tokenStart;
          let e = sp.tokenEnd;
          while (e > s && POSSESSIVE.test(toks[e - 1].text)) e--;
          while (s < e && lower(toks[s].text) === "the") s++;
          if (s >= e) continue;
          if (toks.slice(s, e).some((t) => /^[^\p{L}\p{N}.&'\u2019-]+$/u.test(t.text))) continue;
          if (e - s > 1 && ROLE_HEADS.has(lower(toks[e - 1].text)) && toks.slice(s, e - 1).every((t) => DEMONYMS.has(lower(t.text))))
            continue;
          if (toks.slice(s, e).every((t) => DEMONYMS.has(lower(t.text))) && (roleNounPhrase(toks, s)?.end ?? 0) > e)
            continue;
          if (e - s === 1 && (s === 0 || !/\p{L}/u.test(toks[s - 1].text))) {
            const bin = model.resources.capitalization.get(lower(toks[s].text));
            const opener = toks[s + 1]?.text === "," && (bin === void 0 && model.resources.clusters.has(lower(toks[s].text)) || /ly$/.test(toks[s].text));
            if (bin !== void 0 && bin <= 1 || opener) continue;
          }
          let type = NER_TYPES[sp.type];
          if (e - s > 1 && REPORTING.has(lower(toks[e - 1].text))) {
            e--;
            if (e - s === 1) type = "person";
          }
          let roles = [];
          let countries = [];
          if (type === "person") {
            while (e - s > 1) {
              const bin = model.resources.capitalization.get(lower(toks[e - 1].text));
              if (bin === void 0 || bin > 1) break;
              e--;
            }
            let n = s;
            while (n < e && (ROLE_WORDS.has(lower(toks[n].text)) || isDemonym(toks[n].text))) n++;
            if (n === e) continue;
            const around = rolesAround(seg.text, toks, n, e);
            roles = around.roles;
            countries = around.countries;
            if (n > s) {
              const r = rolePhrase(seg.text, toks, s, n);
              if (r) roles.unshift(r);
              const c = DEMONYMS.get(lower(toks[s].text));
              if (c) countries.push(c);
              const cb = countryBefore(toks, s);
              if (cb) countries.push(cb);
            }
            s = n;
          } else if (type === "other" && e - s === 1 && isDemonym(toks[s].text)) continue;
          for (let x = s; x < e; x++) covered[x] = 1;
          const text = seg.text.slice(toks[s].start, toks[e - 1].end);
          drafts.push({
            seg: segIndex,
            order: base + toks[s].start,
            start: toks[s].start,
            end: toks[e - 1].end,
            text,
            type,
            roles,
            countries,
            words: toks.slice(s, e).map((t) => t.text),
            entity: -1
          });
        }
      for (let i = 0; i < toks.length; i++) {
        if (covered[i]) continue;
        const np = roleNounPhrase(toks, i);
        if (!np) continue;
        let hit = false;
        for (let x = i; x < np.end; x++) if (covered[x]) hit = true;
        if (hit) continue;
        roleNps.push({
          seg: segIndex,
          order: base + toks[i].start,
          start: toks[i].start,
          end: toks[np.end - 1].end,
          text: seg.text.slice(toks[i].start, toks[np.end - 1].end),
          type: "person",
          roles: [seg.text.slice(toks[np.end - np.head.split(" ").length].start, toks[np.end - 1].end)],
          countries: np.country ? [np.country] : [],
          words: [],
          roleNp: { head: np.head, country: np.country },
          entity: -1
        });
        i = np.end - 1;
      }
    }
  });
  const groups = resolveDrafts(drafts, roleNps);
  const { mentions, entities } = buildOutput(groups, segments);
  return { sentences: body.spans, mentions, entities, messages };
}
function newGroup(d) {
  return {
    type: d.type,
    drafts: [],
    keys: /* @__PURE__ */ new Set(),
    first: "",
    last: "",
    roles: [],
    countries: /* @__PURE__ */ new Set()
  };
}
function addTo(g, d) {
  g.drafts.push(d);
  for (const r of d.roles) g.roles.push(r);
  for (const c of d.countries) g.countries.add(c);
}
function resolveDrafts(drafts, roleNps) {
  const groups = [];
  const people = drafts.filter((d) => d.type === "person").sort((a, b) => a.order - b.order);
  const lastSeen = /* @__PURE__ */ __name((g, before2) => {
    let best = -1;
    for (const d of g.drafts) if (d.order < before2 && d.order > best) best = d.order;
    return best;
  }, "lastSeen");
  const pick = /* @__PURE__ */ __name((cands, at) => cands.length <= 1 ? cands[0] : [...cands].sort((a, b) => lastSeen(b, at) - lastSeen(a, at))[0], "pick");
  const full = people.filter((d) => d.words.length > 1 && !isPatronymic(d.words[d.words.length - 1]));
  for (const d of full) {
    const w = d.words.map(lower);
    const last = w[w.length - 1];
    const first = w[0];
    let g = groups.find(
      (x) => x.type === "person" && x.last === last && (x.first === first || x.first[0] === first[0] && (x.first.length <= 2 || first.length <= 2))
    );
    if (!g) {
      g = newGroup(d);
      g.first = first;
      g.last = last;
      groups.push(g);
    }
    g.keys.add(w.join(" "));
    addTo(g, d);
  }
  for (const d of people) {
    if (full.includes(d)) continue;
    const w = d.words.map(lower);
    let cands;
    if (w.length > 1)
      cands = groups.filter((g2) => g2.type === "person" && g2.first === w[0]);
    else cands = groups.filter((g2) => g2.type === "person" && g2.last === w[0]);
    if (!cands.length && w.length === 1)
      cands = groups.filter((g2) => g2.type === "person" && g2.first === w[0]);
    let g = pick(cands, d.order);
    if (!g) {
      g = newGroup(d);
      g.first = w.length > 1 ? w[0] : "";
      g.last = w[w.length - 1];
      groups.push(g);
    }
    addTo(g, d);
  }
  const byKey = /* @__PURE__ */ new Map();
  const weakPeople = [];
  for (const g of groups) {
    for (const k of g.keys) byKey.set(k, g);
    if (g.keys.size === 0 && g.roles.length === 0) weakPeople.push(g);
    else if (g.last) byKey.set(g.last, byKey.get(g.last) ?? g);
  }
  const others = drafts.filter((d) => d.type !== "person").sort((a, b) => a.order - b.order);
  for (const d of others) {
    const key = nameKey(d.text);
    let g = byKey.get(key);
    if (!g && /^[A-Z]{2,6}$/.test(d.text.replace(/\./g, ""))) {
      g = groups.find((x) => x.type !== "person" && [...x.keys].some((k) => initials(k) === key));
    }
    if (!g) {
      g = newGroup(d);
      groups.push(g);
    }
    g.keys.add(key);
    byKey.set(key, g);
    addTo(g, d);
  }
  for (const g of weakPeople) {
    const other = byKey.get(g.last);
    if (!other || other === g) continue;
    if (other.drafts.length >= g.drafts.length) {
      for (const d of g.drafts) d.type = other.type;
      merge(groups, other, g, byKey);
    } else {
      for (const d of other.drafts) d.type = "person";
      merge(groups, g, other, byKey);
    }
  }
  for (const d of others) {
    const g = byKey.get(nameKey(d.text));
    const ac = groups.find(
      (x) => x !== g && x.drafts.some(
        (o) => o.seg === d.seg && o.start >= d.end + 1 && o.start <= d.end + 2 && /^[A-Z]{2,6}$/.test(o.text)
      )
    );
    if (g && ac && ac.type !== "person") {
      const o = ac.drafts.find((x) => x.seg === d.seg && x.start >= d.end + 1 && x.start <= d.end + 2);
      if (o && initials(d.text) === nameKey(o.text)) merge(groups, g, ac, byKey);
    }
  }
  for (const np of roleNps.sort((a, b) => a.order - b.order)) {
    if (!np.roleNp) continue;
    const { head, country } = np.roleNp;
    const cands = groups.filter((g2) => {
      if (g2.type !== "person" || lastSeen(g2, np.order) < 0) return false;
      if (country && !g2.countries.has(country)) return false;
      const rl = g2.roles.map(lower);
      if (LEADER_HEADS.has(head))
        return rl.some((r) => [...LEADER_ROLES].some((x) => r === x || r.endsWith(` ${x}`)));
      if (head === "top diplomat")
        return rl.some((r) => r.endsWith("foreign minister") || r.includes("secretary of state"));
      return rl.some((r) => r === head || r.endsWith(` ${head}`));
    });
    const g = pick(cands, np.order);
    if (g) g.drafts.push(np);
  }
  for (const g of groups) {
    if (g.type === "person") continue;
    const votes = /* @__PURE__ */ new Map();
    for (const d of g.drafts) votes.set(d.type, (votes.get(d.type) ?? 0) + 1);
    g.type = [...votes.entries()].sort((a, b) => b[1] - a[1])[0][0];
  }
  return groups.filter((g) => g.drafts.length > 0);
}
function merge(groups, into, from, byKey) {
  for (const d of from.drafts) addTo(into, d);
  for (const k of from.keys) {
    into.keys.add(k);
    byKey.set(k, into);
  }
  from.drafts = [];
  groups.splice(groups.indexOf(from), 1);
}
function dedupeRoles(roles) {
  const seen = /* @__PURE__ */ new Map();
  for (const r of roles) {
    const k = lower(r);
    const prev = seen.get(k);
    if (prev === void 0 || !isCap(prev) && isCap(r)) seen.set(k, r);
  }
  return [...seen.values()];
}
function buildOutput(groups, segments) {
  const ordered = groups.map((g) => ({ g, first: Math.min(...g.drafts.map((d) => d.order)) })).sort((a, b) => a.first - b.first).map((x) => x.g);
  const mentions = [];
  const entities = [];
  ordered.forEach((g, i) => {
    const id = `e${i + 1}`;
    const named = g.drafts.filter((d) => !d.roleNp);
    const score = /* @__PURE__ */ __name((d) => (d.seg === 0 ? 1e3 : 0) + (/^[A-Z.]{2,7}$/.test(d.text) ? 0 : 100) + (d.words.length && isPatronymic(d.words[d.words.length - 1]) ? -50 : 0) + (d.words.length || d.text.split(/\s+/).length) * 10 + d.text.length / 100, "score");
    const best = [...named].sort((a, b) => score(b) - score(a))[0];
    const name = best.text;
    const aliases = [];
    const seen = /* @__PURE__ */ new Set([nameKey(name)]);
    for (const d of named) {
      const k = nameKey(d.text);
      if (!seen.has(k)) {
        seen.add(k);
        aliases.push(d.text.replace(/^the\s+/i, ""));
      }
    }
    entities.push({
      id,
      name,
      type: g.type,
      aliases,
      roles: dedupeRoles(named.flatMap((d) => d.roles)),
      ...g.drafts.every((d) => d.seg > 0) ? { captionOnly: true } : {}
    });
    for (const d of g.drafts) {
      const m = {
        start: d.start,
        end: d.end,
        text: d.text,
        type: g.type,
        entity: id,
        roles: dedupeRoles(d.roles)
      };
      const cap = segments[d.seg].caption;
      if (cap !== void 0) m.caption = cap;
      mentions.push(m);
    }
  });
  mentions.sort((a, b) => (a.caption ?? -1) - (b.caption ?? -1) || a.start - b.start);
  return { mentions, entities };
}
var NER_TYPES, REPORTING, POSSESSIVE, isCap, lower, NP_HEADS;
var init_analyze = __esm({
  "src/analyze/entities/analyze.ts"() {
    "use strict";
    init_ner();
    init_text();
    init_lexicon();
    NER_TYPES = {
      PER: "person",
      ORG: "organization",
      LOC: "place",
      MISC: "other"
    };
    REPORTING = /* @__PURE__ */ new Set([
      "says",
      "said",
      "warns",
      "tells",
      "adds",
      "claims",
      "urges",
      "insists",
      "vows",
      "denies",
      "confirms",
      "announces",
      "declares",
      "slams"
    ]);
    POSSESSIVE = /^['\u2019]s?$/;
    isCap = /* @__PURE__ */ __name((w) => /^\p{Lu}/u.test(w), "isCap");
    lower = /* @__PURE__ */ __name((w) => w.toLowerCase(), "lower");
    __name(segment, "segment");
    __name(rolePhrase, "rolePhrase");
    __name(countryBefore, "countryBefore");
    __name(rolesAround, "rolesAround");
    __name(splitOnRole, "splitOnRole");
    NP_HEADS = [
      "head of state",
      "prime minister",
      "foreign minister",
      "top diplomat",
      "prosecutor general",
      "president",
      "leader",
      "premier",
      "chancellor",
      "spokeswoman",
      "spokesman",
      "spokesperson",
      "strongman"
    ];
    __name(roleNounPhrase, "roleNounPhrase");
    __name(analyzeEntities, "analyzeEntities");
    __name(newGroup, "newGroup");
    __name(addTo, "addTo");
    __name(resolveDrafts, "resolveDrafts");
    __name(merge, "merge");
    __name(dedupeRoles, "dedupeRoles");
    __name(buildOutput, "buildOutput");
  }
});

// src/analyze/entities/index.ts
var entities_exports = {};
__export(entities_exports, {
  DEMONYMS: () => DEMONYMS,
  analyzeEntities: () => analyzeEntities,
  initials: () => initials,
  isDemonym: () => isDemonym,
  nameKey: () => nameKey
});
var init_entities = __esm({
  "src/analyze/entities/index.ts"() {
    "use strict";
    init_analyze();
    init_lexicon();
  }
});

// bench/data-dir.ts
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
var projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
function dataDir(...parts) {
  const root = process.env.WIRETRACE_DATA ?? join(projectRoot, "..", "shared", "data");
  const dir = join(root, ...parts);
  if (!existsSync(dir)) {
    console.error(`benchmark data not found at ${dir} (set WIRETRACE_DATA to the shared data folder)`);
    process.exit(2);
  }
  return dir;
}
__name(dataDir, "dataDir");

// bench/quotes/options.ts
var polnearDir = /* @__PURE__ */ __name(() => dataDir("quotes", "polnear"), "polnearDir");
function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
__name(option, "option");

// bench/quotes/names.ts
var TITLES = /^(?:President|Vice|Sen\.|Senator|Rep\.|Representative|Gov\.|Governor|Mr\.|Mrs\.|Ms\.|Dr\.|Secretary|Speaker|Gen\.|General|Judge|Justice|Mayor|Prime|Minister|Chairman|Chairwoman|Director|Attorney|Former|Candidate|Democrat|Republican|Democratic|GOP|Sheriff|Pope|Rev\.|Chief|Leader)$/;
var ORG_WORDS = /\b(?:Party|Committee|Department|Post|Times|News|Campaign|House|Senate|Congress|Ministry|Council|Union|Agency|Association|Institute|University|Corp|Inc|Foundation|Bureau|Court|Commission|Journal|Network|Center|Centre|Office|Administration|Service|Group|Club|Press|Tribune|Herald|Magazine|Fund|Bank|Company)\b/;
var STOP = new Set(
  "The A An In On At As But And Or If When While After Before This That These Those It He She They We I You His Her Their Our My Its There Here What Who Why How Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December According Also Still Now Then So Yet However Meanwhile Some Many Most More One Two Three".split(
    " "
  )
);
function fallbackEntities(text) {
  const mentions = [];
  const entities = /* @__PURE__ */ new Map();
  const re = /(?:[A-Z](?:[\p{L}’'-]|\.(?=\p{L}))*\.?(?<=(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Jr|[A-Z])\.|[^.])|[A-Z]\.)(?:\s+(?:of\s+the\s+|of\s+|de\s+)?(?:[A-Z](?:[\p{L}’'-]|\.(?=\p{L}))*\.?(?<=(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Jr|[A-Z])\.|[^.])|[A-Z]\.))*/gu;
  for (const m of text.matchAll(re)) {
    let start = m.index ?? 0;
    const words = m[0].split(/\s+/);
    const roles = [];
    while (words.length > 1 && (TITLES.test(words[0]) || STOP.has(words[0]))) {
      const w = words.shift();
      if (TITLES.test(w)) roles.push(w);
      start = text.indexOf(words[0], start + w.length);
    }
    if (words.length === 1 && (STOP.has(words[0]) || TITLES.test(words[0]))) continue;
    let surface = words.join(" ").replace(/[’']s$/, "");
    if (surface.endsWith(".") && !/\b[A-Z]\.$/.test(surface)) surface = surface.slice(0, -1);
    const type = ORG_WORDS.test(surface) || /^[A-Z]{2,}$/.test(surface) ? "organization" : words.length >= 2 ? "person" : "other";
    let ent = entities.get(surface);
    if (!ent && words.length === 1) {
      for (const e of entities.values())
        if (e.type === "person" && e.name.split(" ").pop() === surface) ent = e;
    }
    if (!ent) {
      ent = { id: `e${entities.size}`, name: surface, type, aliases: [surface], roles: [] };
      entities.set(surface, ent);
    } else if (!ent.aliases.includes(surface)) ent.aliases.push(surface);
    for (const r of roles) if (!ent.roles.includes(r)) ent.roles.push(r);
    mentions.push({
      start,
      end: start + surface.length,
      text: surface,
      type: ent.type,
      entity: ent.id,
      roles
    });
  }
  return { mentions, entities: [...entities.values()] };
}
__name(fallbackEntities, "fallbackEntities");
async function benchTagger() {
  if (option("names", "ner") === "fallback") return fallbackEntities;
  const ent = await Promise.resolve().then(() => (init_entities(), entities_exports));
  const ner = await Promise.resolve().then(() => (init_ner(), ner_exports));
  const model = ner.loadNerModel();
  return (text) => ent.analyzeEntities({ body: text, captions: [], title: null }, model);
}
__name(benchTagger, "benchTagger");

// bench/quotes/polnear.ts
import { readdirSync, readFileSync as readFileSync2 } from "node:fs";
import { join as join4 } from "node:path";
var parseSpans = /* @__PURE__ */ __name((s) => s.split(";").map((p) => {
  const [a, b] = p.trim().split(/\s+/).map(Number);
  return [a, b];
}), "parseSpans");
function parseAnn(ann) {
  const spans = /* @__PURE__ */ new Map();
  const events = [];
  for (const line of ann.split("\n")) {
    if (line.startsWith("T")) {
      const [id, mid, text] = line.split("	");
      if (!mid) continue;
      const sp = mid.indexOf(" ");
      spans.set(id, { label: mid.slice(0, sp), parts: parseSpans(mid.slice(sp + 1)), text: text ?? "" });
    } else if (line.startsWith("E")) {
      events.push(line.split("	")[1] ?? "");
    }
  }
  const out = [];
  for (const ev of events) {
    let content = null;
    let source = null;
    let cue = null;
    for (const arg of ev.split(/\s+/)) {
      const [role, id] = arg.split(":");
      const t = spans.get(id);
      if (!t) continue;
      if (role.startsWith("Content"))
        content = content ? {
          parts: [...content.parts, ...t.parts].sort((a, b) => a[0] - b[0]),
          text: `${content.text} ${t.text}`
        } : { parts: t.parts, text: t.text };
      else if (role.startsWith("Source")) source = { parts: t.parts, text: t.text };
      else if (role.startsWith("Cue")) cue = { parts: t.parts, text: t.text };
    }
    if (content) out.push({ content, source, cue });
  }
  return out;
}
__name(parseAnn, "parseAnn");
function loadSplit(root, split) {
  const textDir = join4(root, "data", split, "text");
  const annDir = join4(root, "data", split, "attributions");
  const anns = readdirSync(annDir).filter((f) => f.endsWith(".ann")).sort();
  const firstAnn = /* @__PURE__ */ new Map();
  for (const f of anns) {
    const base = f.replace(/_[^_]+\.ann$/, "");
    if (!firstAnn.has(base)) firstAnn.set(base, f);
  }
  const out = [];
  for (const f of readdirSync(textDir).sort()) {
    if (!f.endsWith(".txt")) continue;
    const name = f.slice(0, -4);
    const ann = firstAnn.get(name);
    if (!ann) continue;
    out.push({
      name,
      text: readFileSync2(join4(textDir, f), "utf8"),
      gold: parseAnn(readFileSync2(join4(annDir, ann), "utf8"))
    });
  }
  return out;
}
__name(loadSplit, "loadSplit");

// src/analyze/quotes/learned-cues.ts
var LEARNED_CUES = [
  ["accusations of", 4, 8],
  ["accusing", 9, 14],
  ["acknowledging", 9, 12],
  ["adamant", 3, 4],
  ["addressed", 6, 24],
  ["admitting", 3, 11],
  ["advising", 3, 15],
  ["advocate for", 4, 18],
  ["agree", 6, 38],
  ["agree with", 4, 8],
  ["allegations", 4, 27],
  ["alleging", 5, 13],
  ["alluding to", 3, 5],
  ["angered", 5, 11],
  ["angry about", 3, 4],
  ["apologized for", 3, 4],
  ["applauded", 5, 14],
  ["assailed", 6, 7],
  ["attacking", 8, 42],
  ["attacks on", 9, 73],
  ["attributed", 4, 15],
  ["backed", 18, 71],
  ["backing", 19, 71],
  ["been critical of", 4, 6],
  ["believing", 5, 9],
  ["bemoaned", 6, 6],
  ["blame", 6, 28],
  ["blamed", 17, 23],
  ["blames", 4, 4],
  ["blast", 3, 4],
  ["blasting", 4, 7],
  ["blasts", 4, 5],
  ["brushed off", 3, 3],
  ["call for", 6, 37],
  ["can support", 3, 4],
  ["celebrated", 5, 15],
  ["challenged", 9, 22],
  ["challenging", 6, 33],
  ["championed", 3, 12],
  ["chanting", 4, 7],
  ["chants", 3, 10],
  ["cheer when", 3, 3],
  ["chided", 3, 3],
  ["chiding", 3, 3],
  ["cite", 3, 5],
  ["cited", 35, 44],
  ["cites", 7, 8],
  ["citing", 27, 29],
  ["commenting on", 3, 3],
  ["compared", 9, 75],
  ["complaints", 7, 15],
  ["concerned about", 3, 9],
  ["concerns about", 4, 23],
  ["conclude", 3, 5],
  ["confident", 4, 22],
  ["confident in", 3, 4],
  ["congratulated", 3, 8],
  ["congratulating", 3, 4],
  ["considered", 19, 57],
  ["considering", 7, 21],
  ["considers", 5, 8],
  ["contrasting", 3, 5],
  ["convince", 4, 18],
  ["convinced", 6, 11],
  ["counting on", 4, 9],
  ["credited", 4, 5],
  ["critical of", 3, 15],
  ["criticism of", 5, 28],
  ["criticize", 3, 15],
  ["decide", 4, 32],
  ["decided", 15, 67],
  ["deciding", 3, 12],
  ["declined", 46, 86],
  ["decried", 9, 10],
  ["decrying", 3, 3],
  ["deemed", 10, 20],
  ["defend", 5, 40],
  ["demanding", 3, 10],
  ["derided", 3, 7],
  ["describe", 3, 24],
  ["describing", 10, 17],
  ["determine", 4, 30],
  ["discuss", 16, 48],
  ["discussed", 14, 21],
  ["discussing", 6, 19],
  ["dismissed", 18, 27],
  ["dismisses", 4, 4],
  ["dismissing", 6, 8],
  ["displayed", 3, 7],
  ["disputed", 3, 8],
  ["distanced himself from", 5, 5],
  ["documented", 4, 8],
  ["doesn't want", 3, 6],
  ["downplayed", 3, 4],
  ["drawn criticism", 3, 3],
  ["dubbed", 3, 6],
  ["eager", 7, 20],
  ["echoed", 10, 21],
  ["emailed", 6, 15],
  ["embraced", 7, 20],
  ["encouraged", 9, 12],
  ["endorse", 14, 57],
  ["endorsement of", 4, 29],
  ["endorsing", 3, 19],
  ["envisioned", 3, 4],
  ["expect", 9, 31],
  ["expecting", 7, 13],
  ["expressed", 16, 50],
  ["expressed concern", 4, 8],
  ["expressed confidence", 3, 3],
  ["favored", 7, 32],
  ["favors", 3, 17],
  ["fearing", 4, 4],
  ["focused on", 16, 62],
  ["focuses on", 5, 8],
  ["forecast", 5, 10],
  ["guess", 3, 9],
  ["highlight", 3, 14],
  ["highlighted", 9, 15],
  ["highlighting", 5, 16],
  ["hints at", 3, 4],
  ["hope", 17, 63],
  ["hoping", 17, 32],
  ["hoping for", 3, 6],
  ["identified", 12, 32],
  ["identify", 4, 27],
  ["ignored", 5, 28],
  ["imagined", 3, 7],
  ["immediately respond to", 3, 4],
  ["implied", 6, 9],
  ["implying", 3, 8],
  ["in mind", 3, 8],
  ["indicate", 7, 11],
  ["intended", 5, 32],
  ["invoked", 6, 9],
  ["knocked", 5, 9],
  ["know", 25, 161],
  ["known", 17, 139],
  ["known as", 19, 49],
  ["known for", 9, 25],
  ["labeled", 3, 8],
  ["laid out", 6, 11],
  ["lambasted", 3, 6],
  ["lashed out at", 3, 5],
  ["lays out", 3, 3],
  ["likened", 4, 8],
  ["listed", 9, 20],
  ["lists", 7, 21],
  ["looking for", 7, 30],
  ["looking to", 3, 20],
  ["made clear", 12, 19],
  ["made it clear", 9, 10],
  ["made the case", 3, 3],
  ["mean", 6, 49],
  ["meant", 5, 41],
  ["mention", 14, 43],
  ["mentioning", 5, 7],
  ["mentions", 4, 8],
  ["mocked", 13, 18],
  ["mocking", 4, 11],
  ["named", 20, 51],
  ["negotiated", 3, 8],
  ["nominated", 9, 21],
  ["note", 9, 48],
  ["offered", 24, 68],
  ["offering", 10, 41],
  ["offers", 5, 24],
  ["oppose", 14, 35],
  ["opposed", 24, 60],
  ["opposes", 6, 17],
  ["ordered", 16, 23],
  ["outlining", 3, 7],
  ["pay attention to", 3, 3],
  ["persuaded", 4, 10],
  ["planned", 6, 46],
  ["planning", 7, 36],
  ["plans", 21, 153],
  ["played down", 3, 3],
  ["pledge", 3, 22],
  ["pledging", 6, 7],
  ["point out", 3, 14],
  ["point to", 8, 14],
  ["pointed to", 16, 23],
  ["pointing to", 8, 11],
  ["points to", 6, 13],
  ["portrayed", 9, 16],
  ["portraying", 3, 6],
  ["posts", 3, 21],
  ["predicting", 4, 12],
  ["prefer", 9, 23],
  ["preferred", 7, 19],
  ["prefers", 4, 4],
  ["pressed", 3, 23],
  ["projected", 8, 13],
  ["promise", 6, 33],
  ["promising", 14, 26],
  ["promote", 3, 17],
  ["promoting", 3, 20],
  ["pronounced", 3, 5],
  ["proposed", 33, 72],
  ["proposes", 3, 4],
  ["proposing", 5, 15],
  ["pushed", 8, 47],
  ["pushed for", 4, 8],
  ["put it", 7, 13],
  ["puts it", 3, 3],
  ["questioned", 26, 34],
  ["questioning", 13, 23],
  ["questions about", 9, 67],
  ["quoted", 6, 11],
  ["quoting", 3, 4],
  ["railed against", 8, 9],
  ["read", 16, 51],
  ["reads", 6, 12],
  ["realized", 4, 7],
  ["rebuffed", 4, 8],
  ["recalling", 11, 12],
  ["recognize", 6, 22],
  ["recognized", 7, 18],
  ["recognizes", 3, 6],
  ["recommended", 7, 13],
  ["referenced", 6, 7],
  ["referencing", 5, 10],
  ["referred to", 10, 23],
  ["referring to", 37, 56],
  ["refers to", 4, 6],
  ["refusal", 3, 24],
  ["refuse", 3, 11],
  ["refused", 25, 47],
  ["refuses", 4, 6],
  ["refusing", 5, 15],
  ["regarded as", 3, 6],
  ["rejected", 20, 36],
  ["remarking", 5, 7],
  ["remember", 6, 26],
  ["remembered", 4, 10],
  ["remembers", 3, 5],
  ["reminding", 5, 9],
  ["repeating", 5, 10],
  ["requested", 9, 20],
  ["requests for", 3, 12],
  ["respond to", 10, 55],
  ["restricting", 5, 8],
  ["retweeted", 5, 9],
  ["reveal", 3, 11],
  ["rule out", 3, 9],
  ["saw", 14, 64],
  ["see", 36, 203],
  ["seek", 5, 27],
  ["seeking", 19, 79],
  ["seeks", 12, 20],
  ["seen", 25, 129],
  ["seen as", 6, 46],
  ["sees", 16, 36],
  ["sentenced", 3, 9],
  ["shared", 9, 45],
  ["shot back", 4, 9],
  ["show", 65, 233],
  ["showing", 22, 82],
  ["shrugged off", 3, 3],
  ["sided with", 4, 6],
  ["slamming", 5, 9],
  ["slams", 5, 6],
  ["sought", 28, 80],
  ["sounded", 6, 15],
  ["sparred over", 3, 3],
  ["spoke about", 10, 11],
  ["suggesting", 28, 44],
  ["suggestion", 4, 21],
  ["supported", 36, 81],
  ["supporters of", 3, 25],
  ["supporting", 28, 102],
  ["supports", 12, 39],
  ["talk about", 5, 31],
  ["talked about", 15, 22],
  ["talking about", 20, 51],
  ["talks about", 9, 13],
  ["thanked", 9, 11],
  ["thanking", 6, 6],
  ["the endorsement of", 3, 12],
  ["the question of", 3, 10],
  ["threaten", 3, 7],
  ["threatening", 5, 12],
  ["titled", 7, 13],
  ["took issue with", 3, 3],
  ["touched on", 3, 5],
  ["touted", 9, 11],
  ["touting", 6, 9],
  ["touts", 3, 3],
  ["trumpeting", 3, 3],
  ["understands", 3, 19],
  ["understood", 3, 14],
  ["urging", 8, 24],
  ["view", 14, 89],
  ["viewed", 5, 29],
  ["voiced", 3, 16],
  ["voted against", 5, 10],
  ["voted for", 11, 32],
  ["voting for", 3, 22],
  ["vouched for", 3, 3],
  ["vow", 3, 9],
  ["vowing", 6, 9],
  ["want", 38, 211],
  ["wanted", 17, 74],
  ["wants", 31, 102],
  ["wary of", 4, 4],
  ["weighed in on", 3, 3],
  ["went after", 4, 8],
  ["wonder", 5, 14],
  ["wondering", 3, 5],
  ["worried", 9, 30],
  ["worried about", 5, 11],
  ["worries", 4, 16],
  ["worry", 4, 23],
  ["worry about", 5, 10],
  ["write", 4, 19]
];

// src/analyze/quotes/lexicon.ts
var CUE_BASES = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  add: ["add", "adds", "added", "adding"],
  warn: ["warn", "warns", "warned", "warning"],
  declare: ["declare", "declares", "declared", "declaring"],
  state: ["stated", "stating"],
  announce: ["announce", "announces", "announced", "announcing"],
  denounce: ["denounce", "denounces", "denounced", "denouncing"],
  claim: ["claim", "claims", "claimed", "claiming"],
  note: ["noted", "notes", "noting"],
  affirm: ["affirm", "affirms", "affirmed", "affirming", "reaffirmed", "reaffirms"],
  sustain: ["sustained", "sustains"],
  clarify: ["clarified", "clarifies"],
  explain: ["explain", "explains", "explained", "explaining"],
  insist: ["insist", "insists", "insisted", "insisting"],
  argue: ["argue", "argues", "argued", "arguing"],
  assert: ["assert", "asserts", "asserted", "asserting"],
  stress: ["stressed", "stresses", "stressing"],
  emphasize: ["emphasized", "emphasised", "emphasizes", "emphasises", "emphasizing"],
  underline: ["underlined", "underscored", "underscores"],
  point: ["pointed out", "points out", "pointing out"],
  report: ["reported", "reports", "reporting"],
  write: ["wrote", "writes", "writing"],
  tweet: ["tweeted", "tweets", "posted"],
  recall: ["recalled", "recalls"],
  acknowledge: ["acknowledged", "acknowledges", "acknowledge", "admitted", "admits", "admit", "conceded"],
  confirm: ["confirmed", "confirms", "confirm"],
  deny: ["denied", "denies", "deny"],
  suggest: ["suggested", "suggests", "suggest"],
  predict: ["predicted", "predicts", "predict"],
  caution: ["cautioned", "cautions"],
  urge: ["urged", "urges", "urge"],
  vow: ["vowed", "vows", "pledged", "pledges", "promised", "promises"],
  threaten: ["threatened", "threatens"],
  accuse: ["accused", "accuses"],
  allege: ["alleged", "alleges", "allege"],
  contend: ["contended", "contends"],
  maintain: ["maintained", "maintains"],
  reiterate: ["reiterated", "reiterates", "repeated"],
  respond: ["responded", "responds", "replied", "replies", "answered", "retorted", "countered"],
  ask: ["asked", "asks"],
  complain: ["complained", "complains", "lamented"],
  observe: ["observed", "remarked", "commented", "comments"],
  continue: ["continued", "continues", "went on", "goes on"],
  conclude: ["concluded", "concludes"],
  agree: ["agreed", "agrees"],
  believe: ["believe", "believes", "believed", "think", "thinks", "thought", "feel", "feels", "felt"],
  hope: ["hoped", "hopes", "fear", "fears", "feared"],
  estimate: ["estimated", "estimates"],
  indicate: ["indicated", "indicates", "signaled", "signalled", "hinted"],
  mention: ["mentioned"],
  reveal: ["revealed", "reveals", "disclosed"],
  inform: ["informed"],
  boast: ["boasted", "boasts", "joked", "quipped", "bragged"],
  charge: ["charged"],
  testify: ["testified"],
  speculate: ["speculated", "wondered"],
  expect: ["expects", "expected"],
  assure: ["assured"],
  proclaim: ["proclaimed", "proclaims"],
  find: ["found", "finds", "shows", "showed", "shown"],
  know: ["knows", "knew", "learned", "learnt"],
  recount: ["recounted"],
  describe: ["described", "describes"],
  write2: ["wrote in", "writes in"],
  remind: ["reminded", "reminds"],
  call: ["called", "calls", "calling"],
  criticize: [
    "criticized",
    "criticised",
    "criticizes",
    "criticising",
    "criticizing",
    "slammed",
    "blasted",
    "attacked"
  ],
  condemn: ["condemned", "condemns", "condemning"],
  praise: ["praised", "praises", "praising", "hailed", "welcomed"],
  defend: ["defended", "defends", "defending"],
  endorse: ["endorsed", "endorses"],
  ask2: ["ask"],
  demand: [
    "demanded",
    "demands",
    "asking",
    "shouted",
    "exclaimed",
    "yelled",
    "screamed",
    "cried",
    "chanted",
    "whispered",
    "muttered",
    "pleaded",
    "begged",
    "mused",
    "quipped",
    "sighed",
    "laughed",
    "scoffed",
    "snapped",
    "fumed",
    "bragged",
    "recounted",
    "tweeting",
    "posting"
  ]
};
var BARE_CLAUSE = /* @__PURE__ */ new Set([
  "say",
  "tell",
  "add",
  "warn",
  "claim",
  "insist",
  "argue",
  "write",
  "report",
  "believe",
  "hope",
  "predict",
  "suggest",
  "explain",
  "assert",
  "contend",
  "maintain",
  "stress"
]);
var STANCE = /* @__PURE__ */ new Set([
  "accuse",
  "urge",
  "criticize",
  "condemn",
  "praise",
  "vow",
  "defend",
  "endorse",
  "describe",
  "denounce",
  "warn",
  "threaten",
  "reject"
]);
var cueTable = /* @__PURE__ */ new Map();
for (const [base, forms] of Object.entries(CUE_BASES)) {
  const b = base.replace(/\d+$/, "");
  for (const form of forms) {
    cueTable.set(form, { base: b, bare: BARE_CLAUSE.has(b), participle: form.endsWith("ing") });
  }
}
var handForms = new Set(cueTable.keys());
for (const [form] of LEARNED_CUES) {
  if (handForms.has(form) || form.split(" ").some((w) => handForms.has(w)) || form === "according to")
    continue;
  const last = form.split(" ").pop() ?? form;
  cueTable.set(form, { base: form, bare: false, participle: last.endsWith("ing"), learned: true });
}
var cueExact = /* @__PURE__ */ __name((word) => cueTable.get(word), "cueExact");
var cueForm = /* @__PURE__ */ __name((word) => cueTable.get(word) ?? cueTable.get(word.toLowerCase()), "cueForm");
var escapeRe = /* @__PURE__ */ __name((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "escapeRe");
var CUE_SOURCE = [...cueTable.keys()].sort((a, b) => b.length - a.length).map((f) => escapeRe(f).replace(/ /g, "\\s+")).join("|");
var ADVERBS = /* @__PURE__ */ new Set([
  "also",
  "further",
  "already",
  "has",
  "have",
  "had",
  "reportedly",
  "previously",
  "later",
  "then",
  "again",
  "earlier",
  "once",
  "repeatedly",
  "publicly",
  "recently",
  "has also",
  "had also",
  "would",
  "will",
  "would later",
  "is",
  "was",
  "were",
  "has been",
  "had been",
  "just",
  "only",
  "often",
  "frequently",
  "flatly",
  "firmly",
  "bluntly",
  "openly",
  "explicitly",
  "privately",
  "separately",
  "quickly",
  "simply",
  "famously",
  "even",
  "never",
  "not",
  "did",
  "does",
  "do",
  "however",
  "instead",
  "still",
  "now",
  "too",
  "first",
  "finally",
  "ultimately",
  "initially",
  "subsequently",
  "personally",
  "specifically",
  "yet"
]);
var ROLE_CLASSES = [
  {
    head: /^(?:leader|head of state|head of government|strongman)$/,
    roles: /president|prime minister|premier|chancellor|leader|king|emir|supreme leader/,
    kind: "person"
  },
  { head: /^president$/, roles: /(?<!vice[- ])president/, kind: "person" },
  { head: /^vice[- ]president$/, roles: /vice[- ]president/, kind: "person" },
  { head: /^(?:prime minister|premier)$/, roles: /prime minister|premier/, kind: "person" },
  { head: /^chancellor$/, roles: /chancellor/, kind: "person" },
  {
    head: /^(?:top diplomat|foreign minister|foreign secretary|secretary of state|diplomat chief|chief diplomat)$/,
    roles: /foreign minister|foreign secretary|secretary of state|minister of foreign affairs|foreign affairs minister/,
    kind: "person"
  },
  {
    head: /^(?:spokeswoman|spokesman|spokesperson)$/,
    roles: /spokes(?:wo)?man|spokesperson/,
    kind: "person"
  },
  {
    head: /^(?:prosecutor|prosecutor general|attorney general)$/,
    roles: /prosecutor|attorney general/,
    kind: "person"
  },
  { head: /^(?:minister)$/, roles: /minister/, kind: "person" },
  { head: /^(?:senator)$/, roles: /senator|\bsen\b/, kind: "person" },
  { head: /^(?:governor)$/, roles: /governor|\bgov\b/, kind: "person" },
  {
    head: /^(?:congressman|congresswoman|lawmaker|representative)$/,
    roles: /congress|representative|\brep\b/,
    kind: "person"
  },
  { head: /^(?:candidate|nominee)$/, roles: /candidate|nominee/, kind: "person" },
  { head: /^(?:mayor)$/, roles: /mayor/, kind: "person" },
  { head: /^(?:ambassador|envoy)$/, roles: /ambassador|envoy/, kind: "person" },
  { head: /^(?:general|commander)$/, roles: /general|commander/, kind: "person" },
  { head: /^(?:speaker)$/, roles: /speaker/, kind: "person" },
  { head: /^(?:secretary)$/, roles: /secretary/, kind: "person" },
  { head: /^(?:ministry|foreign ministry)$/, roles: /ministry/, kind: "organization" },
  { head: /^(?:bloc|union)$/, roles: /\beu\b|european union|bloc|union/, kind: "organization" },
  { head: /^(?:alliance)$/, roles: /nato|alliance/, kind: "organization" },
  {
    head: /^(?:government|administration|cabinet)$/,
    roles: /government|administration|cabinet|kremlin|white house/,
    kind: "organization"
  },
  { head: /^(?:campaign)$/, roles: /campaign/, kind: "organization" },
  { head: /^(?:committee|commission|council)$/, roles: /committee|commission|council/, kind: "organization" },
  {
    head: /^(?:agency|news agency)$/,
    roles: /agency|tass|interfax|afp|reuters|xinhua|ria/,
    kind: "organization"
  },
  {
    head: /^(?:newspaper|daily|paper)$/,
    roles: /newspaper|daily|post|times|journal|herald|tribune|gazette/,
    kind: "organization"
  }
];
var ROLE_HEADS2 = "head of state|head of government|vice[- ]president|prime minister|top diplomat|foreign minister|foreign secretary|secretary of state|chief diplomat|prosecutor general|attorney general|news agency|foreign ministry|president|premier|leader|strongman|chancellor|spokeswoman|spokesman|spokesperson|prosecutor|minister|senator|governor|congressman|congresswoman|lawmaker|candidate|nominee|mayor|ambassador|envoy|general|commander|speaker|secretary|ministry|bloc|alliance|government|administration|cabinet|campaign|committee|commission|council|agency|newspaper|daily|paper|statement|communiqu[e\xE9]|report|court|police|army|military|commissioner|director|chairman|chairwoman|chief|adviser|advisor|aide|lawyer|attorney|strategist|manager|founder|official|economist|professor|analyst|narrator|team|staff|ad|clip|video|letter|memo|poll|survey|study";
var NATIONALITY_WORDS = {
  russia: "ru",
  russian: "ru",
  belarus: "by",
  belarusian: "by",
  belarussian: "by",
  ukraine: "ua",
  ukrainian: "ua",
  us: "us",
  "u.s.": "us",
  american: "us",
  america: "us",
  "united states": "us",
  china: "cn",
  chinese: "cn",
  iran: "ir",
  iranian: "ir",
  germany: "de",
  german: "de",
  france: "fr",
  french: "fr",
  britain: "gb",
  british: "gb",
  uk: "gb",
  poland: "pl",
  polish: "pl",
  lithuania: "lt",
  lithuanian: "lt",
  india: "in",
  indian: "in",
  israel: "il",
  israeli: "il",
  turkey: "tr",
  turkish: "tr",
  syria: "sy",
  syrian: "sy",
  european: "eu",
  eu: "eu",
  venezuela: "ve",
  venezuelan: "ve",
  canada: "ca",
  canadian: "ca",
  japan: "jp",
  japanese: "jp",
  mexico: "mx",
  mexican: "mx",
  brazil: "br",
  brazilian: "br",
  pakistan: "pk",
  pakistani: "pk",
  saudi: "sa",
  italy: "it",
  italian: "it",
  spain: "es",
  spanish: "es",
  cuba: "cu",
  cuban: "cu",
  iraq: "iq",
  iraqi: "iq",
  afghan: "af",
  afghanistan: "af",
  korea: "kr",
  korean: "kr"
};
var NATIONALITY = new Map(Object.entries(NATIONALITY_WORDS));
var nationalityOf = /* @__PURE__ */ __name((word) => {
  const w = word.toLowerCase();
  const hit = NATIONALITY.get(w);
  if (hit || !/[’']s?$/.test(w)) return hit;
  return NATIONALITY.get(w.replace(/[’']s?$/, ""));
}, "nationalityOf");
var AGENCIES = [
  "TASS",
  "Interfax",
  "RIA Novosti",
  "RIA",
  "Sputnik",
  "AFP",
  "Agence France-Presse",
  "Reuters",
  "Associated Press",
  "AP",
  "Xinhua",
  "EFE",
  "dpa",
  "DPA",
  "ANSA",
  "Kyodo",
  "Yonhap",
  "IRNA",
  "Fars",
  "Tasnim",
  "ISNA",
  "Mehr",
  "Anadolu",
  "BelTA",
  "Belta",
  "PTI",
  "ANI",
  "IANS",
  "UNI",
  "Bloomberg",
  "UPI",
  "Prensa Latina",
  "Ukrinform",
  "UNIAN",
  "KCNA",
  "SANA",
  "WAFA",
  "APA",
  "Bernama",
  "Antara"
];
var AGENCY_SOURCE = [...AGENCIES].sort((a, b) => b.length - a.length).map((a) => escapeRe(a).replace(/ /g, "\\s+")).join("|");
var SCARE_BEFORE = /(?:so[- ]called|self[- ]styled|self[- ]proclaimed|dubbed|termed|branded|labell?ed|nicknamed|known as|the (?:word|term|phrase|label)s?|words? like|called it|calls it|call it|named|titled|entitled|as a|as an|as the)\s*$/i;

// src/analyze/citations/index.ts
var OUTLET_HEADS = "Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Izvestia|Kommersant|Pravda|TV|Television|Radio|Broadcasting|Network|Daily|News";
var DOC_HEADS = "statement|report|communiqu[e\xE9]|resolution|decree|letter|memo|document|study|survey|poll|transcript|declaration|press release";
var HEADS_RE = new RegExp(`\\b(?:(${AGENCY_SOURCE})|(${OUTLET_HEADS})|(${DOC_HEADS}))\\b`, "g");
var DOC_BEFORE_RE = /\b(?:in|according to|from)\s+(?:a|an|the|its|his|her|their)\s+((?:[\p{L}-]+\s+){0,2}?)$/iu;
var CAP_WORDS_BEFORE_RE = /(?:[\p{Lu}][\p{L}.&’'-]*\s+){1,3}$/u;
var OUTLET_CONTEXT = /(?:\b(?:reported|reports|told|according to|cited by|carried by|quoted by|published by|in an interview with|wrote|writes|said)\s*(?:the\s+)?$)|^\s+(?:reported|reports|said|wrote|quoted|cited|has learned|newspaper|daily|news agency)/;
function findCitations(input) {
  const { body } = input;
  const out = [];
  const add = /* @__PURE__ */ __name((c) => {
    if (c.start < 0 || c.end > body.length || c.end <= c.start) return;
    for (const o of out) if (o.start < c.end && c.start < o.end) return;
    out.push(c);
  }, "add");
  const agencies = [];
  const outlets = [];
  const documents = [];
  for (const m of body.matchAll(HEADS_RE)) {
    if (m[1]) agencies.push(m);
    else if (m[2]) outlets.push(m);
    else documents.push(m);
  }
  for (const m of agencies) {
    const start = m.index ?? 0;
    add({ start, end: start + m[1].length, name: m[1].replace(/\s+/g, " "), kind: "agency" });
  }
  for (let at = body.indexOf("news agency"); at >= 0; at = body.indexOf("news agency", at + 11)) {
    const words = body.slice(Math.max(0, at - 60), at).match(CAP_WORDS_BEFORE_RE);
    if (!words) continue;
    const np = words[0].trim().replace(/^(?:[\p{L}]+(?:’s|'s))\s+/u, "");
    const end = at - (words[0].length - words[0].trimEnd().length);
    add({ start: end - np.length, end, name: np, kind: "agency" });
  }
  for (const m of outlets) {
    const headEnd = (m.index ?? 0) + m[0].length;
    const lead = body.slice(Math.max(0, (m.index ?? 0) - 60), m.index ?? 0).match(/(?:[\p{Lu}][\p{L}.&’'-]*\s+){0,3}$/u);
    const start = (m.index ?? 0) - (lead ? lead[0].length : 0);
    const end = headEnd;
    const text = body.slice(start, end);
    const ctx = body.slice(Math.max(0, start - 30), start);
    const next = body.slice(end, end + 20);
    if (!OUTLET_CONTEXT.test(ctx) && !OUTLET_CONTEXT.test(next)) continue;
    add({ start, end, name: text.replace(/^The\s+/, ""), kind: "outlet" });
  }
  const officials = /* @__PURE__ */ new Set();
  const entityById = /* @__PURE__ */ new Map();
  for (const e of input.entities) if (!entityById.has(e.id)) entityById.set(e.id, e);
  for (const f of input.frames ?? []) {
    const s = f.subject;
    if (s.kind === "anonymous") {
      add({ start: s.start, end: s.end, name: body.slice(s.start, s.end), kind: "anonymous" });
    } else if (f.statement && s.speaker) {
      add({ start: s.start, end: s.end, name: `${s.speaker} statement`, kind: "official" });
    } else if (s.speaker && s.entity) {
      const e = entityById.get(s.entity);
      if (e?.type === "organization") add({ start: s.start, end: s.end, name: s.speaker, kind: "official" });
      else if (e?.type === "person" && e.roles.length > 0 && !officials.has(e.id)) {
        officials.add(e.id);
        add({ start: s.start, end: s.end, name: s.speaker, kind: "official" });
      }
    }
  }
  for (const m of documents) {
    const at = m.index ?? 0;
    const before2 = body.slice(Math.max(0, at - 50), at).match(DOC_BEFORE_RE);
    if (!before2) continue;
    const start = at - before2[1].length;
    const end = at + m[0].length;
    add({ start, end, name: body.slice(start, end), kind: "document" });
  }
  return out.sort((a, b) => a.start - b.start);
}
__name(findCitations, "findCitations");

// src/analyze/quotes/cue-model.ts
init_package_root();
import { existsSync as existsSync3, readFileSync as readFileSync3 } from "node:fs";
import { gunzipSync as gunzipSync2 } from "node:zlib";

// src/analyze/quotes/word-table.ts
function hashRange3(text, start, end) {
  let h = 2166136261;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 16777619);
  }
  return h >>> 0;
}
__name(hashRange3, "hashRange");
var WordTable = class {
  static {
    __name(this, "WordTable");
  }
  mask;
  /** Per slot: the word's hash, its index in `words` plus one (0: empty slot). */
  hashes;
  slots;
  words = [];
  values = [];
  /** Words are stored as given; `get` compares them with the text exactly or with A–Z folded. */
  constructor(entries) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 2) size <<= 1;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    for (const [word, value] of list) {
      const h = hashRange3(word, 0, word.length) | 0;
      let i = h & this.mask;
      while (this.slots[i] !== 0) {
        if (this.hashes[i] === h && this.words[this.slots[i] - 1] === word) break;
        i = i + 1 & this.mask;
      }
      if (this.slots[i] === 0) {
        this.words.push(word);
        this.values.push(value);
        this.hashes[i] = h;
        this.slots[i] = this.words.length;
      } else this.values[this.slots[i] - 1] = value;
    }
  }
  /**
   * The value of the word text[start, end), or undefined. `foldCase`: A–Z in the text match their lowercase
   * (the stored words are lowercase); otherwise the text must spell the word exactly. `hash`: hashRange of the
   * range, when the caller has it already.
   */
  get(text, start, end, foldCase = false, hash = hashRange3(text, start, end)) {
    const h = hash | 0;
    const len = end - start;
    for (let i = h & this.mask; this.slots[i] !== 0; i = i + 1 & this.mask) {
      if (this.hashes[i] !== h) continue;
      const w = this.words[this.slots[i] - 1];
      if (w.length === len && sameWord(text, start, w, foldCase)) return this.values[this.slots[i] - 1];
    }
    return void 0;
  }
};
function sameWord(text, start, word, foldCase) {
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(start + k);
    if (foldCase && c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}
__name(sameWord, "sameWord");

// src/analyze/quotes/cue-features.ts
var hashWord = /* @__PURE__ */ __name((w) => hashRange3(w, 0, w.length), "hashWord");
var mix4 = /* @__PURE__ */ __name((h, x) => {
  let k = Math.imul(h ^ x, 1540483477);
  k ^= k >>> 13;
  return Math.imul(k, 1540483477) ^ k >>> 15;
}, "mix");
var SHAPE_NONE = 1;
var SHAPE_PRON = 2;
var SHAPE_DET = 3;
var SHAPE_AUX = 4;
var SHAPE_CAP = 5;
var SHAPE_NUM = 6;
var SHAPE_ING = 7;
var SHAPE_ED = 8;
var SHAPE_LY = 9;
var SHAPE_WORD = 10;
var FN_SLOTS = 256;
var FN_KEYS = new Int32Array(FN_SLOTS);
var FN_SHAPES = new Uint8Array(FN_SLOTS);
function setFunctionShape(w, shape) {
  const h = hashWord(w) | 0;
  let i = h & FN_SLOTS - 1;
  while (FN_SHAPES[i] !== 0 && FN_KEYS[i] !== h) i = i + 1 & FN_SLOTS - 1;
  FN_KEYS[i] = h;
  FN_SHAPES[i] = shape;
}
__name(setFunctionShape, "setFunctionShape");
function functionShape(h) {
  const k = h | 0;
  for (let i = k & FN_SLOTS - 1; FN_SHAPES[i] !== 0; i = i + 1 & FN_SLOTS - 1)
    if (FN_KEYS[i] === k) return FN_SHAPES[i];
  return 0;
}
__name(functionShape, "functionShape");
for (const w of "he she they it we i who which you".split(" ")) setFunctionShape(w, SHAPE_PRON);
for (const w of "the a an his her their its this that our my".split(" ")) setFunctionShape(w, SHAPE_DET);
for (const w of "is was are were be been being has have had will would could should can may might did does do to not".split(
  " "
))
  setFunctionShape(w, SHAPE_AUX);
var NO_TOKEN = 625341585;
var isWordChar2 = /* @__PURE__ */ __name((c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 39 || c === 8217 || c > 127 && /\p{L}/u.test(String.fromCharCode(c)), "isWordChar");
var tok = {
  start: new Int32Array(4),
  end: new Int32Array(4),
  hash: new Uint32Array(4),
  shape: new Uint8Array(4)
};
function describe(text, k, s, e) {
  tok.start[k] = s;
  tok.end[k] = e;
  const c = text.charCodeAt(s);
  if (!isWordChar2(c)) {
    const p = c === 126 ? 34 : c;
    tok.hash[k] = p;
    tok.shape[k] = 11 + (p & 63);
    return;
  }
  const h = hashRange3(text, s, e);
  tok.hash[k] = h;
  const f = functionShape(h);
  if (f !== 0) tok.shape[k] = f;
  else if (c >= 65 && c <= 90) tok.shape[k] = SHAPE_CAP;
  else if (c >= 48 && c <= 57) tok.shape[k] = SHAPE_NUM;
  else {
    const a = text.charCodeAt(e - 2);
    const b = text.charCodeAt(e - 1);
    tok.shape[k] = e - s > 4 && a === 110 && b === 103 && text.charCodeAt(e - 3) === 105 ? SHAPE_ING : a === 101 && b === 100 ? SHAPE_ED : a === 108 && b === 121 ? SHAPE_LY : SHAPE_WORD;
  }
}
__name(describe, "describe");
var none = /* @__PURE__ */ __name((k) => {
  tok.start[k] = -1;
  tok.end[k] = -1;
  tok.hash[k] = NO_TOKEN;
  tok.shape[k] = SHAPE_NONE;
}, "none");
function before(text, pos, k) {
  let i = pos;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  if (i <= 0 || text.charCodeAt(i - 1) === 10) {
    none(k);
    return;
  }
  const c = text.charCodeAt(i - 1);
  let j = i - 1;
  if (c === 126) while (j > 0 && text.charCodeAt(j - 1) === 126) j--;
  else if (isWordChar2(c)) while (j > 0 && isWordChar2(text.charCodeAt(j - 1))) j--;
  describe(text, k, j, i);
}
__name(before, "before");
function after(text, pos, k) {
  const n = text.length;
  let i = pos;
  while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i >= n || text.charCodeAt(i) === 10) {
    none(k);
    return;
  }
  let j = i + 1;
  if (isWordChar2(text.charCodeAt(i))) while (j < n && isWordChar2(text.charCodeAt(j))) j++;
  describe(text, k, i, j);
}
__name(after, "after");
var FEATURE_COUNT = 23;
var P1 = 0;
var P2 = 1;
var N1 = 2;
var N2 = 3;
function cueFeatures(text, cs, ce, sentenceStart, bits, out) {
  const mask = (1 << bits) - 1;
  const w = hashRange3(text, cs, ce);
  const suffix = ce - cs > 4 ? hashRange3(text, ce - 3, ce) : w;
  before(text, cs, P1);
  if (tok.start[P1] > 0) before(text, tok.start[P1], P2);
  else none(P2);
  after(text, ce, N1);
  if (tok.end[N1] > 0) after(text, tok.end[N1], N2);
  else none(N2);
  let words = 0;
  let capsLeft = 0;
  let quoteLeft = 0;
  for (let i = cs - 1; i >= sentenceStart && i >= cs - 120; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 && i + 1 < cs && text.charCodeAt(i + 1) !== 32) {
      words++;
      const d = text.charCodeAt(i + 1);
      if (d >= 65 && d <= 90 && words <= 4) capsLeft = 1;
    } else if (c === 126 || c === 34) quoteLeft = 1;
  }
  if (cs - sentenceStart < 2) words = 0;
  const pos = words === 0 ? 0 : words < 3 ? 1 : words < 8 ? 2 : 3;
  let quoteRight = 0;
  for (let i = ce; i < text.length && i < ce + 60; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (c === 126 || c === 34) {
      quoteRight = 1;
      break;
    }
  }
  const q = quoteLeft * 2 + quoteRight;
  const sp1 = tok.shape[P1];
  const sn1 = tok.shape[N1];
  if (out.length !== FEATURE_COUNT) {
    out.length = 0;
    for (let k = 0; k < FEATURE_COUNT; k++) out.push(0);
  }
  out[0] = mix4(1, 0) & mask;
  out[1] = mix4(2, w) & mask;
  out[2] = mix4(3, suffix) & mask;
  out[3] = mix4(4, tok.hash[P1]) & mask;
  out[4] = mix4(5, tok.hash[P2]) & mask;
  out[5] = mix4(6, tok.hash[N1]) & mask;
  out[6] = mix4(7, tok.hash[N2]) & mask;
  out[7] = mix4(8, sp1) & mask;
  out[8] = mix4(9, sn1) & mask;
  out[9] = mix4(mix4(10, tok.shape[P2]), sp1) & mask;
  out[10] = mix4(mix4(11, sn1), tok.shape[N2]) & mask;
  out[11] = mix4(mix4(12, w), tok.hash[P1]) & mask;
  out[12] = mix4(mix4(13, w), tok.hash[N1]) & mask;
  out[13] = mix4(mix4(14, w), sp1) & mask;
  out[14] = mix4(mix4(15, w), sn1) & mask;
  out[15] = mix4(mix4(mix4(16, suffix), sp1), sn1) & mask;
  out[16] = mix4(17, pos) & mask;
  out[17] = mix4(mix4(18, w), pos) & mask;
  out[18] = mix4(19, capsLeft) & mask;
  out[19] = mix4(mix4(20, w), capsLeft) & mask;
  out[20] = mix4(21, q) & mask;
  out[21] = mix4(mix4(22, w), q) & mask;
  out[22] = mix4(mix4(mix4(23, suffix), pos), q) & mask;
}
__name(cueFeatures, "cueFeatures");

// src/analyze/quotes/cue-model.ts
var MAGIC2 = "WTCUE2";
function deserializeCueModel(bytes) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < MAGIC2.length + 21 || buf.toString("latin1", 0, MAGIC2.length) !== MAGIC2) return null;
  let at = MAGIC2.length;
  const bits = buf.readUInt8(at++);
  const threshold = buf.readFloatLE(at);
  const scale = buf.readFloatLE(at + 4);
  const vocabLen = buf.readUInt32LE(at + 8);
  at += 12;
  const vocab = new Set(buf.toString("utf8", at, at + vocabLen).split("\n"));
  at += vocabLen;
  const n = buf.readUInt32LE(at);
  const gapBytes = buf.readUInt32LE(at + 4);
  at += 8;
  const slots = new Uint32Array(n);
  let slot = 0;
  for (let k = 0, end = at + gapBytes; k < n && at < end; k++) {
    let gap = 0;
    let shift = 0;
    let byte;
    do {
      byte = buf[at++];
      gap |= (byte & 127) << shift;
      shift += 7;
    } while (byte & 128);
    slot += gap;
    slots[k] = slot;
  }
  const weights = new Float32Array(1 << bits);
  for (let k = 0; k < n; k++, at += 2) weights[slots[k]] = buf.readInt16LE(at) * scale;
  return { bits, weights, vocab, threshold };
}
__name(deserializeCueModel, "deserializeCueModel");
var CUE_MODEL_PATH = modelPath("quotes", "cues.bin.gz");
var loaded;
function cueModel() {
  if (loaded === void 0) {
    loaded = existsSync3(CUE_MODEL_PATH) ? deserializeCueModel(gunzipSync2(readFileSync3(CUE_MODEL_PATH))) : null;
  }
  return loaded;
}
__name(cueModel, "cueModel");
var scratch2 = [];
function cueScore(m, text, cs, ce, sentenceStart) {
  cueFeatures(text, cs, ce, sentenceStart, m.bits, scratch2);
  let s = 0;
  for (const f of scratch2) s += m.weights[f];
  return s;
}
__name(cueScore, "cueScore");

// src/analyze/quotes/described.ts
var LEAD = /^(?:(?:a|an|the|one|some|several|two|three|four|five|many|other|another|both|this|that|these|those|his|her|their|its|our)\s+)+/i;
var SHARE_OF = /^(?:(?:(?:a|the)\s+)?(?:many|most|some|all|none|few|several|both|each|one|two|three|four|five|half|two-thirds|a third|third|quarter|number|majority|minority|handful|dozens|hundreds|thousands|[\d.]+%?)\s+)?of\s+(?:the\s+)?/i;
var TAIL = /(?:\s*[,(—–].*|\s+(?:that|which|who|whose|where|when|released|conducted|published|issued|seeking|handling|including|led|run)\b.*)$/s;
var NOT_A_NAME = /^(?:with|after|before|when|while|if|as|since|though|although|but|and|or|so|for|from|by|to|of|in|on|at|during|because|unless|until|whether|without|like|than|then|however|meanwhile|instead|i|he|she|it|they|we|you|his|her|its|their|our|my|your)$/i;
var MAX_WORDS = 6;
var MAX_WORDS_AFTER_HEAD = 11;
var SPEAKING_HEAD = /^(?:campaigns?|polls?|surveys?|study|studies|analysis|analyses|reports?|memos?|brief|statement|sources?|officials?|spokes(?:man|woman|person)|aides?|advis[eo]rs?|judges?|lawyers?|attorneys?|committee|office|department|agency|administration|government|governor|senator|congress(?:man|woman)|lawmakers?|nominee|candidate|front-?runner|leaders?|chair(?:man|woman)?|director|secretary|minister|president|mayor|representative|members|voters|supporters|diplomats?|prosecutors?|investigators?|authorities|researchers|economists?|experts?|analysts?|team|staff|group|organization|union|website|newspaper|network|video|ad|tweet|letter|filing|release|records|documents?|transcript|complaint|lawsuit|suit|editorial|article|story|book|ruling|opinion|order|bill|measure|proposal|plan|platform|resolution|ministry|spokespeople|operatives?|strategists?|pollsters?|officer|executive|ambassador|envoy|commission|council|court|panel|party|caucus|general|commissioner|chief|founder|professor|reporters?|correspondents?|journalists?|columnists?|editors?|host|anchor|manager|allies|insiders|defenders|associates|backers|opponents|critics|donors|loyalists|surrogates|commentators|counsel|camp|media|candidates|delegates|activists|average|estimates?|account)$/i;
var ORG_HEAD = /^(?:Office|Foundation|Institute|Center|Centre|Committee|Department|Agency|Commission|Council|Party|Association|Union|Times|Post|News|Journal|Bureau|Service|Administration|Campaign|University|College|Court|Board|Ministry|Group|Network|Project|Fund|Coalition|League|Alliance|Society|Organization|Federation|Caucus|PAC|Company|Corporation|Corp\.?|Inc\.?|Research|Poll|Survey|Police|Army|Senate|House|Congress|Government|Cabinet|Kremlin|Pentagon|Tribune|Herald|Gazette|Telegraph|Guardian|Magazine|Museum|Media|Daily|Star|Leader|Review)$/;
function describedSpeaker(phrase, opensSentence2, firstIsName = false) {
  let p = phrase.trim();
  if (p === "" || p.length > 120 || /["~“”]/.test(p)) return null;
  p = p.replace(TAIL, "");
  const share = p.match(SHARE_OF);
  if (share) p = p.slice(share[0].length);
  const lead = p.match(LEAD);
  if (lead) p = p.slice(lead[0].length);
  p = p.replace(/[\s,.;:]+$/, "");
  const words = p.split(/\s+/).filter((w) => w !== "");
  if (words.length === 0) return null;
  const prep = words.findIndex((w, i) => i > 0 && /^(?:of|on|for|to|from|at|in|with|by)$/.test(w));
  if (words.length > (prep > 0 && prep <= MAX_WORDS ? MAX_WORDS_AFTER_HEAD : MAX_WORDS)) return null;
  if (NOT_A_NAME.test(words[0])) return null;
  const firstCounts = share !== null || lead !== null || !opensSentence2 || firstIsName || /^\p{Lu}\p{L}+[’']s$/u.test(words[0]);
  const named = words.some((w, i) => (i > 0 || firstCounts) && /^\p{Lu}/u.test(w));
  if (!named) return null;
  const headAt = prep > 0 ? prep - 1 : words.length - 1;
  const head = words[headAt].replace(/[’']s?$/, "");
  const speaks = /^\p{Lu}/u.test(head) ? ORG_HEAD.test(head) || /^[\p{Lu}]{2,6}$/u.test(head) || headAt === 0 && SPEAKING_HEAD.test(head) : SPEAKING_HEAD.test(head);
  return speaks ? p : null;
}
__name(describedSpeaker, "describedSpeaker");
var MONTH_OR_DAY = /^(?:January|February|March|April|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
var HAS_DAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
var NOT_ALONE = /^(?:Islamic|Wow|Whether|Yes|No|Well|Now|Here|There|Today|Yesterday)$/;
var isLeadingJunk = /* @__PURE__ */ __name((w) => NOT_A_NAME.test(w) || /^\p{Lu}\p{Ll}+(?:ly|ing)$/u.test(w) || /^(?:what|who|whom|whose|this|these|those|just|watch|even|only|also|yet|still|here|there|on|why|how)$/i.test(
  w
), "isLeadingJunk");
function nameIn(name) {
  const words = name.trim().split(/\s+/);
  let k = 0;
  while (k < words.length && isLeadingJunk(words[k])) k++;
  const rest = words.slice(k);
  if (rest.length === 0) return null;
  const text = rest.join(" ");
  const head = /^the$/i.test(rest[0]) && rest.length > 1 ? rest[1] : rest[0];
  const particle = /^(?:von|van|de|da|del|der|den|di|du|al|el|bin|ibn|la|le|ul)(?:-|$)/.test(head) && /\p{Lu}/u.test(text);
  if (!particle && !/^\p{Lu}/u.test(head)) return null;
  if (rest.length === 1 && (MONTH_OR_DAY.test(head) || NOT_ALONE.test(head))) return null;
  if (HAS_DAY.test(text)) return null;
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length > 5 && letters === letters.toUpperCase() && (rest.length > 1 || letters.length > 6))
    return null;
  return k === 0 ? name : text;
}
__name(nameIn, "nameIn");

// src/analyze/quotes/marks.ts
var DOUBLE_OPEN = /* @__PURE__ */ new Set(["\u201C", '"', "\u201E", "\u201F", "\xAB", "\xBB"]);
var DOUBLE_CLOSE = /* @__PURE__ */ new Set(["\u201D", '"', "\u201C", "\xBB", "\xAB"]);
var SINGLE_OPEN = /* @__PURE__ */ new Set(["\u2018", "'", "\u201A", "\u201B"]);
var SINGLE_CLOSE = /* @__PURE__ */ new Set(["\u2019", "'"]);
var isSpace2 = /* @__PURE__ */ __name((c) => c === void 0 || c === " " || c === "	" || c === "\n" || c === "\r" || c === "\xA0", "isSpace");
var OPENER_RE = /["“„‟«'‘‚‛”]/g;
var isWordChar3 = /* @__PURE__ */ __name((c) => c !== void 0 && /[\p{L}\p{N}]/u.test(c), "isWordChar");
var OPEN_CONTEXT = /* @__PURE__ */ new Set(["(", "[", "{", "\u2014", "\u2013", "-", "/", ":", ",", ";", "\u2026"]);
var looksOpening = /* @__PURE__ */ __name((text, i) => {
  const prev = i > 0 ? text[i - 1] : void 0;
  const next = text[i + 1];
  if (isSpace2(next)) return false;
  return prev === void 0 || isSpace2(prev) || OPEN_CONTEXT.has(prev) || DOUBLE_OPEN.has(prev) || SINGLE_OPEN.has(prev);
}, "looksOpening");
var looksClosing = /* @__PURE__ */ __name((text, i) => {
  const prev = i > 0 ? text[i - 1] : void 0;
  return prev !== void 0 && !isSpace2(prev);
}, "looksClosing");
var trimRange = /* @__PURE__ */ __name((text, a, b) => {
  let s = a;
  let e = b;
  while (s < e && isSpace2(text[s])) s++;
  while (e > s && isSpace2(text[e - 1])) e--;
  return [s, e];
}, "trimRange");
var findSingleClose = /* @__PURE__ */ __name((text, from, end) => {
  let fallback = -1;
  for (let j = from; j < end; j++) {
    const c = text[j];
    if (!SINGLE_CLOSE.has(c)) continue;
    const prev = text[j - 1];
    const next = text[j + 1];
    if (isSpace2(prev) || isWordChar3(next)) continue;
    if ((prev === "s" || prev === "S") && next === " " && /[a-z]/.test(text[j + 2] ?? "")) {
      if (fallback < 0) fallback = j;
      continue;
    }
    return j;
  }
  return fallback;
}, "findSingleClose");
function findDoubledClose(text, from) {
  let pe = text.indexOf("\n", from);
  if (pe < 0) pe = text.length;
  for (let j = text.indexOf("''", from); j >= 0 && j < pe; j = text.indexOf("''", j + 2)) {
    if (!isSpace2(text[j - 1]) && !isWordChar3(text[j + 2])) return j;
  }
  return -1;
}
__name(findDoubledClose, "findDoubledClose");
var TRANSCRIPT_LINE_RE = /^"(?:[A-Z][A-Z.'’-]+ ){0,2}[A-Z][A-Z.'’-]+:\s/;
var opensTranscriptLine = /* @__PURE__ */ __name((text, i) => text[i] === '"' && (i === 0 || text[i - 1] === "\n") && TRANSCRIPT_LINE_RE.test(text.slice(i, i + 40)), "opensTranscriptLine");
function findQuotedSpans(text) {
  const out = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    OPENER_RE.lastIndex = i;
    const hit = OPENER_RE.exec(text);
    if (!hit) break;
    i = hit.index;
    const c = text[i];
    const reversed = c === "\u201D" && (i === 0 || text[i - 1] === "\n") && isWordChar3(text[i + 1]);
    if ((reversed || DOUBLE_OPEN.has(c) && c !== "\xBB" && looksOpening(text, i)) && !opensTranscriptLine(text, i)) {
      const guillemet = c === "\xAB";
      const res = scanDouble(text, i, guillemet);
      const [is, ie] = trimRange(text, i + 1, res.innerEnd);
      if (ie > is) {
        out.push({
          open: i,
          close: res.close,
          innerStart: is,
          innerEnd: ie,
          closed: res.closed,
          multiParagraph: res.multiParagraph,
          style: guillemet ? "guillemet" : "double"
        });
      }
      i = Math.max(res.close, i + 1);
      continue;
    }
    if (c === "'" && text[i + 1] === "'" && looksOpening(text, i) && !isSpace2(text[i + 2])) {
      const j = findDoubledClose(text, i + 2);
      if (j > 0) {
        const [is, ie] = trimRange(text, i + 2, j);
        out.push({
          open: i,
          close: j + 2,
          innerStart: is,
          innerEnd: ie,
          closed: true,
          multiParagraph: false,
          style: "double"
        });
        i = j + 2;
        continue;
      }
    }
    if (SINGLE_OPEN.has(c) && looksOpening(text, i) && isWordChar3(text[i + 1])) {
      let pe = text.indexOf("\n", i);
      if (pe < 0) pe = n;
      let j = findSingleClose(text, i + 1, pe);
      let multiParagraph = false;
      while (j < 0 && pe < n) {
        let k = pe;
        while (k < n && isSpace2(text[k])) k++;
        if (!SINGLE_OPEN.has(text[k]) || !isWordChar3(text[k + 1])) break;
        multiParagraph = true;
        pe = text.indexOf("\n", k);
        if (pe < 0) pe = n;
        j = findSingleClose(text, k + 1, pe);
      }
      if (j > 0) {
        const [is, ie] = trimRange(text, i + 1, j);
        out.push({
          open: i,
          close: j + 1,
          innerStart: is,
          innerEnd: ie,
          closed: true,
          multiParagraph,
          style: "single"
        });
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return out;
}
__name(findQuotedSpans, "findQuotedSpans");
function scanDouble(text, open, guillemet) {
  const n = text.length;
  const openGlyph = text[open];
  let depth = 0;
  let multiParagraph = false;
  let i = open + 1;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 34 && code !== 171 && code !== 187 && (code < 8220 || code > 8223)) {
      i++;
      continue;
    }
    const c = text[i];
    if (c === "\n") {
      let k = i;
      while (k < n && isSpace2(text[k])) k++;
      const first = text[k];
      if (depth === 0 && first !== void 0 && DOUBLE_OPEN.has(first) && first !== "\xBB" && !opensTranscriptLine(text, k)) {
        multiParagraph = true;
        i = k + 1;
        continue;
      }
      return { close: i, innerEnd: i, closed: false, multiParagraph };
    }
    if (guillemet ? c === "\xBB" : DOUBLE_CLOSE.has(c) && c !== "\xAB" && c !== "\xBB") {
      const closing = looksClosing(text, i);
      if (!closing && looksOpening(text, i)) {
        if (c !== '"' || openGlyph !== '"') depth++;
        i++;
        continue;
      }
      if (depth > 0) {
        depth--;
        i++;
        continue;
      }
      return { close: i + 1, innerEnd: i, closed: true, multiParagraph };
    }
    if (!guillemet && c === "\u201C" && looksOpening(text, i)) depth++;
    i++;
  }
  return { close: n, innerEnd: n, closed: false, multiParagraph };
}
__name(scanDouble, "scanDouble");

// src/analyze/quotes/text.ts
var isLetter2 = /* @__PURE__ */ __name((c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c > 127 && /\p{L}/u.test(String.fromCharCode(c)), "isLetter");
var isWhitespace = /* @__PURE__ */ __name((c) => c === 32 || c >= 9 && c <= 13 || c > 127 && /\s/.test(String.fromCharCode(c)), "isWhitespace");
var lastNonSpaceCode = /* @__PURE__ */ __name((text, from, end) => {
  let i = end;
  while (i > from && isWhitespace(text.charCodeAt(i - 1))) i--;
  return i > from ? text.charCodeAt(i - 1) : -1;
}, "lastNonSpaceCode");
var isPatternWordChar = /* @__PURE__ */ __name((c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95, "isPatternWordChar");
var endsWithWord = /* @__PURE__ */ __name((text, from, end, word) => {
  let i = end;
  while (i > from && isWhitespace(text.charCodeAt(i - 1))) i--;
  const at = i - word.length;
  return at >= from && text.startsWith(word, at) && (at === from || !isPatternWordChar(text.charCodeAt(at - 1)));
}, "endsWithWord");
var nextWordEnd = /* @__PURE__ */ __name((text, from, limit) => {
  const end = Math.min(limit, text.length);
  let j = from;
  while (j < end && isWhitespace(text.charCodeAt(j))) j++;
  if (j === from) return -1;
  let k = j;
  while (k < end && isLetter2(text.charCodeAt(k))) k++;
  return k > j ? k : -1;
}, "nextWordEnd");
var lastSpace = /* @__PURE__ */ __name((text, from, end) => {
  let j = end;
  while (j > from && !isWhitespace(text.charCodeAt(j - 1))) j--;
  return j;
}, "lastSpace");
var isAsciiLetter = /* @__PURE__ */ __name((c) => c >= 97 && c <= 122 || c >= 65 && c <= 90, "isAsciiLetter");
var lastWord = /* @__PURE__ */ __name((s) => {
  let i = s.length;
  for (; i > 0; i--) {
    const c = s.charCodeAt(i - 1);
    const ok = c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 39 || c === 46 || c === 45 || c === 8217 || c > 127 && /\p{L}/u.test(s[i - 1]);
    if (!ok) break;
  }
  return s.slice(i);
}, "lastWord");
var isSpace3 = /* @__PURE__ */ __name((c) => c === " " || c === "	" || c === "\n" || c === "\xA0", "isSpace");
var lastWords = /* @__PURE__ */ __name((s, k) => {
  let i = s.length;
  for (let t = 0; t < k; t++) {
    while (i > 0 && isSpace3(s[i - 1])) i--;
    while (i > 0 && !isSpace3(s[i - 1])) i--;
    if (i === 0) return s;
  }
  return s.slice(i - 1);
}, "lastWords");
var isWordPart = /* @__PURE__ */ __name((c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 39 || c === 45 || c === 8217 || c > 127 && /\p{L}/u.test(String.fromCharCode(c)), "isWordPart");
var looksTitleCase = /* @__PURE__ */ __name((line) => {
  let words = 0;
  let long = 0;
  let capitalised = 0;
  for (let i = 0; i < line.length; ) {
    if (!isWordPart(line.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < line.length && isWordPart(line.charCodeAt(i))) i++;
    if (++words > 25) return false;
    if (i - start >= 4) {
      long++;
      if (/\p{Lu}/u.test(line[start])) capitalised++;
      else if (long - capitalised > 5) return false;
    }
  }
  return words >= 4 && capitalised >= 0.8 * long;
}, "looksTitleCase");
var isPunctuationOrSpace = /* @__PURE__ */ __name((c) => c === 160 || c >= 8192 && c <= 8303, "isPunctuationOrSpace");
var wordCount = /* @__PURE__ */ __name((s, cap = Number.POSITIVE_INFINITY) => {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const word = c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c > 127 && !isPunctuationOrSpace(c) && /[\p{L}\p{N}]/u.test(s[i]);
    if (word && !inWord && ++n >= cap) return n;
    inWord = word;
  }
  return n;
}, "wordCount");

// src/analyze/quotes/sentences.ts
var ABBREVIATIONS2 = /* @__PURE__ */ new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "sen",
  "rep",
  "gov",
  "gen",
  "lt",
  "col",
  "sgt",
  "capt",
  "cmdr",
  "adm",
  "jr",
  "sr",
  "inc",
  "corp",
  "co",
  "ltd",
  "no",
  "vs",
  "jan",
  "feb",
  "mar",
  "apr",
  "aug",
  "sept",
  "sep",
  "oct",
  "nov",
  "dec",
  "prof",
  "rev",
  "pres",
  "gen",
  "u.s",
  "u.n",
  "u.k",
  "e.g",
  "i.e",
  "a.m",
  "p.m",
  "etc",
  "approx",
  "dept",
  "est",
  "ft",
  "mt"
]);
var CLOSERS2 = new Set([...`)]'\u2019"\u201D`].map((c) => c.charCodeAt(0)));
var opensSentence = /* @__PURE__ */ __name((code, c) => code < 128 ? code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === 34 || code === 39 || code === 40 : /[\p{Lu}\p{N}“‘]/u.test(c), "opensSentence");
var isLetterOrDot = /* @__PURE__ */ __name((c) => c === 46 || c >= 97 && c <= 122 || c >= 65 && c <= 90 || c > 127 && /\p{L}/u.test(String.fromCharCode(c)), "isLetterOrDot");
var isAbbreviation = /* @__PURE__ */ __name((text, dot) => {
  let k = dot - 1;
  while (k >= 0 && isLetterOrDot(text.charCodeAt(k))) k--;
  const word = text.slice(k + 1, dot).toLowerCase();
  if (word.length === 1) return true;
  return ABBREVIATIONS2.has(word);
}, "isAbbreviation");
function speakerFollows(masked, k) {
  if (!/[\p{Lu}]/u.test(masked[k] ?? "")) return false;
  if (/^(?:Of|In|On|At|For|With|After|Before|But|And|As|When|While|If|Since|Although|During|From|By|To|Yet|So)\s/.test(
    masked.slice(k, k + 12)
  )) {
    return false;
  }
  const ahead = masked.slice(k, k + 200);
  const stop = ahead.search(/[.!?\n"~]\s/);
  const clause = stop >= 0 ? ahead.slice(0, stop + 1) : ahead;
  const words = clause.match(/[A-Za-z]+/g) ?? [];
  for (let i = 0; i < words.length && i < 25; i++) {
    if (!/^[a-z]/.test(words[i]) || !cueForm(words[i])) continue;
    const rest = words.slice(i + 1);
    return !rest.includes("that") && rest.length <= 10 && !/^(?:have|has|had)$/.test(words[i - 1] ?? "");
  }
  return false;
}
__name(speakerFollows, "speakerFollows");
function quoteAwareSentences(body, masked, quotes) {
  const cuts = /* @__PURE__ */ new Set();
  const n = masked.length;
  const ends = /[.!?\n]/g;
  for (let hit = ends.exec(masked); hit; hit = ends.exec(masked)) {
    const i = hit.index;
    const c = masked[i];
    if (c === "\n") {
      cuts.add(i);
      continue;
    }
    if (c === "." || c === "!" || c === "?") {
      let j = i + 1;
      while (j < n && CLOSERS2.has(masked.charCodeAt(j))) j++;
      if (j < n && masked[j] !== " " && masked[j] !== "\n" && masked[j] !== "	") continue;
      let k = j;
      while (k < n && (masked[k] === " " || masked[k] === "	")) k++;
      if (k < n && masked[k] !== "\n" && !opensSentence(masked.charCodeAt(k), masked[k])) continue;
      if (c === "." && isAbbreviation(masked, i)) continue;
      cuts.add(j);
    }
  }
  for (const q of quotes) {
    if (!q.closed) continue;
    const last = body[q.innerEnd - 1];
    if (last !== "." && last !== "!" && last !== "?") continue;
    let k = q.close;
    while (k < n && (masked[k] === " " || masked[k] === "	")) k++;
    if (k >= n || masked[k] === "\n" || /[\p{Lu}"“‘']/u.test(masked[k])) {
      if (speakerFollows(masked, k)) continue;
      cuts.add(q.close);
    }
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out = [];
  let start = 0;
  const push = /* @__PURE__ */ __name((s, e) => {
    let a = s;
    let b = e;
    while (a < b && isWhitespace(masked.charCodeAt(a))) a++;
    while (b > a && isWhitespace(masked.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b });
  }, "push");
  for (const cut of sorted) {
    push(start, cut);
    start = cut;
  }
  push(start, n);
  return out;
}
__name(quoteAwareSentences, "quoteAwareSentences");

// src/analyze/quotes/speakers.ts
var FEMALE = /\b(?:spokeswoman|mrs|ms|madam|miss|queen|congresswoman|chairwoman|businesswoman|actress|first lady|princess|duchess)\b/;
var MALE = /\b(?:spokesman|mr|king|congressman|chairman|businessman|actor|prince|duke|sir)\b/;
var FEMALE_NAMES = new Set(
  "maria marie mary hillary nancy ilhan kellyanne donna elizabeth angela theresa sarah sara anna ana olga svetlana tatiana natalia irina elena helen ursula kamala michelle melania ivanka susan karen linda patricia jennifer jessica emily emma catherine katherine kate laura lisa julia julie ann anne jane joan alexandria nikki condoleezza madeleine samantha debbie dianne diane barbara amy kirsten tulsi marianne huma hope sheryl christine chrystia jacinda theresa liz priti federica margrethe kaja ingrida sviatlana veronika maria".split(
    " "
  )
);
var TITLE_WORD = /^(?:[\p{Lu}][\p{L}.’'-]*|of|for|and|the|de|spokeswoman|spokesman|spokesperson|minister|president|secretary|leader|chief|head|prosecutor|general|ambassador|envoy|adviser|advisor|official|director|chairman|chairwoman|senator|governor|mayor|candidate|nominee|counterpart|deputy|former|acting|foreign|top|ex-|vice)$/u;
var ROLE_WORD = /^(?:minister|president|secretary|spokes\w*|leader|chief|head|prosecutor|general|ambassador|envoy|advis[eo]r|official|director|chair\w*|senator|governor|mayor|candidate|nominee|deputy|representative|rep\.|sen\.|gov\.|premier|chancellor|commander|king|queen)$/i;
var NOT_TITLE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|on|in|at)$/i;
function descriptorBefore(body, start) {
  let end = start;
  while (end > 0 && isWhitespace(body.charCodeAt(end - 1))) end--;
  let comma = false;
  if (body[end - 1] === ",") {
    comma = true;
    end--;
    while (end > 0 && isWhitespace(body.charCodeAt(end - 1))) end--;
  }
  let w0 = end;
  while (w0 > 0 && !isWhitespace(body.charCodeAt(w0 - 1))) w0--;
  const prevWord = body.slice(w0, end);
  if (prevWord === "" || /^[\p{Ll}]/u.test(prevWord) && !TITLE_WORD.test(prevWord)) return "";
  const from = Math.max(0, end - 80);
  const kept = [];
  let j = end;
  while (kept.length < 7) {
    let t = j;
    while (t > from && !isWhitespace(body.charCodeAt(t - 1))) t--;
    const w = body.slice(t, j);
    if (/[.;:!?"“”()]$/.test(w) && !/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|St|U\.S)\.$/.test(w))
      break;
    if (!TITLE_WORD.test(w.replace(/,$/, "")) || NOT_TITLE.test(w.replace(/,$/, ""))) break;
    if (w.endsWith(",") && kept.length > 0) break;
    kept.unshift(w.replace(/,$/, ""));
    let k = t;
    while (k > from && isWhitespace(body.charCodeAt(k - 1))) k--;
    if (k === t || k === from) break;
    j = k;
  }
  while (kept.length > 0 && /^(?:of|for|and|the|de)$/i.test(kept[0])) kept.shift();
  if (comma && !kept.some((w) => ROLE_WORD.test(w))) return "";
  if (comma && /(?:^|\s)counterpart$/i.test(kept.join(" "))) return "";
  return kept.join(" ");
}
__name(descriptorBefore, "descriptorBefore");
var NAME_PARTICLES = /^(?:of|the|de|da|del|der|den|di|du|van|von|al|el|bin|ibn|la|le|and|for|y|e|z|zu)$/;
function looksLikeName(text) {
  if (text.length > 80) return false;
  if (!/\s\p{Ll}/u.test(text)) return true;
  for (const w of text.split(/\s+/)) {
    if (/^[\p{Ll}]/u.test(w) && !NAME_PARTICLES.test(w) && cueForm(w)) return false;
  }
  return true;
}
__name(looksLikeName, "looksLikeName");
function buildSpeakerIndex(body, mentions, entities) {
  const bodyMentions = mentions.filter((m) => m.caption === void 0 && m.start >= 0 && m.end <= body.length && looksLikeName(m.text)).sort((a, b) => a.start - b.start);
  const byStart = /* @__PURE__ */ new Map();
  const byEnd = /* @__PURE__ */ new Map();
  for (const m of bodyMentions) {
    if (!byStart.has(m.start)) byStart.set(m.start, m);
    byEnd.set(m.end, m);
  }
  const facts = /* @__PURE__ */ new Map();
  for (const e of entities) {
    facts.set(e.id, {
      id: e.id,
      name: e.name,
      type: e.type,
      roleText: e.roles.join("|").toLowerCase(),
      nations: /* @__PURE__ */ new Set(),
      gender: null,
      aliases: e.aliases,
      positions: [],
      first: [],
      ready: false
    });
  }
  for (const m of bodyMentions) {
    const f = facts.get(m.entity);
    if (!f) continue;
    f.positions.push(m.start);
    if (f.first.length < 3) f.first.push(m);
  }
  return { body, mentions: bodyMentions, byStart, byEnd, facts, roleHolders: /* @__PURE__ */ new Map() };
}
__name(buildSpeakerIndex, "buildSpeakerIndex");
function ensureFacts(body, f) {
  if (f.ready) return f;
  f.ready = true;
  for (const m of f.first) {
    const desc = descriptorBefore(body, m.start);
    const extra = [desc, m.text, ...m.roles].join(" ");
    f.roleText += `|${extra.toLowerCase()}`;
    for (const w of extra.split(/[\s-]+/)) {
      const nat = nationalityOf(w);
      if (nat) f.nations.add(nat);
    }
  }
  if (f.type === "person") {
    if (FEMALE.test(f.roleText)) f.gender = "f";
    else if (MALE.test(f.roleText)) f.gender = "m";
    else {
      const first = f.name.split(/\s+/)[0]?.toLowerCase() ?? "";
      if (FEMALE_NAMES.has(first)) f.gender = "f";
    }
  }
  return f;
}
__name(ensureFacts, "ensureFacts");
var roleTextOf = /* @__PURE__ */ __name((f, kind) => kind === "organization" ? `${f.name.toLowerCase()}|${f.roleText}` : f.roleText, "roleTextOf");
function resolveRole(index, head, nation, before2, places = []) {
  const cls = ROLE_CLASSES.find((c) => c.head.test(head));
  if (!cls) return null;
  let holds = index.roleHolders.get(cls);
  if (!holds) {
    holds = /* @__PURE__ */ new Map();
    index.roleHolders.set(cls, holds);
  }
  let best = null;
  let bestPos = -1;
  let bestNation = false;
  for (const f of index.facts.values()) {
    if (cls.kind === "person" !== (f.type === "person")) continue;
    if (f.positions.length === 0 || f.positions[0] >= before2) continue;
    let holder = holds.get(f);
    if (holder === void 0) {
      ensureFacts(index.body, f);
      holder = cls.roles.test(roleTextOf(f, cls.kind));
      holds.set(f, holder);
    }
    if (!holder) continue;
    if (places.length > 0) {
      const text = roleTextOf(f, cls.kind);
      if (places.some((p) => !text.includes(p))) continue;
    }
    let last = -1;
    for (const p of f.positions) if (p < before2) last = p;
    const nationOk = nation ? f.nations.has(nation) : false;
    if (nation && !nationOk && f.nations.size > 0) continue;
    if (nationOk && !bestNation || nationOk === bestNation && last > bestPos) {
      best = f;
      bestPos = last;
      bestNation = nationOk;
    }
  }
  return best;
}
__name(resolveRole, "resolveRole");

// src/analyze/quotes/attribute.ts
var TRANSCRIPT_RE = /^((?:[A-Z][A-Z.'’-]+ ){0,2}[A-Z][A-Z.'’-]+):\s+/;
var DASH_SIGN_RE = /^\s*[―—–]\s*((?:[\p{Lu}][\p{L}.’'-]*\s?){1,5})(?=\s*(?:[/\n.,]|$))/u;
var SUBJECT_TIME_RE = /\s(?:on|last|this|early|late|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|night|evening|afternoon)(?:\s+(?:morning|night|evening|afternoon))?$/;
var TIME_WORDS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday week month year morning night evening afternoon".split(
    " "
  )
);
var PREP_BEFORE_RE = /\b(?:to|with|from|by|of|for|at|on|in|about|against|toward|towards|than|like)\s+$/i;
var HEADLINE_NAME_RE = /^((?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}[\p{Lu}][\p{L}.’'-]*):\s+/u;
var OPENING_LEAD_RE = /^[\s"]*(?:[^,"~]{0,40},\s*)?(?:(?:[\p{Lu}][\p{L}.’'-]*|the|of|and)\s+)*$/u;
var MULTI_CUES = /* @__PURE__ */ new Map([["according", /* @__PURE__ */ new Set(["according to"])]]);
for (const form of CUE_SOURCE.split("|")) {
  const words = form.replace(/\\s\+/g, " ").split(" ");
  if (words.length < 2) continue;
  const set = MULTI_CUES.get(words[0]) ?? /* @__PURE__ */ new Set();
  set.add(words.join(" "));
  MULTI_CUES.set(words[0], set);
}
var CUE_OR_MULTI = /* @__PURE__ */ new Map();
for (const form of CUE_SOURCE.split("|")) if (!form.includes("\\s")) CUE_OR_MULTI.set(form, true);
for (const [first, forms] of MULTI_CUES) CUE_OR_MULTI.set(first, forms);
var CUE_MODEL = cueModel();
var SCAN_SHAPES = new Uint8Array(26 * 26 * 26 * 32 >> 3);
var shapeOf = /* @__PURE__ */ __name((first, second, last, len) => (((first - 97) * 26 + (second - 97)) * 26 + (last - 97)) * 32 + Math.min(len, 31), "shapeOf");
for (const w of [...CUE_OR_MULTI.keys(), ...CUE_MODEL?.vocab ?? []]) {
  if (!/^[a-z]+$/.test(w)) continue;
  const k = shapeOf(
    w.charCodeAt(0),
    w.charCodeAt(w.length > 1 ? 1 : 0),
    w.charCodeAt(w.length - 1),
    w.length
  );
  SCAN_SHAPES[k >> 3] |= 1 << (k & 7);
}
var mayBeScanWord = /* @__PURE__ */ __name((first, second, last, len) => {
  if (second < 97 || second > 122 || last < 97 || last > 122) return false;
  const k = shapeOf(first, second, last, len);
  return (SCAN_SHAPES[k >> 3] & 1 << (k & 7)) !== 0;
}, "mayBeScanWord");
var SCAN_WORDS = new WordTable(
  [.../* @__PURE__ */ new Set([...CUE_OR_MULTI.keys(), ...CUE_MODEL?.vocab ?? []])].map((w) => {
    const known = CUE_OR_MULTI.get(w);
    const forms = known === void 0 || known === true ? [] : [...known].filter((f) => f.split(" ").length === 2);
    return [
      w,
      {
        single: cueExact(w) !== void 0,
        seconds: forms.length > 0 ? new WordTable(forms.map((f) => [f.split(" ")[1], f])) : null,
        learned: known === void 0
      }
    ];
  })
);
var ACCORDING = SCAN_WORDS.get("according", 0, 9);
var PASSIVE_REPORT = /* @__PURE__ */ new Set([
  "revealed",
  "reported",
  "said",
  "believed",
  "thought",
  "alleged",
  "known",
  "found",
  "shown",
  "rumored",
  "rumoured",
  "understood",
  "claimed"
]);
var PRONOUN_SET = /* @__PURE__ */ new Set(["he", "she", "it", "they", "who", "which", "we", "i"]);
var ROLE_LAST = new Set(
  ROLE_HEADS2.replace(/\[[^\]]*\]/g, " ").split("|").map(
    (h) => h.split(/\s+/).pop().replace(/[^a-z]/g, "")
  )
);
var ANON_LAST = /^(?:sources?|officials?|diplomats?|insiders?|aides?|analysts?|experts?|observers?|witnesses|residents|critics|officers|reports|voters|americans|respondents|polls?|surveys?|studies|supporters|republicans|democrats|members|lawmakers|activists|economists|scientists|researchers|leaders|protesters|organizers|investigators|prosecutors|authorities|percent|half|majority|most)$/i;
var CUE_TEST = new RegExp(`(?<![\\p{L}\\p{N}-])(?:according\\s+to|${CUE_SOURCE})(?![\\p{L}\\p{N}])`, "iu");
var CUE_OPENINGS = new WordTable(
  ["according", ...CUE_SOURCE.split("|")].map((form) => [/^[a-z]+/.exec(form)?.[0] ?? "", true])
);
function mayHoldCue(s) {
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c > 127) return CUE_TEST.test(s);
    if (!isAsciiLetter(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAsciiLetter(s.charCodeAt(i))) i++;
    if (CUE_OPENINGS.get(s, start, i, true) !== void 0) return CUE_TEST.test(s);
  }
  return false;
}
__name(mayHoldCue, "mayHoldCue");
var ROLE_MOD_STOP = "after|before|with|of|to|in|on|for|by|from|and|or|but|that|as|at|when|while|than|said|says|told|added|is|was|has|had|have|the|a|an";
var ROLE_NP_RE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])((?:(the|a|an|his|her|its|their|this|that)\\s+)?((?:(?!(?:${ROLE_MOD_STOP})\\s)[\\p{L}.\u2019'-]+\\s+){0,3}?)(${ROLE_HEADS2}))$`,
  "iu"
);
var ROLE_NP_AFTER_RE = new RegExp(
  `^((?:(the|a|an|his|her|its|their)\\s+)((?:[\\p{L}.\u2019'-]+\\s+){0,3}?)(${ROLE_HEADS2}))(?![\\p{L}])`,
  "iu"
);
var CAP_NP_RE = /(?:^|[^\p{L}\p{N}’'])((?:(?:the|The)\s+)?(?:[\p{Lu}][\p{L}\p{N}.&’'-]*\s+(?:(?:of|for|de|and)\s+)?){0,5}[\p{Lu}][\p{L}\p{N}.&-]*)$/u;
var CAP_NP_AFTER_RE = /^((?:(?:the|The)\s+)?(?:[\p{Lu}][\p{L}\p{N}.&’'-]*\s+(?:(?:of|for|de|and)\s+)?){0,5}[\p{Lu}][\p{L}\p{N}.&-]*)/u;
var ANON_RE = /(?:^|[^\p{L}’'])((?:(?:a|an|the|two|three|several|some|many|other|one|another|senior|top)\s+)*(?:(?!(?:and|or|nor|but|as|that|than|given|if|when|while|because|of|to|in|on|for|with|by|from|at)\s)[\p{L}-]+\s+){0,2}?(?:sources?|officials?|diplomats?|insiders?|aides?|people familiar with [^,]+|analysts?|experts?|observers?|witnesses|residents|critics|officers|reports|media reports|voters|americans|respondents|polls?|surveys?|studies|supporters|republicans|democrats|members|lawmakers|activists|economists|scientists|researchers|leaders|protesters|organizers|investigators|prosecutors|authorities|percent|half|majority|most))$/iu;
var ANON_AFTER_RE = /^((?:(?:a|an|the|two|three|several|some|many|other|one|another|senior|top)\s+)*(?:[\p{L}-]+\s+){0,2}?(?:sources?|officials?|diplomats?|insiders?|aides?|analysts?|experts?|observers?|witnesses|residents|critics|reports|media reports|voters|polls?|surveys?|studies|supporters|lawmakers|researchers|authorities)(?:\s+(?:familiar with|close to|with knowledge of)\s+[^,.]+)?)/iu;
var GENERIC_NP_RE = /(?:^|[^\p{L}])((?:the|a|an|this|that|his|her|its|their|some|many|several|one|another|both|[\p{Lu}][\p{L}.-]*(?:’s|'s))\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}[\p{L}\p{N}-]+)$/iu;
var GENERIC_NP_HINT = /(?:^|[^a-z])(?:the|a|an|this|that|his|her|its|their|some|many|several|one|another|both)\s|['’]s\s/i;
var mayBeGenericNp = /* @__PURE__ */ __name((s) => {
  const last = s.charCodeAt(s.length - 1);
  if (last < 128 && !isAsciiLetter(last) && !(last >= 48 && last <= 57) && last !== 45) return false;
  return GENERIC_NP_HINT.test(s) || /[^\x00-\x7f]/.test(s);
}, "mayBeGenericNp");
var FUNCTION_END = /\s(?:and|or|but|that|to|of|in|on|at|by|for|with|from|as|is|was|were|are|be|been|has|have|had|not|than|which|who|what|when|where|if|because|so|also)$/i;
var CAP_STOP = /* @__PURE__ */ new Set([
  "though",
  "although",
  "since",
  "because",
  "back",
  "last",
  "next",
  "first",
  "even",
  "only",
  "just",
  "once",
  "until",
  "unless",
  "whether",
  "where",
  "all",
  "both",
  "each",
  "every",
  "no",
  "not",
  "many",
  "most",
  "some",
  "such",
  "other",
  "another",
  "asked",
  "speaking",
  "according",
  "like",
  "for",
  "with",
  "from",
  "by",
  "to",
  "of",
  "however",
  "meanwhile",
  "instead",
  "still",
  "indeed",
  "the",
  "this",
  "that",
  "these",
  "those",
  "it",
  "he",
  "she",
  "they",
  "we",
  "i",
  "but",
  "and",
  "or",
  "so",
  "yet",
  "in",
  "on",
  "at",
  "as",
  "if",
  "when",
  "while",
  "after",
  "before",
  "meanwhile",
  "however",
  "also",
  "then",
  "still",
  "now",
  "there",
  "here",
  "what",
  "which",
  "who",
  "why",
  "how",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "yesterday",
  "today"
]);
var PREPOSITIONS = /* @__PURE__ */ new Set([
  "with",
  "of",
  "to",
  "by",
  "from",
  "against",
  "on",
  "for",
  "at",
  "in",
  "about",
  "over",
  "under",
  "between",
  "among",
  "toward",
  "towards",
  "into",
  "than",
  "like",
  "after",
  "before"
]);
var AGENCY_SET = new Set(AGENCIES.map((a) => a.toLowerCase()));
var OUTLET_WORD = /\b(?:news agency|agency|newspaper|daily|news|tv|television|radio|times|post|journal|herald|tribune|gazette|telegraph|guardian|broadcaster)\b/i;
var NON_CLAUSE_START = /^(?:on|in|at|during|to|for|with|by|from|after|before|last|this|earlier|later|yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|about|of|as|and|or|but|him|her|them|me|us|goodbye|hello|no|yes|so|nothing|something|anything|a lot|up|down|out|off|over|again|again,|,)\b/i;
var QUANTITY_OR_POSSESSIVE_CLAUSE = /^(?:about\s+(?:half|a\s+(?:third|quarter|dozen)|one|two|three|four|five|six|seven|eight|nine|ten|\$?\d)|(?:no|nothing)\s+(?:[\p{L}$\d][\p{L}\d.,-]*\s+){0,5}(?:is|was|are|were|has|had|have|will|would|could|should|can|may|might|did|does|do)\b|her\s+(?:own\s+)?[\p{L}$\d][\p{L}\d.,-]*(?:\s+[\p{L}\d.,-]+){0,6}\s+(?:is|was|are|were|has|had|have|will|would|could|should|can|may|might|did|does|do)\b)/iu;
var CALLED_WHAT_RE = /^\s+(?:(?:it|him|them|this|that)|(?:the|this|that|these|those|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+|(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}[\p{Lu}][\p{L}.’'-]*)\s+(?!(?:to|on|for|from|at|in|into|back|up|out|off|over|after|before|during|with|by|and|or|but|as|about|last|this|next|yesterday|today|tonight|earlier|later|again|monday|tuesday|wednesday|thursday|friday|saturday|sunday|that|who|which|when|while|because|if)\b)(?:a|an|the|[\p{Ll}][\p{L}-]+)\s+[\p{L}]/u;
var TRAILING_AFTER = /^\s*(?:[.!?;:()"]|,|—|–|$|(?:in|at|on|during|to|from|after|before|with|via|by|through|last|this|earlier|later|yesterday|today|tonight|according|while|when|as|late|early|recently|also|again|then|of|about|after|before|afterward|afterwards|onstage|\w+ly|reporters|journalists|the\s+(?:media|press|\w+\s+newspaper|\w+\s+news\s+agency))\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/iu;
var FINITE = /^(?:is|are|was|were|will|would|could|should|can|can't|cannot|won't|may|might|must|has|have|had|did|does|do|didn't|doesn't|don't|isn't|wasn't|aren't|weren't|hasn't|haven't|shall)$/i;
var TIME_LEAD = /^\s+(?:on\s+)?(?:(?:this|last|next|on|early|late)\s+(?:week|weekend|month|year|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|recently|again|repeatedly|privately|publicly)(?:\s+(?:morning|afternoon|evening|night))?\s*,?(?=\s)/i;
var TRAILING_OBJECT = /^\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{Lu}][\p{L}.&’'-]*\s*(?:(?:of|for|de)\s+(?=\p{Lu}))?){1,5}(?:[,.;!?)]|$|\s+(?:on|in|at|during|after|before|that|this|last|about|via|by|from)\b|\s+"~)/u;
var SEGMENT_OPENERS = /^(?:the|a|an|his|her|their|its|one|another|some|two|three|several|many|he|she|they|it|who|top|senior|former)$/i;
var looksLikeClause = /* @__PURE__ */ __name((text) => {
  const stop = text.search(/[;:.]/);
  const head = stop < 0 ? text : text.slice(0, stop);
  if (/^[^,]{0,60}"~/.test(head)) return true;
  const words = head.split(/\s+/, 18).filter((w) => w !== "");
  for (let i = 1; i < words.length && i < 16; i++) {
    const w = words[i].replace(/[^\p{L}’'-]/gu, "").replace(/’/g, "'");
    if (FINITE.test(w)) return true;
    if (/^[\p{Ll}]{3,}(?:ed|es)$/u.test(w) && !/^(?:the|a|an|its|his|her|their|this|that)$/i.test(words[i - 1]))
      return true;
    if (/^[\p{Ll}]{3,}s$/u.test(w) && !/(?:ss|us|is|ics)$/.test(w) && /^(?:[\p{L}-]+)$/u.test(words[i - 1]) && !/^(?:the|a|an|its|his|her|their|this|that|of|in|on|for|to|with)$/i.test(words[i - 1]))
      return true;
  }
  return false;
}, "looksLikeClause");
var SEEMING = /* @__PURE__ */ new Set(["seem", "seems", "seemed", "appear", "appears", "appeared"]);
var SEEMING_WHAT_RE = /^\s+(?!(?:on|at|in|with|before|for|from|during|after|alongside|together|onstage|live)\b)(?:to\s|\p{Ll})/u;
var CLAUSE_BEFORE_THAT = /\s(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did|does|do|isn't|wasn't|won't|wouldn't|doesn't|didn't|don't)\s/i;
var SEGMENT_AFTER_QUOTE_RE = /"\s*,?\s*((?:[^"~.;:!?]|(?<=(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|St|Jr|Sr|[A-Z]))\.){1,150})$/;
var CHAIN_TO_RE = /\s(?:(?:went|goes|go)\s+on|continued|continues|began|begins|started|starts|tried|tries|sought|seeks|moved|proceeded|appeared|appears|seemed|seems|seem|tend|tends|tended|hastened|rushed)\s+to$/;
var ASIDE_BEFORE_VERB_RE = /,\s*(?:[\p{Ll}]+(?:\s+[\p{Ll}]+)?|(?:at|in|on|during|after|before|speaking\s+(?:at|to|on|in|with))\s+[^,"~;:]{1,40})\s*,$/u;
var TITLED_LEAD_RE = /^[\s"]*(?:(?:[\p{Lu}][\p{L}.’'-]*|the|of|and|former|retired|presidential|vice|deputy|acting|top|senior|state|party|campaign|chief|longtime|veteran|then|nominee|candidate|senator|governor|spokes(?:man|woman|person)|secretary|minister|leader|director|chair(?:man|woman)?|president|official|adviser|advisor|aide|lawyer|attorney|professor|analyst|strategist)\s+)*$/u;
var QUOTE_FRAME_TAIL_RE = /^\s+(?:(?:several|a\s+few|a|one|two|three|four|five|six|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:later|ago|earlier|after|before)|of|about|on|in|at|to|during|after|before|from|with|via|by|through|last|this|earlier|later|yesterday|today|tonight|while|when|as|recently|also|again|then|onstage|offstage|\p{Ll}+ly|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)\b/u;
var APPOSITION_RE = /,\s*(?:(?:(?:a|an|the|his|her|their|its)\s+)?[\p{Ll}][^,"~;:()]{2,70}|\p{Ll}+ing\s[^,"~;:()]{2,100}|who\s[^,"~;:()]{2,150}),$/u;
var TITLES_AHEAD_RE = /^(?:the\s+(?=\p{Lu}))?(?:(?:[\p{Lu}][\p{L}\p{N}.&’'-]*|(?!(?:on|in|at|to|of|for|by|with|from|that|who|which|and|or|but|after|before|when|while|as|if|because)\s)[\p{Ll}-]+)\s+){0,5}/u;
var TITLES_BREAK_RE = /[,;:]|(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|St|[A-Z]))\./;
var SUBORDINATE_START_RE = /^(?:when|while|as|after|before|because|if|since|though|although|during|until)\b/i;
var VIA_BY_HINT_RE = /(?:carried|cited|quoted|reported|published|broadcast|aired)\s+by\s/;
var DETERMINER_BEFORE_RE = /(?:^|[^\p{L}])(?:a|an|the|his|her|its|their|this|that|my|our|your)\s+$/iu;
var QUOTE_THEN_MODIFIERS = /"\s*,?\s*(?:(?!(?:and|but|or|nor|the|a|an|as|when|while|that|because|if|so|then|after|before|which|who|where|since|though|although|until|unless|once|even|also|than|to|of|in|on|at|for|with|by|from)\s)[\p{Ll}][\p{L}-]*\s+){0,2}$/u;
var MEDIAL_REST = /^(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|later|earlier|last\s+\w+|this\s+\w+|in\s+an?\s+(?:interview|statement|email|e-mail|phone\s+interview)))?\s*,\s+(?!(?:adding|saying|noting|explaining|arguing|according|and|but|who|which|while|as|after|before|when|because|although|though)\b)(?=[\p{L}\p{N}"])/iu;
var HEADLINE_STOP = /^(?:update|updated|editor|editor’s note|editor's note|note|photo|photos|video|watch|read|read more|related|source|sources|credit|breaking|exclusive|live|analysis|opinion|q|a|warning|correction|clarification|disclosure|tags?|topics?|more|see also|also|and|but|so|here|why|what|how|the|this|that|day \d+|step \d+|part \d+|the latest|contributing|byline)$/i;
var TITLE_WORD_RE = /(?:^|\s)(\p{Lu}\p{Ll}+)(?=\s)/gu;
var IN_DOCUMENT_RE = /\b[Ii]n[ \t\u00a0]+((?:an?|the|its|his|her|their|this|that|one|another|recent|latest|new)[ \t\u00a0]+(?:[^\s,.;:"~]+[ \t\u00a0]+){0,7}?(?:polls?|surveys?|study))\b/g;
var EVIDENCE_END = /\b(?:polls?|surveys?|study|studies|reports?|records|data|analysis|results|figures|numbers|documents?|research|filings?|estimates?|projections?|review|audit|investigation|findings|statistics|census|tally|count|models?)$/i;
function maskQuotes(body, quoted) {
  if (quoted.length === 0) return body;
  const parts = [];
  let at = 0;
  for (const q of quoted) {
    parts.push(body.slice(at, q.open));
    const len = q.close - q.open;
    if (q.closed) parts.push(`"${"~".repeat(Math.max(0, len - 2))}"`);
    else parts.push(`"${"~".repeat(Math.max(0, len - 1))}`);
    at = q.close;
  }
  parts.push(body.slice(at));
  return parts.join("");
}
__name(maskQuotes, "maskQuotes");
function outletName(np) {
  let s = np.trim().replace(/^the\s+/i, "");
  const poss = s.match(/^([\p{L}.]+)(?:’s|'s|’|')\s+/u);
  if (poss && nationalityOf(poss[1])) s = s.slice(poss[0].length);
  const nat = s.match(/^([\p{L}.]+)\s+/u);
  if (nat && nationalityOf(nat[1]) && /[A-Z]/.test(s.slice(nat[0].length, nat[0].length + 1)))
    s = s.slice(nat[0].length);
  s = s.replace(/\s+(?:news agency|agency|news service|newspaper|daily|website)$/i, "");
  return s.trim();
}
__name(outletName, "outletName");
var isOutletLike = /* @__PURE__ */ __name((name) => AGENCY_SET.has(name.toLowerCase()) || OUTLET_WORD.test(name), "isOutletLike");
var Finder = class {
  static {
    __name(this, "Finder");
  }
  index;
  body;
  masked;
  quoted;
  sentences;
  paraOf;
  frames = [];
  entities;
  paraStarts;
  names = null;
  /** nameIn by speaker string: an article names the same few speakers again and again. */
  namesIn = /* @__PURE__ */ new Map();
  /** descriptorStart by mention start: the same speaker is looked up once for each of their quotes. */
  descriptorStarts = /* @__PURE__ */ new Map();
  speakers = /* @__PURE__ */ new Map();
  constructor(body, mentions, entities) {
    this.body = body;
    this.quoted = findQuotedSpans(body);
    this.masked = maskQuotes(body, this.quoted);
    this.sentences = quoteAwareSentences(body, this.masked, this.quoted);
    this.index = buildSpeakerIndex(body, mentions, entities);
    this.entities = this.index.facts;
    this.paraStarts = [0];
    for (let i = this.masked.indexOf("\n"); i >= 0; i = this.masked.indexOf("\n", i + 1))
      this.paraStarts.push(i + 1);
    this.paraOf = new Array(this.sentences.length);
    for (let s = 0; s < this.sentences.length; s++)
      this.paraOf[s] = this.paragraphAt(this.sentences[s].start);
  }
  paraStartOf(p) {
    return this.paraStarts[p] ?? 0;
  }
  /** The paragraph before p, passing over blank lines (paragraphs are often set apart by an empty line). */
  paragraphBefore(p) {
    let q = p - 1;
    while (q > 0 && this.masked.slice(this.paraStarts[q], this.paraStarts[q + 1] ?? this.masked.length).trim() === "")
      q--;
    return q;
  }
  paragraphAt(pos) {
    let lo = 0;
    let hi = this.paraStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.paraStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  sentenceAt(pos) {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.sentences[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /**
   * Moves left over adverbs, auxiliaries and ", however," asides between a subject and its verb. `apposedName`: a
   * name set off by commas may be the subject (not before a participle, whose subject is elsewhere: "fired his
   * police chief, Garry F. McCarthy, acknowledging …").
   */
  skipAdverbs(x, floor, apposedName = false) {
    let end = x;
    for (; ; ) {
      let e = end;
      while (e > floor && isSpace3(this.masked[e - 1])) e--;
      const last = this.masked[e - 1];
      if (last === ")") {
        const paren = this.masked.slice(Math.max(floor, e - 40), e).match(/\s*\([^()"~]{1,30}\)$/u);
        if (!paren) return e;
        end = e - paren[0].length;
        continue;
      }
      if (last === ",") {
        const aside = this.masked.slice(Math.max(floor, e - 60), e).match(ASIDE_BEFORE_VERB_RE);
        if (aside) {
          end = e - aside[0].length;
          continue;
        }
        const appos = e - floor > 4 ? this.appositionBefore(e, floor) : -1;
        if (appos < 0) return (apposedName ? this.appositiveNameEnd(e - 1, floor) : null) ?? e;
        end = appos;
        continue;
      }
      let s = e;
      while (s > floor && isLetter2(this.masked.charCodeAt(s - 1))) s--;
      if (s === e) return e;
      const w = this.masked.slice(s, e).toLowerCase();
      if (TIME_WORDS.has(w)) {
        const when = this.masked.slice(Math.max(floor, e - 30), e).match(SUBJECT_TIME_RE);
        if (when) {
          end = e - when[0].length;
          continue;
        }
      }
      if (w === "to") {
        const chain = this.masked.slice(Math.max(floor, e - 24), e).match(CHAIN_TO_RE);
        if (chain) {
          end = e - chain[0].length;
          continue;
        }
        let n = s;
        while (n > floor && isSpace3(this.masked[n - 1])) n--;
        const m = n < s ? this.index.byEnd.get(n) : void 0;
        if (m && /^[\s"~]*$/.test(this.masked.slice(floor, this.descriptorStart(m)))) return n;
      }
      const lower2 = this.masked.charCodeAt(s) >= 97;
      if (ADVERBS.has(w) || lower2 && (w === "all" || w === "both")) {
        end = s;
        continue;
      }
      if (lower2 && /ly$/.test(w) && w.length > 4 && !/^(?:only|family|ally|rally|italy|early)$/.test(w)) {
        end = s;
        continue;
      }
      return e;
    }
  }
  /**
   * "Florida’s Republican attorney general, Pam Bondi, vowed", "Gov. John Kasich (R-OH), said": where a person's
   * name set off by commas (or opening the clause) ends before the comma at `comma`; null when there is none.
   */
  appositiveNameEnd(comma, floor) {
    let k = comma;
    while (k > floor && isSpace3(this.masked[k - 1])) k--;
    k = this.beforeParty(k, floor);
    const m = this.index.byEnd.get(k);
    if (!m || m.start < floor || this.typeOfMention(m) !== "person") return null;
    if (lastNonSpaceCode(this.masked, floor, m.start) === 44) return k;
    const lead = this.masked.slice(floor, Math.max(floor, this.descriptorStart(m)));
    return /^[\s"~]*$/.test(lead) ? k : null;
  }
  /** Where a name ends when "(R-OH)" or "(R-Kans.)", its party and state in brackets, ends at `at`; else `at`. */
  beforeParty(at, floor) {
    if (this.masked[at - 1] !== ")") return at;
    const paren = this.masked.slice(Math.max(floor, at - 30), at).match(/\s*\([^()"~]{1,25}\)$/);
    return paren ? at - paren[0].length : at;
  }
  /** Start of ", a former secretary of homeland security," ending at e, when a person's name comes right before. */
  appositionBefore(e, floor) {
    const m = this.masked.slice(Math.max(floor, e - 170), e).match(APPOSITION_RE);
    if (!m) return -1;
    const at = this.beforeParty(e - m[0].length, floor);
    const name = this.index.byEnd.get(at);
    if (!name) return -1;
    return this.typeOfMention(name) === "person" ? e - m[0].length : -1;
  }
  /** Where "Russia’s Foreign Ministry spokeswoman Maria Zakharova" starts, given the mention of her name. */
  descriptorStart(m) {
    const known = this.descriptorStarts.get(m.start);
    if (known !== void 0) return known;
    const at = this.findDescriptorStart(m);
    this.descriptorStarts.set(m.start, at);
    return at;
  }
  findDescriptorStart(m) {
    const desc = descriptorBefore(this.body, m.start);
    let at = desc ? this.body.lastIndexOf(desc, m.start) : m.start;
    if (at < 0 || m.start - at > 120 || this.personBeforeComma(at, m.start)) at = m.start;
    const the = this.body.slice(Math.max(0, at - 4), at).match(/\bthe\s+$/i);
    return the ? at - the[0].length : at;
  }
  /**
   * "Vice President Joe Biden, Rubio said": a person named right before the comma is someone else, not a title of
   * the name after it (as "Russia’s Prime Minister, Mikhail Mishustin" is).
   */
  personBeforeComma(from, to) {
    const comma = this.body.lastIndexOf(",", to);
    if (comma < from) return false;
    const m = this.index.byEnd.get(comma);
    return m !== void 0 && m.start >= from && this.typeOfMention(m) === "person";
  }
  /** An entity by its name, an alias, or (for people) the surname alone. */
  entityFor(name) {
    const n = name.toLowerCase().replace(/^the\s+/, "");
    const names = this.nameIndex();
    return names.exact.get(n) ?? (/\s/.test(n) ? null : names.surname.get(n) ?? null);
  }
  /** Entities by lowercased name and alias (the first one in order wins), and people by surname. */
  nameIndex() {
    if (this.names) return this.names;
    const exact = /* @__PURE__ */ new Map();
    const surname = /* @__PURE__ */ new Map();
    for (const f of this.entities.values()) {
      for (const key of [f.name, ...f.aliases]) {
        const k = key.toLowerCase();
        if (!exact.has(k)) exact.set(k, f);
      }
      if (f.type !== "person") continue;
      const last = f.name.toLowerCase().split(/\s+/).pop() ?? "";
      const known = surname.get(last);
      if (!known || f.positions.length > known.positions.length) surname.set(last, f);
    }
    this.names = { exact, surname };
    return this.names;
  }
  /** The type of the entity a mention names; the mention's own type when the entity is unknown. */
  typeOfMention(m) {
    return this.entities.get(m.entity)?.type ?? m.type;
  }
  fromMention(m, start = m.start) {
    const f = this.entities.get(m.entity);
    const type = f?.type ?? m.type;
    return {
      start,
      end: m.end,
      speaker: f?.name ?? m.text,
      entity: f ? f.id : null,
      kind: type === "person" ? "person" : "organization"
    };
  }
  fromFacts(f, start, end) {
    if (!f) return { start, end, speaker: null, entity: null, kind: "unknown" };
    return {
      start,
      end,
      speaker: f.name,
      entity: f.id,
      kind: f.type === "person" ? "person" : "organization"
    };
  }
  /** The subject phrase ending at x (the verb follows), if the text settles one. */
  subjectEndingAt(x, floor, sentence, participle) {
    const m = this.index.byEnd.get(x);
    if (m && m.start >= floor) {
      const ds = Math.max(floor, this.descriptorStart(m));
      const before2 = this.masked.slice(Math.max(floor, ds - 12), ds);
      const objectOf = participle ? PREP_BEFORE_RE.test(before2) && !/\b(?:with|of)\s+$/i.test(before2) : PREP_BEFORE_RE.test(before2);
      if (!objectOf) return this.fromMention(m, ds);
    }
    const tail = this.masked.slice(Math.max(floor, x - 90), x);
    const base = x - tail.length;
    const lw = lastWord(tail);
    const lwLower = lw.toLowerCase();
    if (PRONOUN_SET.has(lwLower)) return this.resolvePronoun(lwLower, x - lw.length, x, sentence);
    const roleKey = lwLower.replace(/[^a-z]/g, "");
    const rn = roleKey !== "" && ROLE_LAST.has(roleKey) ? lastWords(tail, 7).match(ROLE_NP_RE) : null;
    if (rn) {
      const start = base + tail.length - rn[1].length;
      const sub = this.resolveRoleNp(rn[3] ?? "", rn[4], start, x, rn[2]);
      if (sub) return sub;
    }
    const an = ANON_LAST.test(lw) ? tail.match(ANON_RE) : null;
    if (an && !/^(?:the\s+)?reports$/i.test(an[1])) {
      const start = base + tail.length - an[1].length;
      return { start, end: x, speaker: null, entity: null, kind: "anonymous" };
    }
    let cap = /^[\p{Lu}]/u.test(lw) ? lastWords(tail, 12).match(CAP_NP_RE) : null;
    if (cap && PREP_BEFORE_RE.test(tail.slice(0, tail.length - cap[1].length))) cap = null;
    if (cap) {
      const np = cap[1];
      let name = np.replace(/^the\s+/i, "").replace(/[’']s$/, "");
      let cut = 0;
      const parts = name.split(/(\s+)/);
      let lastStop = -1;
      for (let i = 0; i < parts.length - 2; i += 2) if (CAP_STOP.has(parts[i].toLowerCase())) lastStop = i;
      if (lastStop >= 0 && !/^the\s/i.test(name)) {
        cut = parts.slice(0, lastStop + 2).join("").length;
        name = name.slice(cut);
      }
      const theLead = np.length - np.replace(/^the\s+/i, "").length;
      const start = base + tail.length - np.length + (cut > 0 ? theLead + cut : 0);
      if (!CAP_STOP.has(name.split(/\s+/)[0].toLowerCase())) {
        const inner = this.mentionWithin(start, x);
        if (inner) return this.fromMention(inner, start);
        const f = this.entityFor(name);
        if (f) return this.fromFacts(f, start, x);
        if (!/\s/.test(name) && start <= floor + 1 && !/^the\s/i.test(np)) {
          return { start, end: x, speaker: null, entity: null, kind: "unknown" };
        }
        const titled = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|President|Senator|Governor|Judge|Justice)\.?\s/.test(name);
        return { start, end: x, speaker: name, entity: null, kind: titled ? "person" : "organization" };
      }
    }
    if (!participle) {
      const words = lastWords(tail, 5);
      const gn = mayBeGenericNp(words) ? words.match(GENERIC_NP_RE) : null;
      if (gn && !FUNCTION_END.test(gn[1])) {
        const start = base + tail.length - gn[1].length;
        return { start, end: x, speaker: null, entity: null, kind: "unknown" };
      }
    }
    return null;
  }
  /** Index of the first mention starting at or after pos (mentions are sorted by start). */
  mentionFrom(pos) {
    const ms2 = this.index.mentions;
    let lo = 0;
    let hi = ms2.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (ms2[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** The last mention that ends at or before x and starts at or after start, taken as the head of the phrase. */
  mentionWithin(start, x) {
    let found = null;
    const ms2 = this.index.mentions;
    for (let i = this.mentionFrom(start); i < ms2.length; i++) {
      const m = ms2[i];
      if (m.start >= x) break;
      if (m.end <= x) found = m;
    }
    return found;
  }
  /** The first person named within [start, x), if any. */
  personWithin(start, x) {
    const ms2 = this.index.mentions;
    for (let i = this.mentionFrom(start); i < ms2.length && ms2[i].start < x; i++) {
      if (ms2[i].end <= x && this.typeOfMention(ms2[i]) === "person") return ms2[i];
    }
    return null;
  }
  /** Whether someone who could speak (not a place) is named within [start, x). */
  speakerBetween(start, x) {
    const ms2 = this.index.mentions;
    for (let i = this.mentionFrom(start); i < ms2.length && ms2[i].start < x; i++) {
      const m = ms2[i];
      if (m.end <= x && this.typeOfMention(m) !== "place") return true;
    }
    return false;
  }
  resolveRoleNp(mods, headRaw, start, end, det) {
    const head = headRaw.toLowerCase().replace(/\s+/g, " ");
    let nation;
    for (const w of mods.split(/[\s-]+/)) {
      const nat = nationalityOf(w.replace(/[’']s$|[’']$/, ""));
      if (nat) nation = nat;
    }
    if (/^(?:statement|communiqu[eé]|report)$/.test(head)) {
      if (det && !/^the$/i.test(det)) return null;
      for (let i = this.frames.length - 1; i >= 0; i--) {
        const fr = this.frames[i];
        if (fr.statement && fr.subject.speaker) return { ...fr.subject, start, end };
      }
      return { start, end, speaker: null, entity: null, kind: "unknown" };
    }
    if (/^(?:court|police|army|military)$/.test(head)) {
      const named = mods.split(/\s+/).some((w) => /^[\p{Lu}]/u.test(w));
      if (!named || det && !/^the$/i.test(det)) return null;
      const speaker = this.masked.slice(start, end).replace(/^the\s+/i, "");
      return { start, end, speaker, entity: null, kind: "organization" };
    }
    if (det && /^(?:a|an)$/i.test(det)) return { start, end, speaker: null, entity: null, kind: "anonymous" };
    if (det && /^(?:his|her|their|its)$/i.test(det) && !nation)
      return { start, end, speaker: null, entity: null, kind: "unknown" };
    const places = mods.split(/\s+/).filter((w) => /^[\p{Lu}]/u.test(w) && !nationalityOf(w.replace(/[’']s$|[’']$/, ""))).map((w) => w.replace(/[’']s$|[’']$/, "").toLowerCase());
    const f = resolveRole(this.index, head, nation, start, places);
    return this.fromFacts(f, start, end);
  }
  resolvePronoun(p, start, end, sentence) {
    const subject = this.pronounReferent(p, start, end, sentence);
    if (subject?.entity && (p === "he" || p === "she")) {
      const f = this.entities.get(subject.entity);
      if (f && ensureFacts(this.body, f).gender === null) f.gender = p === "he" ? "m" : "f";
    }
    return subject;
  }
  pronounReferent(p, start, end, sentence) {
    if (p === "i" || p === "we") return { start, end, speaker: null, entity: null, kind: "anonymous" };
    const para = this.paraOf[sentence];
    if (p === "who" || p === "which") {
      let k = start;
      while (k > 0 && isSpace3(this.masked[k - 1])) k--;
      if (this.masked[k - 1] === ",") k--;
      while (k > 0 && isSpace3(this.masked[k - 1])) k--;
      k = this.beforeParty(k, 0);
      const m = this.index.byEnd.get(k);
      if (m) return { ...this.fromMention(m), start, end };
      return { start, end, speaker: null, entity: null, kind: "unknown" };
    }
    const wantPerson = p === "he" || p === "she";
    const introduced = this.subjectSinceLastFrame(sentence, start);
    if (introduced && this.fitsPronoun(introduced.entity, p)) return { ...introduced, start, end };
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const fr = this.frames[i];
      if (fr.cue.start >= start) continue;
      if (para - fr.paragraph > 2) break;
      if (fr.subject.entity && this.fitsPronoun(fr.subject.entity, p)) return { ...fr.subject, start, end };
      if (!wantPerson && fr.subject.kind === "organization" && fr.subject.speaker && p === "it") {
        return { ...fr.subject, start, end };
      }
      if (fr.subject.entity || fr.subject.kind === "person") break;
    }
    for (let s = sentence; s >= sentence - 1; s--) {
      if (s < 0 || para - this.paraOf[s] > 1) continue;
      const sub = this.clauseSubject(this.sentences[s].start, s === sentence ? start : this.sentences[s].end);
      if (sub && this.fitsPronoun(sub.entity, p)) return { ...sub, start, end };
    }
    return { start, end, speaker: null, entity: null, kind: wantPerson ? "person" : "unknown" };
  }
  /** Whether the entity `id` can be what a pronoun means: a person for he/she, of no other gender. */
  fitsPronoun(id, pronoun) {
    if (!id) return false;
    const wantPerson = pronoun === "he" || pronoun === "she";
    const gender = pronoun === "he" ? "m" : pronoun === "she" ? "f" : null;
    const f = this.entities.get(id);
    if (!f) return false;
    if (wantPerson !== (f.type === "person")) return false;
    if (pronoun === "they" && f.type === "place") return false;
    ensureFacts(this.body, f);
    return !gender || !f.gender || f.gender === gender;
  }
  /**
   * The subject of the sentence before, when it is a person other than the last speaker and nothing was
   * attributed since: neither in that sentence nor in this one before the pronoun at `before`.
   */
  subjectSinceLastFrame(sentence, before2) {
    const prev = sentence - 1;
    if (prev < 0 || this.paraOf[sentence] - this.paraOf[prev] > 1) return null;
    const last = this.frames.length > 0 ? this.frames[this.frames.length - 1] : null;
    if (!last) return null;
    if (last.sentence >= prev && last.cue.start < before2) return null;
    const sub = this.clauseSubject(this.sentences[prev].start, this.sentences[prev].end);
    if (!sub?.entity || sub.kind !== "person" || sub.entity === last.subject.entity) return null;
    const lead = this.masked.slice(this.sentences[prev].start, sub.start);
    return OPENING_LEAD_RE.test(lead) ? sub : null;
  }
  /** The first mention of a clause that is neither a possessive nor the object of a preposition. */
  clauseSubject(from, to) {
    const ms2 = this.index.mentions;
    for (let i = this.mentionFrom(from); i < ms2.length; i++) {
      const m = ms2[i];
      if (m.start >= to) break;
      if (this.masked[m.start] === "~") continue;
      const after2 = this.body.slice(m.end, m.end + 3);
      if (/^(?:’s|'s|’|')/.test(after2) && !/^['’]\s*[,.]/.test(after2)) continue;
      const before2 = this.masked.slice(Math.max(from, m.start - 20), m.start).match(/([\p{L}]+)\s*$/u);
      if (before2 && PREPOSITIONS.has(before2[1].toLowerCase())) continue;
      const f = this.entities.get(m.entity);
      if (f && f.type === "person") return this.fromMention(m);
      if (f) return this.fromMention(m);
    }
    return null;
  }
  appositiveSubject(from, to) {
    const head = this.masked.slice(from, to);
    const q = head.lastIndexOf('"');
    const start = q >= 0 ? from + q + 1 : from;
    const ms2 = this.index.mentions;
    for (let i = this.mentionFrom(start); i < ms2.length; i++) {
      const m = ms2[i];
      if (m.start >= to) break;
      if (this.body[m.end] !== ",") continue;
      const lead = this.masked.slice(start, m.start);
      if (!OPENING_LEAD_RE.test(lead)) {
        if (wordCount(lead, 6) > 5 || /[,;]/.test(lead.replace(/,\s*$/, ""))) continue;
        if (lead.trim() !== "" && !TITLED_LEAD_RE.test(lead)) continue;
      }
      let end = to;
      while (end > m.end && /[\s,]/.test(this.masked[end - 1])) end--;
      return { ...this.fromMention(m), start: Math.max(start, this.descriptorStart(m)), end };
    }
    return null;
  }
  /** Whom a phrase between a closing quote and its verb names ("Phil Smith, a spokesman for the union,"). */
  resolveSegment(from, to, sentence) {
    let s = from;
    while (s < to && /[\s,]/.test(this.masked[s])) s++;
    let e = to;
    while (e > s && /[\s,]/.test(this.masked[e - 1])) e--;
    if (e <= s) return null;
    const text = this.masked.slice(s, e);
    const first = text.match(/^[\p{L}’'.-]+/u)?.[0] ?? "";
    if (/^\p{Ll}/u.test(first) && !SEGMENT_OPENERS.test(first)) return null;
    let bestOther = null;
    const ms2 = this.index.mentions;
    for (let i = this.mentionFrom(s); i < ms2.length; i++) {
      const m = ms2[i];
      if (m.end > e) break;
      const before2 = this.masked.slice(Math.max(s, m.start - 12), m.start).match(/([\p{L}]+)\s*$/u);
      if (before2 && PREPOSITIONS.has(before2[1].toLowerCase())) continue;
      if (/^(?:’s|'s)/.test(this.body.slice(m.end, m.end + 2))) continue;
      if (this.typeOfMention(m) === "person") return { ...this.fromMention(m), start: s, end: e };
      if (!bestOther && /^\s*(?:$|,|(?:news\s+agency|agency|news\s+service|newspaper|daily|website)\s*$)/.test(
        this.masked.slice(m.end, e)
      ))
        bestOther = m;
    }
    const pr = text.match(/^(he|she|they|it)$/i);
    if (pr) return this.resolvePronoun(pr[1].toLowerCase(), s, e, sentence);
    const sub = this.subjectEndingAt(e, s, sentence, false);
    if (sub?.entity) return { ...sub, start: s, end: e };
    if (bestOther) return { ...this.fromMention(bestOther), start: s, end: e };
    if (sub) return { ...sub, start: s, end: e };
    return { start: s, end: e, speaker: null, entity: null, kind: "unknown" };
  }
  /** The subject phrase starting at x (inverted order: "said Putin", "noted the statement"). */
  // `according`: the phrase follows "according to".
  subjectStartingAt(x, limit, sentence, according = false) {
    const m = this.index.byStart.get(x);
    if (m && this.typeOfMention(m) === "person") return this.fromMention(m);
    const head = this.masked.slice(x, Math.min(limit, x + 120));
    const titled = head.match(TITLES_AHEAD_RE);
    if (titled && titled[0].length > 0) {
      const end = x + titled[0].length + 40;
      const ms2 = this.index.mentions;
      for (let i = this.mentionFrom(x); i < ms2.length && ms2[i].start <= x + titled[0].length; i++) {
        const p = ms2[i];
        if (p.end > end) break;
        if (this.typeOfMention(p) === "person" && !TITLES_BREAK_RE.test(this.masked.slice(x, p.start))) {
          return { ...this.fromMention(p), start: x, end: p.end };
        }
      }
    }
    if (m) return this.fromMention(m);
    const rn = head.match(ROLE_NP_AFTER_RE);
    if (rn) {
      const sub = this.resolveRoleNp(rn[3] ?? "", rn[4], x, x + rn[1].length, rn[2]);
      if (sub) return sub;
    }
    const an = head.match(ANON_AFTER_RE);
    if (an) return { start: x, end: x + an[1].length, speaker: null, entity: null, kind: "anonymous" };
    const cap = head.match(CAP_NP_AFTER_RE);
    const name = cap ? cap[1].replace(/^the\s+/i, "") : "";
    if (cap && !CAP_STOP.has((according ? name : cap[1]).split(/\s+/)[0].toLowerCase())) {
      const end = x + cap[1].length;
      const inner = this.mentionWithin(x, end);
      if (inner) return { ...this.fromMention(inner), start: x, end };
      const f = this.entityFor(name);
      if (f) return this.fromFacts(f, x, end);
      return { start: x, end, speaker: name, entity: null, kind: "organization" };
    }
    const pr = head.match(/^(he|she|they)(?![\p{L}])/iu);
    if (pr) return this.resolvePronoun(pr[1].toLowerCase(), x, x + pr[1].length, sentence);
    return null;
  }
  /** Whether the content starting at `from` is a clause ("that …", or a finite verb among its first words). */
  clauseAt(from, to) {
    const text = this.masked.slice(from, to);
    return /^that\s/.test(text) || looksLikeClause(` ${text}`);
  }
  /** Where the reported content starts after a cue, or -1 when the verb takes no clause here. */
  complementStart(from, sentEnd, info, word) {
    const after2 = this.masked.slice(from, sentEnd);
    const q = !after2.includes('"') ? null : after2.match(/^\s*[,:]?\s*(?:that[\s,]+)?"/) ?? after2.match(/^(?:\s+[^\s,.;:"~]+){1,6}\s*[,:]\s*(?:that[\s,]+)?"/);
    if (q) {
      const thatAt = q[0].search(/that[\s,]+"$/);
      return from + (thatAt >= 0 ? thatAt : q[0].length - 1);
    }
    const that = after2.includes("that") ? after2.match(/^(?:,?\s+[^\s,.;:"~]+){0,10}?,?\s+that(?:\s*,\s*|\s+|(?="))/) : null;
    if (that && !/\basked\b/.test(that[0]) && !CLAUSE_BEFORE_THAT.test(that[0]) && !(info?.learned && !/^,?\s+that/.test(that[0])))
      return from + that[0].search(/that(?:\s*,\s*|\s+|(?="))$/);
    const colonAt = after2.indexOf(":");
    const colon = colonAt >= 0 && colonAt <= 80 ? after2.match(/^[^.;"~]{0,80}?:\s*/) : null;
    if (colon && !(info?.bare && looksLikeClause(colon[0]))) return from + colon[0].length;
    if (info?.base === "ask" || info?.base === "demand" || info?.base === "speculate") {
      const wh = after2.match(/^(?:\s+[^\s,.;:"~]+){0,4}?\s+(?=(?:whether|if|why|how|what|when|where|who)\s)/);
      if (wh) return from + wh[0].length;
    }
    if (info?.base === "call") {
      const forOn = after2.match(/^\s+(?:for|on)\s+/);
      if (forOn) return from + forOn[0].length;
      if (/^[^,.;]{0,60}"~/.test(after2) || CALLED_WHAT_RE.test(after2))
        return from + (after2.match(/^\s*/)?.[0].length ?? 0);
      return -1;
    }
    if (info && !info.bare) {
      const obj = after2.match(/^\s+(?=[\p{L}\p{N}"])/u);
      if (obj && wordCount(after2, 2) >= 2 && !/^\s+(?:by|in|on|at|during|after|before)\s/.test(after2))
        return from + obj[0].length;
      return -1;
    }
    if (info && STANCE.has(info.base) && !info.participle) {
      const obj = after2.match(/^\s+(?=[\p{L}\p{N}"])/u);
      if (obj && wordCount(after2, 3) >= 3 && !/^\s+(?:by|in|on|at|during|after|before)\s/.test(after2))
        return from + obj[0].length;
      return -1;
    }
    if (!info?.bare) return -1;
    let rest = after2;
    let off = 0;
    if (info.base === "tell") {
      const obj = rest.match(
        /^\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:reporters|journalists|media|press|him|her|them|us|me|lawmakers|supporters|audience|crowd|parliament|listeners|viewers|conference|briefing|rally|gathering|forum|meeting|hearing|committee|panel|voters|students|interviewer|host|radio|television|station|magazine|newspaper|[\p{Lu}][\p{L}.&-]*(?:['’][\p{Lu}][\p{L}.&-]*)?(?:\s+(?:of\s+(?:the\s+)?)?[\p{Lu}][\p{L}.&-]*(?:['’][\p{Lu}][\p{L}.&-]*)?)*)(?=[\s,])/u
      );
      if (!obj) return -1;
      off += obj[0].length;
      rest = rest.slice(obj[0].length);
    } else if (word === "wrote in" || word === "writes in") {
      const obj = rest.match(/^\s+(?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+,\s*/u);
      if (!obj) return -1;
      off += obj[0].length;
      rest = rest.slice(obj[0].length);
    }
    if (/^\s*,/.test(rest)) {
      const aside = rest.match(/^\s*,[^,"~;:]{3,60},\s+/);
      if (!aside || !looksLikeClause(rest.slice(aside[0].length))) return -1;
      return from + off + aside[0].length;
    }
    const time = rest.match(TIME_LEAD);
    if (time) {
      off += time[0].length;
      rest = rest.slice(time[0].length);
    }
    const lead = rest.match(/^\s*/);
    const k = lead ? lead[0].length : 0;
    if (NON_CLAUSE_START.test(rest.slice(k)) && !QUANTITY_OR_POSSESSIVE_CLAUSE.test(rest.slice(k))) return -1;
    if (wordCount(rest, 3) < 3 && !rest.includes("~")) return -1;
    if (info.base !== "say" && info.base !== "tell" && !looksLikeClause(rest.slice(k))) return -1;
    return from + off + k;
  }
  viaIn(from, to) {
    const text = this.masked.slice(from, to);
    const by = text.includes("by") && VIA_BY_HINT_RE.test(text) ? text.match(
      /\b(?:carried|cited|quoted|reported|published|broadcast|aired)\s+by\s+((?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s*)+(?:news\s+agency|agency|newspaper|daily)?)/u
    ) : null;
    if (by) return outletName(by[1]);
    if (!text.includes("told") && !text.includes("interview with") && !text.includes("speaking to") && !text.includes("talking to"))
      return null;
    const told = text.match(
      /\b(?:told|in an interview with|speaking to|talking to)\s+((?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s*)+(?:news\s+agency|agency|newspaper|daily)?)/u
    );
    if (told) {
      const name = outletName(told[1]);
      if (isOutletLike(told[1]) || AGENCY_SET.has(name.toLowerCase())) return name;
    }
    return null;
  }
  /** The person named first in a clause, when only titles or a short opening phrase come before the name. */
  openingSubject(from, to) {
    const ms2 = this.index.mentions;
    const i = this.mentionFrom(from);
    const m = ms2[i];
    if (!m || m.start >= to) return null;
    const lead = this.masked.slice(from, m.start);
    if (!OPENING_LEAD_RE.test(lead)) return null;
    if (/^(?:’s|'s)/.test(this.body.slice(m.end, m.end + 2))) return null;
    if (this.typeOfMention(m) !== "person") return null;
    return this.fromMention(m, Math.max(from, this.descriptorStart(m)));
  }
  /** "Sanders shot back, “…”", "Kelly responded with a smile: “…”": a quote opened after a colon or comma. */
  introducer(q) {
    const sIdx = this.sentenceAt(q.open);
    const s = this.sentences[sIdx];
    if (!s) return null;
    const before2 = this.masked.slice(s.start, q.open);
    if (!/[:,]\s*$/.test(before2) || wordCount(before2, 26) > 25 || before2.includes('"')) return null;
    const subject = this.openingSubject(s.start, q.open);
    if (!subject) return null;
    return {
      cue: { start: q.open, end: q.open },
      subject,
      region: { start: q.open, end: q.close },
      via: null,
      sentence: sIdx,
      paragraph: this.paraOf[sIdx],
      statement: false
    };
  }
  /** Where the line (paragraph) starting at `ps` ends: its newline, or the end of the text. */
  lineEnd(ps) {
    const pe = this.masked.indexOf("\n", ps);
    return pe < 0 ? this.masked.length : pe;
  }
  /** Headlines such as "Kasich: ‘We Are Going All the Way’": a person's name, a colon, their words. */
  headlines() {
    for (let p = 0; p < this.paraStarts.length; p++) {
      const ps = this.paraStarts[p];
      const pe = this.lineEnd(ps);
      if (pe - ps > 300) continue;
      const m = this.masked.slice(ps, ps + 60).match(HEADLINE_NAME_RE);
      if (!m) continue;
      const name = m[1];
      const inner = this.mentionWithin(ps, ps + name.length);
      const f = inner ? this.entities.get(inner.entity) : this.entityFor(name);
      const sIdx = this.sentenceAt(ps);
      if (f?.type !== "person" || !this.masked.slice(ps, pe).includes('"')) {
        const rest = this.masked.slice(ps + m[0].length, pe);
        if (HEADLINE_STOP.test(name) || wordCount(rest) < 3 || wordCount(rest) > 30 || /[.!?]\s+\S/.test(rest) || this.frames.some((fr) => fr.paragraph === p))
          continue;
        const subject = f ? this.fromFacts(f, ps, ps + name.length) : EVIDENCE_END.test(name) || /^(?:newspaper|paper|report|experts?|officials?|sources?)$/i.test(name) ? { start: ps, end: ps + name.length, speaker: null, entity: null, kind: "unknown" } : { start: ps, end: ps + name.length, speaker: name, entity: null, kind: "organization" };
        this.frames.push({
          cue: { start: ps + name.length, end: ps + name.length + 1 },
          subject,
          region: { start: ps + m[0].length, end: pe },
          via: null,
          sentence: sIdx,
          paragraph: p,
          statement: false
        });
        continue;
      }
      this.frames.push({
        cue: { start: ps + name.length, end: ps + name.length + 1 },
        subject: { start: ps, end: ps + name.length, speaker: f.name, entity: f.id, kind: "person" },
        region: { start: ps + m[0].length, end: pe },
        via: null,
        sentence: sIdx,
        paragraph: p,
        statement: false
      });
    }
  }
  /** Transcript lines: "WALLACE: Let’s start with…" and "Q: …" set the speaker for the paragraph. */
  transcripts() {
    for (let p = 0; p < this.paraStarts.length; p++) {
      const ps = this.paraStarts[p] + (this.masked[this.paraStarts[p]] === '"' ? 1 : 0);
      const line = this.masked.slice(ps, ps + 40);
      const m = line.match(TRANSCRIPT_RE);
      if (!m) continue;
      const name = m[1].trim();
      if (/^(?:Q|A|UPDATE|EDITOR|NOTE|PHOTO|WATCH|READ|RELATED|SOURCE|CREDIT)$/i.test(name)) continue;
      const pe = this.lineEnd(ps);
      const start = ps + m[0].length;
      if (wordCount(this.masked.slice(start, pe), 3) < 3) continue;
      const surname = name.split(/\s+/).pop();
      const proper = surname.charAt(0) + surname.slice(1).toLowerCase();
      const known = this.entityFor(proper) ?? this.entityFor(name);
      const f = known && known.name !== known.name.toUpperCase() ? known : null;
      const sIdx = this.sentenceAt(ps);
      this.frames.push({
        cue: { start: ps + m[1].length, end: ps + m[1].length + 1 },
        subject: f ? { start: ps, end: ps + m[1].length, speaker: f.name, entity: f.id, kind: "person" } : { start: ps, end: ps + m[1].length, speaker: proper, entity: null, kind: "person" },
        region: { start, end: pe },
        via: null,
        sentence: sIdx,
        paragraph: p,
        statement: false,
        verbatim: true
      });
    }
  }
  /** "“…” ― Pamela Padilla": a name after a dash closing a quote signs it. */
  dashSigned() {
    for (const q of this.quoted) {
      if (!q.closed) continue;
      const after2 = this.masked.slice(q.close, q.close + 90);
      const m = after2.match(DASH_SIGN_RE);
      if (!m) continue;
      const s = q.close + m[0].length - m[1].length;
      const e = s + m[1].length;
      const inner = this.mentionWithin(s, e);
      const sIdx = this.sentenceAt(q.open);
      const subject = inner ? { ...this.fromMention(inner), start: s, end: e } : { start: s, end: e, speaker: m[1].trim(), entity: null, kind: "person" };
      this.frames.push({
        cue: { start: q.close, end: s },
        subject,
        region: { start: q.open, end: q.close },
        via: null,
        sentence: sIdx,
        paragraph: this.paraOf[sIdx],
        statement: false
      });
    }
  }
  /** "In a CNN poll, Clinton led …" and "… held a lead in a CNN national poll": findings credited to a poll. */
  documentFrames() {
    IN_DOCUMENT_RE.lastIndex = 0;
    for (let m = IN_DOCUMENT_RE.exec(this.masked); m; m = IN_DOCUMENT_RE.exec(this.masked)) {
      const at = m.index;
      const sIdx = this.sentenceAt(at);
      const sent = this.sentences[sIdx];
      if (!sent || at < sent.start) continue;
      const npStart = at + m[0].length - m[1].length;
      let npEnd = at + m[0].length;
      const lead = this.masked.slice(sent.start, at);
      let region = null;
      if (/^[\s"]*$/.test(lead)) {
        const rest = this.masked.slice(npEnd, sent.end).match(/^[^,;:"~]{0,40}?,\s+/);
        if (!rest) continue;
        npEnd += rest[0].length - rest[0].replace(/^[^,]*/, "").length;
        region = { start: npEnd + rest[0].replace(/^[^,]*/, "").length, end: sent.end };
      } else {
        const after2 = this.masked.slice(npEnd, sent.end);
        if (!/^\s*(?:[^,;:"~]{0,30})?[.!?]?\s*$/.test(after2) || lead.includes('"')) continue;
        region = { start: sent.start, end: at };
      }
      if (wordCount(this.masked.slice(region.start, region.end), 3) < 3) continue;
      const subject = { start: npStart, end: npEnd, speaker: null, entity: null, kind: "unknown" };
      this.frames.push({
        cue: { start: at, end: at + 2 },
        subject,
        region,
        via: null,
        sentence: sIdx,
        paragraph: this.paraOf[sIdx],
        statement: false
      });
    }
  }
  /** Title-case headings: "Donald Trump Praises Breitbart’s Matthew Boyle", "Ted Cruz Refuses to Disavow Graham". */
  titleFrames() {
    for (let p = 0; p < this.paraStarts.length; p++) {
      const ps = this.paraStarts[p];
      const pe = this.lineEnd(ps);
      if (pe - ps > 200 || pe - ps < 12) continue;
      const line = this.masked.slice(ps, pe);
      if (!looksTitleCase(line)) continue;
      TITLE_WORD_RE.lastIndex = 0;
      for (let m = TITLE_WORD_RE.exec(line); m; m = TITLE_WORD_RE.exec(line)) {
        const info = cueExact(m[1].toLowerCase());
        if (!info || info.participle || m.index === 0) continue;
        const cs = ps + m.index + m[0].length - m[1].length;
        const ce = cs + m[1].length;
        const subj = this.masked.slice(ps, cs).trim();
        if (subj === "" || wordCount(subj, 6) > 5 || /[,:;"]/.test(subj)) break;
        const inner = this.mentionWithin(ps, cs);
        const f = inner ? this.entities.get(inner.entity) : this.entityFor(subj);
        if (!f) break;
        let end = pe;
        while (end > ce && /[\s.]/.test(this.masked[end - 1])) end--;
        if (wordCount(this.masked.slice(ce, end), 2) < 2) break;
        const sIdx = this.sentenceAt(ps);
        this.frames.push({
          cue: { start: cs, end: ce },
          subject: this.fromFacts(f, ps, ps + subj.length),
          region: { start: ce, end },
          via: null,
          sentence: sIdx,
          paragraph: p,
          statement: false
        });
        break;
      }
    }
  }
  run() {
    this.titleFrames();
    if ((this.masked.includes(" in ") || this.masked.includes("In ")) && (this.masked.includes("poll") || this.masked.includes("survey") || this.masked.includes("study")))
      this.documentFrames();
    if (this.masked.includes(":")) {
      this.transcripts();
      this.headlines();
    }
    if (/[―—–]/.test(this.masked)) this.dashSigned();
    const text = this.masked;
    const n = text.length;
    const pending = [];
    let i = 0;
    while (i < n) {
      const first = text.charCodeAt(i);
      if (!isAsciiLetter(first)) {
        i++;
        continue;
      }
      const cs = i;
      while (i < n && isAsciiLetter(text.charCodeAt(i))) i++;
      const prev = text.charCodeAt(cs - 1);
      if (first < 97) {
        if (i - cs !== 9 || !text.startsWith("According", cs)) continue;
      } else if (!mayBeScanWord(first, text.charCodeAt(i - cs > 1 ? cs + 1 : cs), text.charCodeAt(i - 1), i - cs))
        continue;
      if (prev === 45 || prev >= 48 && prev <= 57) continue;
      if (prev > 127 && /[\p{L}\p{N}]/u.test(text[cs - 1])) continue;
      const known = first < 97 ? ACCORDING : SCAN_WORDS.get(text, cs, i);
      if (known === void 0) continue;
      if (known.learned) {
        if (prev !== 39 && prev !== 8217) pending.push(cs, i);
        continue;
      }
      let ce = i;
      let word;
      if (known.seconds) {
        const wordEnd = nextWordEnd(text, ce, ce + 12);
        word = wordEnd > 0 ? known.seconds.get(text, lastSpace(text, ce, wordEnd), wordEnd, true) : void 0;
        if (word !== void 0) {
          ce = wordEnd;
          i = ce;
        }
      }
      if (word === void 0) {
        if (!known.single) continue;
        word = text.slice(cs, ce);
      }
      const sIdx = this.sentenceAt(cs);
      const sent = this.sentences[sIdx];
      if (!sent || cs < sent.start || ce > sent.end) continue;
      if (word === "according to") this.according(cs, ce, sIdx);
      else this.cue(cs, ce, word, sIdx);
    }
    if (this.quoted.length > 0 && this.masked.includes(":")) this.colonQuotes();
    if (pending.length > 0) this.learnedCues(pending);
  }
  /** A word the hand-written cues do not know: a cue when the learned detector says so in this context. */
  learnedCues(pending) {
    if (CUE_MODEL === null) return;
    const spans = this.frames.filter((f) => f.region).map((f) => f.region).sort((a, b) => a.start - b.start);
    const merged = [];
    for (const r of spans) {
      const last = merged[merged.length - 1];
      if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
      else merged.push({ start: r.start, end: r.end });
    }
    let at = 0;
    for (let k = 0; k < pending.length; k += 2) {
      const cs = pending[k];
      const ce = pending[k + 1];
      while (at < merged.length && merged[at].end < ce) at++;
      if (at < merged.length && merged[at].start <= cs) continue;
      const sIdx = this.sentenceAt(cs);
      const sent = this.sentences[sIdx];
      if (!sent || cs < sent.start || ce > sent.end) continue;
      const word = this.masked.slice(cs, ce);
      const info = {
        base: word,
        bare: false,
        participle: word.endsWith("ing"),
        learned: true,
        detected: true
      };
      if (!this.cueMayHold(cs, ce, word, sent, info)) continue;
      if (cueScore(CUE_MODEL, this.masked, cs, ce, sent.start) <= CUE_MODEL.threshold) continue;
      const before2 = this.frames.length;
      this.cue(cs, ce, word, sIdx, info, true);
      for (let f = before2; f < this.frames.length; f++) this.frames[f].learned = true;
    }
  }
  /**
   * A frame from the learned detector adds what the word lists miss; where its content overlaps a frame they
   * found ("issued a warning and said …"), it is the same statement read less surely, so it goes.
   */
  dropShadowedLearned() {
    if (!this.frames.some((f) => f.learned)) return;
    const listed = /* @__PURE__ */ new Map();
    for (const f of this.frames) {
      if (f.learned || !f.region) continue;
      const list = listed.get(f.sentence);
      if (list) list.push(f.region);
      else listed.set(f.sentence, [f.region]);
    }
    let kept = 0;
    for (const f of this.frames) {
      if (!f.learned || !f.region || !isShadowed(f.region, listed.get(f.sentence))) this.frames[kept++] = f;
    }
    this.frames.length = kept;
  }
  /**
   * The phrase from the start of the sentence to the verb, when it reads as one noun phrase: opened by a
   * determiner or a capital, at most 12 words, with no punctuation, quotation, finite verb or other cue inside.
   */
  openingPhrase(from, to) {
    let s = from;
    while (s < to && isSpace3(this.masked[s])) s++;
    let e = to;
    while (e > s && isSpace3(this.masked[e - 1])) e--;
    const text = this.masked.slice(s, e);
    if (!/^(?:The|A|An|\p{Lu})/u.test(text) || /[,;:"~()—–!?]/.test(text)) return null;
    if (wordCount(text, 13) > 12) return null;
    const words = text.split(/\s+/);
    if (words.length < 2) return null;
    for (let i = 1; i < words.length; i++) if (FINITE.test(words[i]) || cueExact(words[i])) return null;
    if (CAP_STOP.has(words[0].toLowerCase()) && !/^the$/i.test(words[0])) return null;
    return { start: s, end: e, speaker: null, entity: null, kind: "unknown" };
  }
  /** "… doesn't surprise Republican pollster Daron Shaw: “Historically, …”": a person's name, a colon, a quote. */
  colonQuotes() {
    for (const q of this.quoted) {
      let k = q.open;
      while (k > 0 && isSpace3(this.masked[k - 1])) k--;
      if (this.masked[k - 1] !== ":") continue;
      const colon = k - 1;
      let e = colon;
      while (e > 0 && isSpace3(this.masked[e - 1])) e--;
      const m = this.index.byEnd.get(e);
      if (!m || this.typeOfMention(m) !== "person") continue;
      if (this.frames.some((f) => f.region && f.region.start <= q.open && q.open < f.region.end)) continue;
      const sIdx = this.sentenceAt(colon);
      const start = Math.max(this.sentences[sIdx]?.start ?? 0, this.descriptorStart(m));
      this.frames.push({
        cue: { start: colon, end: colon + 1 },
        subject: this.fromMention(m, start),
        region: { start: q.open, end: q.close },
        via: null,
        sentence: sIdx,
        paragraph: this.paraOf[sIdx],
        statement: false
      });
    }
  }
  addFrame(frame) {
    const same = [];
    for (let i = this.frames.length - 1; i >= 0 && this.frames[i].sentence === frame.sentence; i--)
      same.push(this.frames[i]);
    const name = frame.subject.speaker;
    if (same.length > 0 && name && frame.subject.kind !== "person" && isOutletLike(name) && !this.isEvidence(frame.subject)) {
      for (const f of same) if (!f.via) f.via = outletName(name);
      return;
    }
    this.frames.push(frame);
  }
  according(cs, ce, sIdx) {
    const sent = this.sentences[sIdx];
    let x = ce;
    while (x < sent.end && isSpace3(this.masked[x])) x++;
    let subject = this.subjectStartingAt(x, sent.end, sIdx, true) ?? this.genericAfter(x, sent.end);
    if (!subject) {
      const np = this.masked.slice(x, Math.min(sent.end, x + 160)).match(/^([^,"~;]{2,150}?)(?:,|[.!?]?$)/);
      if (np) {
        const inner = this.personWithin(x, x + np[1].length) ?? this.mentionWithin(x, x + np[1].length);
        subject = inner ? { ...this.fromMention(inner), start: x, end: x + np[1].length } : { start: x, end: x + np[1].length, speaker: null, entity: null, kind: "unknown" };
      }
    }
    if (!subject) return;
    const pre = this.masked.slice(sent.start, cs).replace(/[\s,;:—–-]+$/, "");
    let region = null;
    if (pre.trim() === "") {
      const comma = this.masked.indexOf(",", subject.end);
      if (comma >= 0 && comma < sent.end) region = { start: comma + 1, end: sent.end };
    } else {
      region = { start: sent.start, end: sent.start + pre.length };
      const rest = this.masked.slice(subject.end, sent.end).match(/^\s*,\s+(?!(?:a|an|the|who|whose|which)\s)(?=[\p{L}\p{N}"])/u);
      if (rest && wordCount(this.masked.slice(subject.end + rest[0].length, sent.end), 3) >= 3) {
        this.frames.push({
          cue: { start: cs, end: ce },
          subject,
          region: { start: subject.end + rest[0].length, end: sent.end },
          via: null,
          sentence: sIdx,
          paragraph: this.paraOf[sIdx],
          statement: false
        });
      }
    }
    const frame = {
      cue: { start: cs, end: ce },
      subject,
      region,
      via: null,
      sentence: sIdx,
      paragraph: this.paraOf[sIdx],
      statement: false
    };
    this.addFrame(frame);
  }
  genericAfter(x, limit) {
    const head = this.masked.slice(x, Math.min(limit, x + 80));
    const g = head.match(
      /^((?:the|a|an|his|her|their|its|our|this)\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}?[\p{L}\p{N}’'-]+)(?=\s*[,.;])/iu
    );
    if (!g) return null;
    return { start: x, end: x + g[1].length, speaker: null, entity: null, kind: "unknown" };
  }
  /**
   * False when the word cannot be a cue here whatever its subject: checked before the subject search, and for a
   * learned cue before the model is asked, as it reads only the text around the word.
   */
  cueMayHold(cs, ce, word, sent, info) {
    if (info?.learned) {
      const next = this.masked.slice(ce, Math.min(sent.end, ce + 12));
      if (!/^(?:\s+|\s*:\s*)[\p{L}\p{N}"]/u.test(next) || /^\s+(?:by|as|in|on|at|during|after|before)\s/.test(next))
        return false;
    }
    if ((info?.learned || !info?.participle) && endsWithWord(this.masked, sent.start, cs, "of")) return false;
    if (PASSIVE_REPORT.has(word) && /^\s+to\s/.test(this.masked.slice(ce, ce + 5)) && /\b(?:is|was|are|were|been|being)\s+$/.test(this.masked.slice(Math.max(sent.start, cs - 8), cs)))
      return false;
    if ((info?.participle ?? false) && DETERMINER_BEFORE_RE.test(this.masked.slice(Math.max(sent.start, cs - 8), cs)))
      return false;
    return true;
  }
  /**
   * Subjects of the frames of sentence sIdx with a cue before cs: the nearest that names somebody, and the nearest
   * of all (copies, as the caller's frame sets its own span).
   */
  frameSubjectsBefore(sIdx, cs) {
    let nearest = null;
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const f = this.frames[i];
      if (f.sentence !== sIdx) break;
      if (f.cue.start >= cs) continue;
      nearest ??= { ...f.subject };
      if (f.subject.speaker || f.subject.entity) return [{ ...f.subject }, nearest];
    }
    return [null, nearest];
  }
  /** `checked`: cueMayHold has already passed (the learned cues ask it before the model). */
  cue(cs, ce, word, sIdx, given, checked = false) {
    const info = given ?? cueForm(word) ?? null;
    const sent = this.sentences[sIdx];
    if (!checked && !this.cueMayHold(cs, ce, word, sent, info)) return;
    const participle = info?.participle ?? false;
    let subject = null;
    let via = null;
    let subjEndX = cs;
    let inverted = false;
    const verbAt = this.skipAdverbs(cs, sent.start, !participle);
    if (word === "saying") {
      const passive = this.masked.slice(Math.max(sent.start, cs - 160), cs).match(/\b(?:was|were|is|are|been)\s+(?:cited|quoted)(?:\s+by\s+([^,~"]+?))?\s+as\s*$/);
      if (passive) {
        const at = cs - passive[0].length;
        const x = this.skipAdverbs(at, sent.start);
        subject = this.subjectEndingAt(x, sent.start, sIdx, false);
        if (passive[1]) via = outletName(passive[1]);
        subjEndX = x;
      }
    }
    if (!subject && !participle) {
      const x = verbAt;
      const segText = this.masked.slice(Math.max(sent.start, x - 160), x);
      const seg = segText.includes('"') ? segText.match(SEGMENT_AFTER_QUOTE_RE) : null;
      if (seg && wordCount(seg[1], 15) <= 14 && !mayHoldCue(seg[1])) {
        subject = this.resolveSegment(x - seg[1].length, x, sIdx);
        if (subject) subjEndX = x;
      }
    }
    if (!subject) {
      const x = verbAt;
      subjEndX = x;
      subject = this.subjectEndingAt(x, sent.start, sIdx, participle);
      if (subject && info && /^(?:claims|reports|notes|fears|hopes|comments|shows|warning|thought|posted|found|shown)$/.test(word)) {
        const nounLike = /^(?:claims|reports|notes|fears|hopes|comments|warning|thought)$/.test(word);
        const thatFollows = /^\s+that\s/.test(this.masked.slice(ce, ce + 8));
        if (subject.kind === "unknown" && !subject.speaker && (nounLike || !thatFollows) && !this.isEvidence(subject))
          subject = null;
      }
    }
    if (!subject && !participle && lastNonSpaceCode(this.masked, sent.start, subjEndX) === 44) {
      subject = this.appositiveSubject(sent.start, subjEndX);
    }
    if (!subject) {
      const before2 = lastNonSpaceCode(this.masked, sent.start, cs);
      if ((before2 === 44 || before2 === 34) && !participle && !info?.detected && !/^\s+that\s/.test(this.masked.slice(ce, ce + 7))) {
        let x = ce;
        while (x < sent.end && isSpace3(this.masked[x])) x++;
        subject = this.subjectStartingAt(x, sent.end, sIdx);
        if (subject) inverted = true;
      }
    }
    if (!subject) {
      const coordinated = endsWithWord(this.masked, sent.start, subjEndX, "and") || lastNonSpaceCode(this.masked, sent.start, subjEndX) === 44 && /^\s*then\s/.test(this.masked.slice(subjEndX, cs));
      if (coordinated && !participle) {
        const head = this.masked.slice(sent.start, cs);
        const colon = Math.max(head.lastIndexOf(":"), head.lastIndexOf(";"));
        subject = this.frameSubjectsBefore(sIdx, cs)[0] ?? this.clauseSubject(sent.start + colon + 1, cs);
        if (subject && subject.kind !== "person" && subject.kind !== "organization") subject = null;
      }
    }
    if (!subject && !participle) {
      subject = this.openingPhrase(sent.start, verbAt);
    }
    if (!subject && participle) {
      const [named, nearest] = this.frameSubjectsBefore(sIdx, cs);
      subject = named ?? nearest;
      if (!subject) subject = this.openingSubject(sent.start, cs);
    }
    if (!subject && word === "asked" && WHEN_ASKED_RE.test(this.masked.slice(Math.max(sent.start, cs - 8), cs))) {
      subject = { start: cs, end: cs, speaker: null, entity: null, kind: "unknown" };
    }
    if (!subject) return;
    const afterFrom = inverted ? subject.end : ce;
    let region = null;
    let continuation = null;
    const comp = this.complementStart(afterFrom, sent.end, info, word);
    const preEnd = inverted ? cs : subject.start;
    const pre = this.masked.slice(sent.start, preEnd);
    const afterCue = this.masked.slice(afterFrom, sent.end);
    const afterQuote = pre.includes('"') ? pre.match(QUOTE_THEN_MODIFIERS) : null;
    const preContent = afterQuote ? pre.slice(0, (afterQuote.index ?? 0) + 1) : pre;
    const preLast = lastNonSpaceCode(pre, 0, pre.length);
    const asked = ASKED_RE.test(pre);
    const trailing = afterQuote !== null || !asked && (preLast === 44 || preLast === 34 || preLast === 8212 || preLast === 8211) && (pre.includes("~") || wordCount(pre, 2) >= 2) && (TRAILING_AFTER.test(afterCue) || TRAILING_OBJECT.test(afterCue));
    const clauseAfterComma = /^\s*,\s*(?:that\s+)?"/.test(afterCue);
    const medial = trailing && !afterQuote ? afterCue.match(MEDIAL_REST) : null;
    if (medial) {
      region = { start: sent.start, end: sent.start + pre.replace(/[\s,—–]+$/, "").length };
      const start = afterFrom + medial[0].length;
      if (wordCount(this.masked.slice(start, sent.end), 3) >= 3) continuation = { start, end: sent.end };
    } else if (comp >= sent.end - 1 && /:\s*$/.test(afterCue)) {
      const q = this.quoted.find((x) => x.open >= sent.end && x.open - sent.end < 6);
      if (q) region = { start: q.open, end: q.close };
    } else if (afterQuote && (inverted || comp < 0 || QUOTE_FRAME_TAIL_RE.test(afterCue) || SUBORDINATE_START_RE.test(this.masked.slice(comp, comp + 12)) || info?.base === "tell" && !this.clauseAt(comp, sent.end))) {
      region = { start: sent.start, end: sent.start + preContent.replace(/[\s,—–]+$/, "").length };
    } else if (comp >= 0 && !(trailing && /^\s*,/.test(afterCue) && !clauseAfterComma)) {
      region = { start: comp, end: sent.end };
    } else if (trailing) {
      region = { start: sent.start, end: sent.start + preContent.replace(/[\s,—–]+$/, "").length };
    }
    if (!region) return;
    if (SEEMING.has(word) && region.start === comp && SEEMING_WHAT_RE.test(afterCue)) {
      region = { start: subject.start, end: region.end };
      subject = { start: cs, end: cs, speaker: null, entity: null, kind: "unknown" };
    }
    if (info && STANCE.has(info.base) && !subject.speaker && subject.kind === "unknown" && !this.isEvidence(subject))
      return;
    if (!via) via = this.viaIn(ce, sent.end);
    const statement = /\b(?:statement|communiqu[eé]|press release)\b/i.test(
      this.masked.slice(ce, Math.min(sent.end, ce + 60))
    );
    const learnedCue = info?.learned ?? false;
    this.addFrame({
      cue: { start: cs, end: ce },
      subject,
      region,
      via,
      sentence: sIdx,
      paragraph: this.paraOf[sIdx],
      statement,
      learnedCue
    });
    if (continuation) {
      this.frames.push({
        cue: { start: cs, end: ce },
        subject,
        region: continuation,
        via,
        sentence: sIdx,
        paragraph: this.paraOf[sIdx],
        statement,
        learnedCue
      });
    }
  }
  /**
   * Who spoke: the entity the subject resolved to, with the name cleared of words a recognizer took with it
   * ("While Obama"), or nobody when the "name" names no one ("On Tuesday"); else the phrase as written when
   * that names something ("the Trump campaign").
   */
  speakerFor(f) {
    let who = this.speakers.get(f);
    if (who === void 0) {
      who = this.findSpeaker(f);
      this.speakers.set(f, who);
    }
    return who;
  }
  findSpeaker(f) {
    const said = f.subject.speaker;
    if (said) {
      let name = this.namesIn.get(said);
      if (name === void 0) {
        name = nameIn(said);
        this.namesIn.set(said, name);
      }
      if (name === said) return { speaker: said, entity: f.subject.entity };
      if (name === null && f.subject.entity && /^according\s/i.test(this.masked.slice(f.cue.start, f.cue.end)))
        return { speaker: said, entity: f.subject.entity };
      if (name === null) return { speaker: null, entity: null };
      const known = this.entityFor(name);
      return { speaker: known?.name ?? name, entity: known?.id ?? null };
    }
    if (f.subject.end <= f.subject.start) return { speaker: null, entity: null };
    const sentStart = this.sentences[f.sentence]?.start ?? 0;
    const lead = this.masked.slice(sentStart, f.subject.start);
    const opensSentence2 = /^[\s"~]*$/.test(lead);
    const author = this.authorIn(f.subject);
    if (author) return author;
    const firstIsName = this.index.byStart.has(f.subject.start);
    const described = describedSpeaker(
      this.body.slice(f.subject.start, f.subject.end),
      opensSentence2,
      firstIsName
    );
    return { speaker: described, entity: null };
  }
  /**
   * "an analysis by Lily Batchelder", "a web video by the Republican National Committee": a work credited to a
   * named author speaks for that author.
   */
  authorIn(subject) {
    const phrase = this.masked.slice(subject.start, subject.end);
    const by = WORK_BY_RE.exec(phrase);
    if (!by) return null;
    let at = subject.start + by.index + by[0].length;
    if (this.masked.startsWith("the ", at)) at += 4;
    const m = this.index.byStart.get(at);
    if (!m || m.end > subject.end) return null;
    const who = this.fromMention(m);
    return { speaker: who.speaker, entity: who.entity };
  }
  /** "The poll", "FEC records", "exit polls": a document or survey that a finding is attributed to. */
  isEvidence(subject) {
    return EVIDENCE_END.test(this.masked.slice(subject.start, subject.end));
  }
  /** Cuts a leading frame's content where a later ", X added" or ", adding" in the same sentence begins. */
  framesBySentence() {
    const out = /* @__PURE__ */ new Map();
    for (const f of this.frames) {
      const list = out.get(f.sentence);
      if (list) list.push(f);
      else out.set(f.sentence, [f]);
    }
    return out;
  }
  trimRegions() {
    const bySentence = this.framesBySentence();
    for (const f of this.frames) {
      if (!f.region || f.verbatim) continue;
      for (const g of bySentence.get(f.sentence) ?? []) {
        if (g === f) continue;
        const at = g.subject.start >= f.region.start ? Math.min(g.subject.start, g.cue.start) : g.cue.start;
        if (at <= f.region.start || at >= f.region.end) continue;
        const before2 = this.masked.slice(f.region.start, at);
        const cut = before2.match(/(?:[,;—–]|,?\s+and)\s*$/);
        if (cut) f.region = { start: f.region.start, end: f.region.start + before2.length - cut[0].length };
      }
    }
  }
};
var isShadowed = /* @__PURE__ */ __name((r, listed) => {
  if (!listed) return false;
  for (const g of listed)
    if (Math.min(g.end, r.end) - Math.max(g.start, r.start) > 0.5 * (r.end - r.start)) return true;
  return false;
}, "isShadowed");
var MAX_REGION = 2e4;
var trimContent = /* @__PURE__ */ __name((body, s) => {
  let a = s.start;
  let b = s.end;
  while (a < b && /[\s,;:—–-]/.test(body[a])) a++;
  while (b > a && /[\s,;:.—–-]/.test(body[b - 1])) b--;
  return { start: a, end: b };
}, "trimContent");
var WHEN_ASKED_RE = /(?:^|\b(?:when|after|once|if|as))\s*$/i;
var ASKED_RE = /^[\s"~]*(?:(?:when|after|before|if)\s+)?(?:asked|pressed|questioned)\s/i;
var WORK_BY_RE = /\b(?:analysis|analyses|study|studies|report|poll|survey|review|estimate|memo|letter|paper|audit|investigation|video|ad|advertisement|op-ed|column|editorial|statement|book|calculations?)\s+(?:by|from)\s+/i;
var DATELINE_RE = /^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^()\n]{1,30}\)\s*)?(?:-{1,2}|[—–])\s+/;
function withoutRepeats(sorted) {
  const out = [];
  for (const a of sorted) {
    const prev = out[out.length - 1];
    if (!prev) {
      out.push(a);
      continue;
    }
    const shared = Math.min(prev.end, a.end) - Math.max(prev.start, a.start);
    if (prev.start === a.start && prev.end === a.end) {
      if (!prev.speaker && a.speaker) out[out.length - 1] = a;
    } else if (prev.kind !== "indirect" || a.kind !== "indirect" || shared < 0.5 * Math.max(prev.end - prev.start, a.end - a.start))
      out.push(a);
  }
  return out;
}
__name(withoutRepeats, "withoutRepeats");
var upperBound = /* @__PURE__ */ __name((xs, v) => {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (xs[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}, "upperBound");
var ownWords = /* @__PURE__ */ __name((masked, f) => {
  const r = trimContent(masked, f.region);
  return wordCount(masked.slice(r.start, r.end).replace(/"~*"?/g, ""), 2);
}, "ownWords");
var wordsOutsideQuotes = /* @__PURE__ */ __name((masked, f) => {
  const r = trimContent(masked, f.region);
  return wordCount(
    masked.slice(r.start, r.end).replace(/"~*"?/g, " ").replace(/^\s*that\s/, ""),
    1
  );
}, "wordsOutsideQuotes");
function findAttributions(body, mentions, entities) {
  const fx = new Finder(body, mentions, entities);
  fx.run();
  fx.dropShadowedLearned();
  fx.trimRegions();
  const out = [];
  const framesWithQuotes = /* @__PURE__ */ new Set();
  const quoteFrame = /* @__PURE__ */ new Map();
  const withRegion = fx.frames.filter((f) => f.region).sort((a, b) => a.region.start - b.region.start);
  const regionStarts = withRegion.map((f) => f.region.start);
  for (const q of fx.quoted) {
    let best = null;
    for (let i = upperBound(regionStarts, q.open + 1) - 1; i >= 0; i--) {
      const f = withRegion[i];
      if (!f.region) continue;
      if (f.region.start < q.open - MAX_REGION) break;
      if (f.region.start <= q.open + 1 && q.close - 1 <= f.region.end + 1) {
        const better = !best || f.subject.speaker && !best.subject.speaker || !!f.subject.speaker === !!best.subject.speaker && f.region.end - f.region.start < best.region.end - best.region.start;
        if (better) best = f;
      }
    }
    quoteFrame.set(q, best);
  }
  const bySentence = fx.framesBySentence();
  const framedParagraphs = new Set(fx.frames.map((g) => g.paragraph));
  const directByPara = /* @__PURE__ */ new Map();
  const unnamedByPara = /* @__PURE__ */ new Map();
  for (const q of fx.quoted) {
    const f = quoteFrame.get(q) ?? null;
    if (f) {
      framesWithQuotes.add(f);
      if (f.subject.speaker) directByPara.set(f.paragraph, f);
      else unnamedByPara.set(f.paragraph, f);
    }
  }
  for (const q of fx.quoted) {
    let f = quoteFrame.get(q) ?? null;
    const words = wordCount(body.slice(q.innerStart, q.innerEnd), 8);
    const before2 = body.slice(Math.max(0, q.open - 30), q.open);
    if (SCARE_BEFORE.test(before2)) continue;
    let kind;
    if (f) {
      kind = wordsOutsideQuotes(fx.masked, f) === 0 ? "direct" : "partial";
    } else {
      const sIdx = fx.sentenceAt(q.open);
      const s = fx.sentences[sIdx];
      const standalone = q.multiParagraph || s && q.open <= s.start + 1 && q.close >= s.end - 2 || s && q.open <= s.start + 1 && words >= 8;
      const inSentence = (bySentence.get(sIdx) ?? []).filter(
        (g) => g.subject.speaker && g.region && g.cue.start < q.open && !fx.speakerBetween(Math.max(g.cue.end, g.region.end, g.subject.end), q.open)
      );
      const introduced = inSentence.length === 1 && words >= 2 ? null : fx.introducer(q);
      if (inSentence.length === 1 && words >= 2) {
        f = inSentence[0];
        kind = "direct";
      } else if (introduced) {
        f = introduced;
        kind = "direct";
      } else if (!standalone) {
        if (words < 4) continue;
        kind = "partial";
      } else {
        kind = "direct";
        const para = fx.paragraphAt(q.open);
        f = directByPara.get(para) ?? unnamedByPara.get(para) ?? null;
        if (!f) {
          const prev = directByPara.get(fx.paragraphBefore(para)) ?? null;
          const framesHere = framedParagraphs.has(para);
          if (prev && !framesHere && q.open <= fx.paraStartOf(para) + 1) f = prev;
        }
      }
      if (words < 2 && kind !== "direct") continue;
    }
    const content = { start: q.innerStart, end: q.innerEnd };
    const who = f ? fx.speakerFor(f) : null;
    out.push({
      start: content.start,
      end: content.end,
      text: body.slice(content.start, content.end),
      kind,
      speaker: who?.speaker ?? null,
      speakerEntity: who?.entity ?? null,
      via: f?.via ?? null,
      source: f ? { start: f.subject.start, end: f.subject.end } : null,
      cue: f ? f.cue : null,
      sourceKind: f ? f.subject.kind : null,
      learnedCue: f?.learnedCue ?? false
    });
  }
  for (const f of fx.frames) {
    if (!f.region) continue;
    const own = framesWithQuotes.has(f) ? ownWords(fx.masked, f) : 2;
    if (own === 0) continue;
    const r = trimContent(body, f.region);
    const dateline = body.slice(r.start, r.start + 80).match(DATELINE_RE);
    if (dateline) r.start += dateline[0].length;
    if (wordCount(body.slice(r.start, r.end), 3) < 3) continue;
    if (f.verbatim && /[.!?]/.test(body[r.end] ?? "")) r.end++;
    const who = fx.speakerFor(f);
    out.push({
      start: r.start,
      end: r.end,
      text: body.slice(r.start, r.end),
      kind: f.verbatim ? "direct" : "indirect",
      speaker: who.speaker,
      speakerEntity: who.entity,
      via: f.via,
      source: { start: f.subject.start, end: f.subject.end },
      cue: f.cue,
      sourceKind: f.subject.kind,
      learnedCue: f.learnedCue ?? false,
      framing: own === 1
    });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return { attributions: withoutRepeats(out), frames: fx.frames, quoted: fx.quoted };
}
__name(findAttributions, "findAttributions");

// src/analyze/quotes/index.ts
function findQuotes(input) {
  const messages = [];
  const { body, mentions, entities } = input;
  if (body.length === 0) return { quotes: [], citations: [], messages };
  const res = findAttributions(body, mentions, entities);
  const listed = withoutNestedRepeats(res.attributions.filter((a) => isStatement(a, body)));
  const quotes = withoutNestedAttributions(listed).map((a) => ({
    start: a.start,
    end: a.end,
    text: a.text,
    kind: a.kind,
    speaker: a.speaker,
    speakerEntity: a.speakerEntity,
    via: a.via
  }));
  const unclosed = res.quoted.filter((q) => !q.closed && !q.multiParagraph).length;
  if (unclosed > 0) {
    messages.push({
      kind: "info",
      source: "analyze/quotes",
      message: `${unclosed} quotation mark(s) not closed before the end of the paragraph; quote ended there`
    });
  }
  const citations = findCitations({ body, mentions, entities, frames: res.frames });
  return { quotes, citations, messages };
}
__name(findQuotes, "findQuotes");
var ABOUT_THE_STATEMENT = /\b(?:made|making|delivered|gave)\s+(?:the|these|those|his|her|its|their)\s+(?:remarks|comments)\b/i;
var REACTION_OBJECT = /^(?!only\s)\p{Ll}{2,}ly\s+(?:to|at|against|with|on|by|in)\s/u;
var isStatement = /* @__PURE__ */ __name((a, body) => a.kind !== "indirect" || !a.framing && !isIntention(a, body) && !isUnaskedQuestion(a) && !isSpeakerlessFragment(a) && !isUnheldView(a) && !ABOUT_THE_STATEMENT.test(a.text) && !REACTION_OBJECT.test(a.text), "isStatement");
var INTENTION_CUE = /(?:^|\s)(?:decid(?:e|es|ed|ing)|tr(?:y|ies|ied|ying)|want(?:s|ed|ing)?|plan(?:s|ned|ning)?|continu(?:e|es|ed|ing))$/i;
var isIntention = /* @__PURE__ */ __name((a, body) => a.cue !== null && INTENTION_CUE.test(body.slice(a.cue.start, a.cue.end)), "isIntention");
var isUnaskedQuestion = /* @__PURE__ */ __name((a) => a.speaker === null && a.source !== null && a.source.start === a.source.end, "isUnaskedQuestion");
var isUnheldView = /* @__PURE__ */ __name((a) => a.learnedCue && a.speaker === null && a.sourceKind === "unknown", "isUnheldView");
var isSpeakerlessFragment = /* @__PURE__ */ __name((a) => a.speaker === null && a.sourceKind !== "anonymous" && (wordCount(a.text, 4) <= 3 || /^\p{Ll}/u.test(a.text) && !/^that\s/.test(a.text) && !looksLikeClause(a.text)), "isSpeakerlessFragment");
var speakerOf = /* @__PURE__ */ __name((q) => q.speakerEntity ?? q.speaker, "speakerOf");
function withoutNestedAttributions(quotes) {
  return quotes.filter((q) => q.kind !== "indirect" || q.cue === null || !cueInsideOther(quotes, q, q.cue));
}
__name(withoutNestedAttributions, "withoutNestedAttributions");
function cueInsideOther(quotes, q, cue) {
  const own = speakerOf(q);
  for (const p of quotes) {
    if (p.start > cue.start) return false;
    if (p === q || cue.end > p.end) continue;
    const other = speakerOf(p);
    if (other !== null && other !== own) return true;
  }
  return false;
}
__name(cueInsideOther, "cueInsideOther");
function withoutNestedRepeats(quotes) {
  return quotes.filter(
    (q) => q.kind !== "indirect" || speakerOf(q) === null || !insideSameSpeaker(quotes, q)
  );
}
__name(withoutNestedRepeats, "withoutNestedRepeats");
function insideSameSpeaker(quotes, q) {
  const own = speakerOf(q);
  for (const p of quotes) {
    if (p.start > q.start) return false;
    if (p !== q && q.end <= p.end && (p.end - p.start > q.end - q.start || p.start < q.start) && speakerOf(p) === own)
      return true;
  }
  return false;
}
__name(insideSameSpeaker, "insideSameSpeaker");

// bench/quotes/prof-driver.ts
var tag = await benchTagger();
var docs = loadSplit(polnearDir(), option("split", "test")).map((a) => ({ text: a.text, ...tag(a.text) }));
var passes = Number(option("passes", "20"));
var t0 = performance.now();
for (let p = 0; p < passes; p++)
  for (const d of docs) findQuotes({ body: d.text, sentences: [], mentions: d.mentions, entities: d.entities });
var ms = performance.now() - t0;
console.log(`${docs.length} docs, ${docs.length * passes / ms * 1e3} art/s`);
