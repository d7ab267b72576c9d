// The tokenizer's fast ASCII path must give the same ids as the plain string path (stem + hash).
import { describe, expect, it } from 'vitest';
import { hashString } from '../../analyze/ner/hash.js';
import { stem, tokenize } from './text.js';

describe('tokenize', () => {
  it('gives each content word the hash of its lowercase stem, and drops stopwords', () => {
    const words =
      'Accused accuses accusing accuse votes vote ties studies classes status analysis thus bus ended early Really Elections going sing bed'.split(
        ' ',
      );
    const t = tokenize(words.join(' '));
    expect(Array.from(t.ids)).toEqual(words.map((w) => hashString(stem(w.toLowerCase()))));
    expect(tokenize('The and of with').length).toBe(0);
  });

  it('treats "European Union" and "EU", "United States" and "US", "%" and "percent" alike', () => {
    const a = tokenize('The European Union and the United States won 80 percent.');
    const b = tokenize('The EU and the US won 80%.');
    expect(Array.from(a.ids)).toEqual(Array.from(b.ids));
  });

  it('keeps offsets into the text and handles non-ASCII words', () => {
    const text = 'Zakharova said Minsk’s «Łukaszenka» régime';
    const t = tokenize(text);
    const words = Array.from(t.starts).map((s, k) => text.slice(s, t.ends[k]));
    expect(words).toEqual(['Zakharova', 'Minsk', 'Łukaszenka', 'régime']);
    expect(t.ids[3]).toBe(hashString(stem('régime')));
  });

  it('splits sentences at stops and blank lines, not at hard-wrapped lines or initials', () => {
    const t = tokenize(
      'First sentence has words here. Second one\nwraps onto a line.\n\nThird paragraph by J. Smith today.',
    );
    expect(t.sentences).toBe(3);
  });
});
