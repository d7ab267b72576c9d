import { describe, expect, it } from 'vitest';
import { DocFrequencies } from './frequencies.js';
import { extractSignals, StoryLinker, type TokenCache } from './index.js';
import { KeyIds } from './key-ids.js';
import { bareDoc, fixtureDoc, seedDocs } from './test-docs.js';

describe('KeyIds', () => {
  it('gives each word one dense id, the same on every later sight', () => {
    const ids = new KeyIds();
    expect([ids.idOf('harbour'), ids.idOf('ferry'), ids.idOf('harbour'), ids.idOf('strike')]).toEqual([
      0, 1, 0, 2,
    ]);
  });
});

describe('DocFrequencies.bumpId', () => {
  it('counts by the id it is given, past its first buffer', () => {
    const df = new DocFrequencies();
    expect(df.bumpId(5000)).toBe(5000);
    df.bumpId(5000);
    df.bumpId(3);
    expect([df.countAt(5000), df.countAt(3), df.countAt(4)]).toEqual([2, 1, 0]);
  });
});

describe('signals: word and name ids', () => {
  const ferry = bareDoc;

  it("lists each content word's id in the words map's order, one id per word across a cache's documents", () => {
    const cache: TokenCache = new Map();
    const a = extractSignals(
      ferry('a', 'The harbour ferry sank near the harbour wall; ferries stopped.'),
      cache,
    );
    const b = extractSignals(ferry('b', 'A strike stopped the harbour ferries again.'), cache);
    expect(a.keySpace).toBe(b.keySpace);
    expect(a.wordIds).toHaveLength(a.words.size);
    const idOf = new Map<string, number>();
    for (const s of [a, b]) {
      [...s.words.keys()].forEach((w, i) => {
        if (idOf.has(w)) expect(s.wordIds?.[i]).toBe(idOf.get(w));
        idOf.set(w, s.wordIds?.[i] ?? -1);
      });
    }
    expect(new Set(idOf.values()).size).toBe(idOf.size);
    expect(extractSignals(ferry('c', 'The harbour.')).keySpace).not.toBe(a.keySpace);
  });

  it("lists each name's id in the names map's order, the entity stage's names included", () => {
    const cache: TokenCache = new Map();
    const a = extractSignals(
      {
        ...ferry(
          'a',
          'The ferry left Kelmoor at dawn, and captain Idris Varga radioed Kelmoor again at noon.',
        ),
        entities: [{ name: 'Idris Varga', type: 'person' }],
      },
      cache,
    );
    const b = extractSignals(ferry('b', 'Ferries to Kelmoor stopped after Varga spoke.'), cache);
    expect(a.nameIds).toHaveLength(a.names.size);
    expect(b.nameIds).toHaveLength(b.names.size);
    const ids = (s: typeof a) => new Map([...s.names.keys()].map((k, i) => [k, s.nameIds?.[i]]));
    const [ia, ib] = [ids(a), ids(b)];
    expect(ia.has('idris varga')).toBe(true);
    expect(ib.get('kelmoor')).toBe(ia.get('kelmoor'));
    expect(ib.get('varga')).toBe(ia.get('varga'));
    expect(new Set(ia.values()).size).toBe(ia.size);
  });

  it('links signals from other token caches (keys looked up by key) as it links its own', () => {
    const docs = [...seedDocs(), ...['quake-nepal-1', 'quake-albania-1', 'quake-nepal-2'].map(fixtureDoc)];
    const own = new StoryLinker();
    const shared = new StoryLinker();
    const mixed = new StoryLinker();
    const none = new StoryLinker();
    const cache: TokenCache = new Map();
    for (const d of docs) {
      const a = own.add(d).story;
      expect(shared.addSignals(d.id, extractSignals(d, cache)).story).toBe(a);
      // A fresh cache per article: every word id is in another space and is looked up by its key; and none at all.
      expect(mixed.addSignals(d.id, extractSignals(d)).story).toBe(a);
      const { wordIds: _, nameIds: __, keySpace: ___, ...bare } = extractSignals(d);
      expect(bare.words.size).toBeGreaterThan(0);
      expect(none.addSignals(d.id, bare).story).toBe(a);
    }
  });
});
