// The reuse index saved between runs: loading it gives the index that was saved, and only into code that built it so.
import { describe, expect, it } from 'vitest';
import { MemoryCandidateIndex, type ReuseDoc, ReuseIndex } from './index.js';
import { decodeSnapshot, encodeSnapshot } from './snapshot.js';

const wire =
  'The regional water board said on Monday that the reservoir above the valley had fallen to its lowest level in ' +
  'forty years, and asked farmers to cut irrigation by a third until the autumn rains. Engineers will inspect the ' +
  'old dam wall next week, the board added, after residents reported cracks along its northern edge.';
const fillers = [
  'A bakery in the old town won a national prize for its rye bread, its owner said, crediting a starter kept alive since 1962.',
  'The chess federation moved its winter open to a larger hall after entries doubled, with players from eleven countries.',
  'Night buses will run on the coastal line again from June, the transport office said, after a two-year pause for repairs.',
  'A volunteer group counted more than four hundred storks nesting on the church roofs of the district this spring.',
];
const docs: ReuseDoc[] = [
  { id: 'w1', body: wire, published: '2024-05-01', outlet: 'Valley Post' },
  ...fillers.map((body, i) => ({ id: `f${i}`, body, published: `2024-05-0${2 + i}`, outlet: `Outlet ${i}` })),
];
const copy: ReuseDoc = {
  id: 'c1',
  body: `Farmers protested in the square. ${wire} The mayor promised an answer by Friday.`,
  published: '2024-05-09',
  outlet: 'Hill Gazette',
};

/** Links `doc` the way the link stage does, with bodies handed in from a map. */
const link = (index: ReuseIndex, doc: ReuseDoc) => {
  const byId = new Map([...docs, copy].map((d) => [d.id, d]));
  return index.addWith(
    doc,
    index.candidates(doc).map((id) => byId.get(id)!),
  );
};

describe('reuse index snapshot', () => {
  it('loads into an index that then finds what the saved one finds, the earlier documents in the same order', () => {
    const live = new ReuseIndex({ keepBodies: false });
    for (const d of docs) link(live, d);
    const saved = decodeSnapshot(encodeSnapshot(live.snapshot()!));
    const restarted = new ReuseIndex({ keepBodies: false });
    expect(restarted.loadSnapshot(saved!)).toBe(true);
    expect(restarted.size).toBe(docs.length);
    expect(restarted.has('f2')).toBe(true);
    expect(restarted.candidates(copy)).toEqual(live.candidates(copy));
    const found = link(restarted, copy);
    expect(found.map((p) => [p.sourceArticle, p.targetArticle, p.wholeCopy])).toEqual([['w1', 'c1', true]]);
    expect(found).toEqual(link(live, copy));
    // Indexing goes on past the loaded arrays (they grow as the live ones do).
    const again = { ...copy, id: 'c2', published: '2024-05-10' };
    expect(link(restarted, again)).toEqual(link(live, again));
  });

  it('is not loaded by code that fingerprints otherwise, nor into an index that holds documents already', () => {
    const live = new ReuseIndex({ keepBodies: false });
    for (const d of docs) link(live, d);
    const record = encodeSnapshot(live.snapshot()!);
    expect(decodeSnapshot({ ...record, version: `${record.version}x` })).toBeNull();
    expect(decodeSnapshot({ ...record, parts: record.parts.filter((p) => p.name !== 'postDoc') })).toBeNull();
    const state = decodeSnapshot(record)!;
    expect(new ReuseIndex({ keepBodies: false, k: 4 }).loadSnapshot(state)).toBe(false);
    expect(new ReuseIndex({ keepBodies: false, commonness: { maxDocs: 10 } }).loadSnapshot(state)).toBe(
      false,
    );
    const busy = new ReuseIndex({ keepBodies: false });
    link(busy, docs[1]);
    expect(busy.loadSnapshot(state)).toBe(false);
    expect(busy.size).toBe(1);
    // An index that keeps bodies cannot be saved as arrays, nor loaded from them (its bodies would be missing).
    expect(new ReuseIndex().snapshot()).toBeNull();
    expect(new ReuseIndex().loadSnapshot(state)).toBe(false);
  });

  it('saves and loads an empty index', () => {
    const empty = decodeSnapshot(encodeSnapshot(new ReuseIndex({ keepBodies: false }).snapshot()!))!;
    const index = new ReuseIndex({ keepBodies: false });
    expect(index.loadSnapshot(empty)).toBe(true);
    for (const d of docs) link(index, d);
    expect(link(index, copy)).toHaveLength(1);
  });
});

describe('candidate index state', () => {
  it('rebuilds lists cut at their limit and counts past it, and refuses a state that does not hold together', () => {
    const live = new MemoryCandidateIndex({ maxDocs: 3 });
    const shared = Int32Array.of(11, 12);
    for (let doc = 0; doc < 6; doc++) live.add(doc, Int32Array.of(11, 100 + doc, 11, 12), doc % 2);
    const state = live.state();
    // 11 and 12 keep their first three documents, each of the six its own fingerprint.
    expect(state.postDoc.length).toBe(3 + 3 + 6);
    const loaded = new MemoryCandidateIndex({ maxDocs: 3 });
    expect(loaded.load(state)).toBe(true);
    const probe = (index: MemoryCandidateIndex, hashes: Int32Array) => {
      const common = new Uint8Array(hashes.length);
      const viaCommon = new Map<number, number>();
      return [[...index.lookup(hashes, common, viaCommon)], [...viaCommon], [...common]];
    };
    expect(probe(loaded, shared)).toEqual(probe(live, shared));
    expect(probe(loaded, Int32Array.of(104, 105, 999))).toEqual(probe(live, Int32Array.of(104, 105, 999)));
    expect(loaded.size()).toBe(live.size());
    loaded.add(6, Int32Array.of(106, 107), 0);
    live.add(6, Int32Array.of(106, 107), 0);
    expect(probe(loaded, Int32Array.of(106, 107))).toEqual(probe(live, Int32Array.of(106, 107)));

    expect(new MemoryCandidateIndex({ maxDocs: 4 }).load(state)).toBe(false);
    const twice = { ...state, keys: state.keys.map(() => state.keys[0]) };
    const refused = new MemoryCandidateIndex({ maxDocs: 3 });
    expect(refused.load(twice)).toBe(false);
    expect(refused.size()).toBe(0);
    expect(probe(refused, shared)[0]).toEqual([]);
    expect(
      new MemoryCandidateIndex({ maxDocs: 3 }).load({ ...state, postDoc: state.postDoc.subarray(1) }),
    ).toBe(false);
  });
});
