import { describe, expect, it } from 'vitest';
import * as sources from './index.js';

describe('sources door', () => {
  it('exports exactly the public surface', () => {
    expect(Object.keys(sources).sort()).toEqual([
      'DEFAULT_MAX_DECOMPRESSED_BYTES',
      'DEFAULT_MAX_FILE_BYTES',
      'STDIN_INPUT',
      'decodeBytes',
      'readSources',
    ]);
    expect(sources.DEFAULT_MAX_FILE_BYTES).toBe(50 * 1024 * 1024);
    expect(sources.DEFAULT_MAX_DECOMPRESSED_BYTES).toBe(200 * 1024 * 1024);
    expect(sources.STDIN_INPUT).toBe('-');
  });

  it('yields problems rather than throwing when every input is bad', async () => {
    const items: sources.SourceItem[] = [];
    for await (const item of sources.readSources(['/nonexistent/a.txt', '/nonexistent/dir']))
      items.push(item);
    expect(items.map((i) => i.kind)).toEqual(['problem', 'problem']);
  });
});
