// Reuse on the seed articles and on small constructed cases: what must be found, and what must not.
import { describe, expect, it } from 'vitest';
import * as reuse from './index.js';
import { alignTexts, MemoryCandidateIndex, type ReuseDoc, ReuseIndex } from './index.js';
import { pressTv000, pressTv001, pressTv002, seedFixtures } from './seed-fixtures.js';

const doc = (f: { id: string; body: string; published: string; outlet: string }): ReuseDoc => ({ ...f });

describe('public surface', () => {
  it('exports the reuse door', () => {
    expect(Object.keys(reuse).sort()).toEqual(
      [
        'MemoryCandidateIndex',
        'MemoryDocStore',
        'ReuseIndex',
        'alignTexts',
        'alignTokenized',
        'fingerprint',
        'tokenize',
      ].sort(),
    );
  });
});

describe('ReuseIndex on the seeds', () => {
  const index = new ReuseIndex();
  const found = seedFixtures.flatMap((f) => index.add(doc(f)));

  it('finds the background paragraph 000 and 001 share, with both spans and the direction', () => {
    const p = found.find(
      (x) =>
        [x.sourceArticle, x.targetArticle].sort().join() === '000,001' && x.text.includes('long accused'),
    );
    expect(p).toBeDefined();
    if (!p) return;
    // 001 is dated earlier than 000, so it is the source even though 000 was indexed first.
    expect(p.sourceArticle).toBe('001');
    expect(p.targetArticle).toBe('000');
    expect(p.direction).toBe('forward');
    expect(p.wholeCopy).toBe(false);
    const src = pressTv001.body.slice(p.sourceStart, p.sourceEnd);
    const tgt = pressTv000.body.slice(p.targetStart, p.targetEnd);
    expect(tgt).toBe(p.text);
    expect(src).toContain('The European Union and the United States have long accused Lukashenko');
    expect(src).toContain('removed them in 2016');
    expect(tgt).toContain('The EU and the US have long accused Lukashenko');
    expect(tgt).toContain('removed them in 2016');
    expect(p.similarity).toBeGreaterThan(0.5);
    expect(p.similarity).toBeLessThanOrEqual(1);
  });

  it('does not count the shared Press TV footer as reuse', () => {
    for (const p of found) expect(p.text).not.toContain('alternate addresses');
  });

  it('finds nothing else between the seeds', () => {
    expect(found).toHaveLength(1);
  });
});

