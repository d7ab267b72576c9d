import { describe, expect, it } from 'vitest';
import { DocFrequencies } from './frequencies.js';

describe('DocFrequencies', () => {
  it('counts documents per key and reads a count by key or by the slot bump returned', () => {
    const df = new DocFrequencies();
    const harbour = df.bump('harbour');
    df.bump('strike');
    expect(df.bump('harbour')).toBe(harbour);
    expect(df.countAt(harbour)).toBe(2);
    expect(df.get('harbour')).toBe(2);
    expect(df.get('strike')).toBe(1);
    expect(df.get('ferry')).toBe(0);
  });

  it('keeps counts as it grows past its first buffer', () => {
    const df = new DocFrequencies();
    const slots: number[] = [];
    for (let i = 0; i < 3000; i++) slots.push(df.bump(`word${i}`));
    df.bump('word7');
    expect(df.countAt(slots[7])).toBe(2);
    expect(df.countAt(slots[2999])).toBe(1);
    expect(new Set(slots).size).toBe(3000);
  });
});
