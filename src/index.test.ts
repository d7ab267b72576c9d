import { describe, expect, it } from 'vitest';
import * as wiretrace from './index.js';

describe('the library door', () => {
  it('exports exactly the public surface', () => {
    expect(Object.keys(wiretrace).sort()).toEqual(
      [
        'BoilerplateProfile',
        'CorpusLinker',
        'EXPORT_TABLES',
        'SqliteStore',
        'cleanText',
        'createAnalyzer',
        'createApp',
        'decodeBytes',
        'detectLanguage',
        'emptyAnalysis',
        'exportCsv',
        'exportJson',
        'exportJsonl',
        'extractBatches',
        'extractDocument',
        'extractHtml',
        'extractWindow',
        'ingest',
        'link',
        'main',
        'openStore',
        'parseStatedDate',
        'readSources',
        'resolveDbLocation',
        'startServer',
      ].sort(),
    );
  });

  it('cleans a scraped dump through the public door', () => {
    const cleaned = wiretrace.cleanText(
      'News / World\n\nA headline about rain\n\nRain fell across the region on Monday, forecasters said.\n\nSHARE THIS ARTICLE',
    );
    expect(cleaned.title).toBe('A headline about rain');
    expect(cleaned.paragraphs.map((p) => p.text)).toEqual([
      'Rain fell across the region on Monday, forecasters said.',
    ]);
  });
});