describe('ReuseIndex behaviour', () => {
  const story =
    'The central bank raised its key interest rate by half a point on Tuesday, the largest increase in two decades. ' +
    'Officials said inflation had reached levels not seen since the early nineties and would stay high for months. ' +
    'Markets fell sharply after the announcement, with bank shares leading the losses across the region.';
  const other =
    'Heavy rain flooded several villages in the north overnight, forcing hundreds of families to leave their homes. ' +
    'Rescue teams used boats to reach people stranded on rooftops while the river kept rising.';

  it('flags a republished article as a whole copy, undated pairs as of unknown direction', () => {
    const index = new ReuseIndex();
    expect(index.add({ id: 'a', body: story, published: null, outlet: 'Wire' })).toEqual([]);
    const [p, ...rest] = index.add({ id: 'b', body: story, published: null, outlet: 'Daily' });
    expect(rest).toEqual([]);
    expect(p.wholeCopy).toBe(true);
    expect(p.direction).toBe('unknown');
    expect(p.sourceArticle).toBe('a');
    expect(p.similarity).toBe(1);
  });

  it('keeps finding wire copy republished by many outlets, and names the earliest copy as its source', () => {
    const index = new ReuseIndex();
    const body = pressTv001.body;
    const found = Array.from({ length: 30 }, (_, k) =>
      index.add({
        id: `copy${k}`,
        body,
        published: `2020-08-${String(10 + (k % 15)).padStart(2, '0')}`,
        outlet: `outlet${k}`,
      }),
    );
    expect(found[0]).toEqual([]);
    for (const [k, passages] of found.entries()) {
      if (k === 0) continue;
      // Copies dated earlier than every earlier-indexed one become sources themselves; the others name copy0.
      const whole = passages.filter((p) => p.wholeCopy && p.targetArticle === `copy${k}`);
      if (k % 15 !== 0) expect(whole.map((p) => p.sourceArticle)).toEqual(['copy0']);
      expect(passages.length).toBeGreaterThan(0);
    }
  });

  it('ignores unrelated articles and re-added ids', () => {
    const index = new ReuseIndex();
    index.add({ id: 'a', body: story, published: '2024-01-02', outlet: 'Wire' });
    expect(index.add({ id: 'b', body: other, published: '2024-01-03', outlet: 'Daily' })).toEqual([]);
    expect(index.add({ id: 'a', body: story, published: '2024-01-02', outlet: 'Wire' })).toEqual([]);
  });

  it('restore() indexes without reporting, and later documents still find the restored one', () => {
    const index = new ReuseIndex();
    index.restore({ id: 'a', body: `${other}\n\n${story}`, published: '2024-01-02', outlet: 'Wire' });
    const found = index.add({
      id: 'b',
      body: `Lead paragraph of our own.\n\n${story}`,
      published: '2024-01-03',
      outlet: 'Daily',
    });
    expect(found).toHaveLength(1);
    expect(found[0].sourceArticle).toBe('a');
    expect(found[0].text).toContain('central bank raised');
  });

  it('runs store-backed: candidates() names the earlier articles, addWith() compares them, no bodies kept', () => {
    const inMemory = new ReuseIndex();
    const stored = new ReuseIndex({ keepBodies: false });
    const docs = seedFixtures.map(doc);
    const byId = new Map(docs.map((d) => [d.id, d]));
    const expected = docs.flatMap((d) => inMemory.add(d));
    const got = docs.flatMap((d) => {
      const ids = stored.candidates(d);
      return stored.addWith(d, ids.map((id) => byId.get(id)!).reverse());
    });
    expect(got).toEqual(expected);
    expect(got).toHaveLength(1);
    // Without bodies, add() still indexes but has nothing to compare with.
    expect(stored.add({ ...pressTv000, id: 'again' })).toEqual([]);
    expect(stored.candidates({ ...pressTv000, id: 'again2' })).toContain('000');
  });

  it('ignores a long template paragraph that one outlet repeats in many articles', () => {
    const footer =
      'Subscribe to our newsletter to receive the most important stories of the day in your inbox every morning, ' +
      'and follow us on all social networks for live coverage, analysis and opinion from our correspondents worldwide.';
    const bodies = [
      story,
      other,
      'Parliament approved the budget after a long night of debate, with the opposition voting against every article of the bill.',
      'The football club announced the signing of a young striker from abroad for a record fee, ending weeks of speculation.',
      'Scientists reported the discovery of a new species of frog in the mountain forests, living only on a single ridge.',
      'A new museum opened downtown with a collection of modern art donated by a family of collectors over three generations.',
    ];
    const index = new ReuseIndex();
    const found = bodies.flatMap((b, i) =>
      index.add({
        id: `d${i}`,
        body: `${b}\n\n${footer}\n\nAll rights reserved.`,
        published: null,
        outlet: 'Gazette',
      }),
    );
    expect(found.filter((p) => p.text.includes('newsletter'))).toEqual([]);
  });

  it('ignores stock phrases every outlet uses', () => {
    const index = new MemoryCandidateIndex({ maxOutlets: 3 });
    const h = Int32Array.from([7, 8]);
    index.add(0, h, 1);
    index.add(1, h, 2);
    index.add(2, h, 3);
    const common = new Uint8Array(2);
    expect(index.lookup(h, common).size).toBe(0);
    expect([...common]).toEqual([1, 1]);
  });
});

describe('alignTexts', () => {
  it('aligns a lightly edited passage inside unrelated text, with offsets on both sides', () => {
    const passage =
      'The European Union and the United States have long accused the president of human rights violations because of his close ties with Moscow, and have imposed sanctions on him and his officials several times since the disputed vote.';
    const edited =
      'The EU and the US have long accused the president of human rights violations because of his close ties with Moscow, and imposed sanctions on him and his officials several times since the vote.';
    const source = `Weather today is mild across the country with light winds. ${passage} Football results follow below with all the scores.`;
    const target = `A completely different opening sentence about trade figures and ports. ${edited} The local council meets again on Monday to discuss parking.`;
    const [a, ...rest] = alignTexts(source, target);
    expect(rest).toEqual([]);
    expect(source.slice(a.sourceStart, a.sourceEnd)).toContain('long accused the president');
    expect(target.slice(a.targetStart, a.targetEnd)).toContain('The EU and the US');
    expect(target.slice(a.targetStart, a.targetEnd)).not.toContain('trade figures');
    expect(a.similarity).toBeGreaterThan(0.8);
  });

  it('returns nothing for unrelated texts', () => {
    expect(alignTexts(pressTv002.body, pressTv001.body)).toEqual([]);
  });
});
