import { describe, expect, it } from 'vitest';
import { frequenciesOf, frequencyParts } from './frequency-snapshot.js';
import { type StoryDoc, StoryLinker } from './stories/index.js';

const doc = (id: string, title: string, body: string, names: string[] = []): StoryDoc => ({
  id,
  title,
  body,
  published: '2026-03-02T09:00:00Z',
  outlet: 'Test Wire',
  lang: 'en',
  entities: names.map((name) => ({ name, type: 'person' as const })),
});

const docs = [
  doc('a', 'Ferry strike in Varnhold', 'Crews of the Varnhold ferry stopped work at 6 on pier 12.', [
    'Ilse Marrow',
  ]),
  doc('b', 'Varnhold ferry talks resume', 'Talks on the ferry strike resumed with 40 crews.', [
    'Ilse Marrow',
  ]),
  doc('c', 'Orchard frost in Tessel', 'Growers in Tessel lost 300 hectares to frost.', ['Pavo Lind']),
];

/** Counts by key per group, and documents: what two linkers' frequencies are compared by (ids aside). */
const byKey = (linker: StoryLinker) => {
  const { docs, groups } = linker.frequencies();
  return {
    docs,
    groups: groups.map(({ keys, counts }) =>
      Object.fromEntries(keys.map((k, i) => [k, counts[i]]).filter(([, n]) => (n as number) > 0)),
    ),
  };
};

describe('the document frequencies saved beside the reuse index', () => {
  it('read back as saved, keys and counts per group', () => {
    const linker = new StoryLinker();
    for (const d of docs) linker.add(d);
    const saved = linker.frequencies();
    expect(saved.docs).toBe(3);
    const read = frequenciesOf({ version: 'any', parts: frequencyParts(saved) });
    expect(read).toEqual(saved);
  });

  it('read back as none, said once and why, when their bytes were damaged (the store still opens)', () => {
    const linker = new StoryLinker();
    for (const d of docs) linker.add(d);
    const damaged = (name: string, change: (data: Uint8Array) => Uint8Array) => ({
      version: 'any',
      parts: frequencyParts(linker.frequencies()).map((p) =>
        p.name === name ? { ...p, data: change(p.data) } : p,
      ),
    });
    const cut = (data: Uint8Array) => data.slice(0, data.length - 3);
    const garble = (data: Uint8Array) => data.map((b, i) => (i === 2 ? 0xff : b));
    const wrongCount = (data: Uint8Array) => new Uint8Array([...data, 0, 0, 0, 0]);
    const minus = (data: Uint8Array) => data.map((b, i) => (i < 4 ? 0xff : b));
    for (const [name, change, why] of [
      ['df', cut, /JSON/],
      ['df', garble, /encoded|decode|JSON/],
      ['df-keys-0', cut, /JSON/],
      ['df-keys-0', garble, /encoded|decode|JSON/],
      ['df-counts-0', wrongCount, /bytes for/],
      ['df-counts-0', minus, /negative count/],
    ] as const) {
      const reasons: string[] = [];
      expect(frequenciesOf(damaged(name, change), (r) => reasons.push(r))).toBeNull();
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toMatch(why);
    }
    // Another format's frequencies are not damaged ones: none, and nothing to say.
    const other = damaged('df', () => new TextEncoder().encode('{"format":99,"docs":3,"groups":0}'));
    const reasons: string[] = [];
    expect(frequenciesOf(other, (r) => reasons.push(r))).toBeNull();
    expect(reasons).toEqual([]);
  });

  it('are none in a snapshot saved without them', () => {
    expect(frequenciesOf({ version: 'any', parts: [{ name: 'ids', data: new Uint8Array() }] })).toBeNull();
  });

  it('loaded, less a document taken out and restored again, count what the whole replay counted', () => {
    const whole = new StoryLinker();
    for (const d of docs) whole.restore(d, `s-${d.id}`);
    const saved = frequenciesOf({ version: 'any', parts: frequencyParts(whole.frequencies()) })!;
    // A restart that restores only the third document's story: the first two stand in the loaded counts.
    const restart = new StoryLinker();
    restart.loadFrequencies(saved);
    restart.uncount(docs[2]);
    restart.pass(docs[0].published);
    restart.pass(docs[1].published);
    restart.restore(docs[2], 's-c');
    expect(byKey(restart)).toEqual(byKey(whole));
  });
});
