// Outlets and titles given with line breaks (JSON Lines, a posted article) are stored on one line.

import { describe, expect, it } from 'vitest';
import { recordToItem } from '../sources/records.js';
import { documentId, extractDocument } from './index.js';

const record = {
  title: '  East pier\n  closes for repairs ',
  outlet: 'Harbour\nGazette\t ',
  text: 'The harbour master said the east pier would close on Friday. Repairs are due to start in spring.',
};

describe('an outlet and a title with line breaks in a record', () => {
  it('are stored on one line, their white space runs one space', () => {
    const item = recordToItem(record, 'mem/pier.jsonl#1');
    if (item.kind !== 'document') throw new Error('the record is a document');
    const article = extractDocument(item.doc);
    expect(article.outlet).toBe('Harbour Gazette');
    expect(article.title).toBe('East pier closes for repairs');
    // The id is a hash of the record as given: the same input keeps the id it had.
    expect(article.id).toBe(documentId(item.doc));
  });

  it('a page hinted such an outlet stores it on one line too', () => {
    const article = extractDocument({
      uri: 'mem/pier.html',
      mediaType: 'text/html',
      text: `<html><head><title>East pier</title></head><body><article><h1>East pier</h1><p>${record.text}</p></article></body></html>`,
      hints: { outlet: 'Harbour\r\nGazette' },
      meta: {},
      messages: [],
    });
    expect(article.outlet).toBe('Harbour Gazette');
  });
});
