import { describe, expect, it } from 'vitest';
import type { MediaType, RawDocument } from '../model/index.js';
import { documentId, extractDocument, prepareText } from './index.js';

const raw = (text: string, mediaType: MediaType, title?: string): RawDocument => ({
  uri: 'scraped.txt',
  mediaType,
  text,
  hints: { title },
  meta: {},
  messages: [],
});

// As PolNeAR's New York Times pages came: UTF-8 read as Windows-1252 somewhere before the text was saved.
const MOJIBAKE =
  'The detainees held at GuantÃ¡namo Bay, Cuba, were moved last year, President Enrique PeÃ±a Nieto said.\n\n' +
  'â€œWe donâ€™t comment on that,â€\u009d the French ambassador, FranÃ§ois Delattre, told reporters on Monday.';

describe('text that a scraper read in the wrong encoding', () => {
  it('is turned back into the letters and quotation marks its writer typed, in dumps and records', () => {
    for (const mediaType of ['text/plain', 'application/x-wiretrace-record'] as const) {
      const article = extractDocument(raw(MOJIBAKE, mediaType, 'PeÃ±a Nieto visits GuantÃ¡namo'));
      expect(article.title).toBe('Peña Nieto visits Guantánamo');
      expect(article.body).toContain('held at Guantánamo Bay');
      expect(article.body).toContain('President Enrique Peña Nieto said.');
      expect(article.body).toContain(
        '“We don’t comment on that,” the French ambassador, François Delattre, told',
      );
      expect(article.body).not.toMatch(/Ã|â€/);
    }
  });

  it('is repaired when the page came decomposed (NFD), "Ã" written as "A" and a combining tilde', () => {
    const article = extractDocument(
      raw(MOJIBAKE.normalize('NFD'), 'text/plain', 'PeÃ±a Nieto'.normalize('NFD')),
    );
    expect(article.title).toBe('Peña Nieto');
    expect(article.body).toContain('President Enrique Peña Nieto said.');
  });

  it('is repaired in HTML pages too', () => {
    const page = `<html><head><title>Talks</title></head><body><article><p>${MOJIBAKE.replace('\n\n', '</p><p>')}</p></article></body></html>`;
    expect(extractDocument(raw(page, 'text/html')).body).toContain('François Delattre');
  });

  it('is repaired in the blocks a batch prepares for the outlet template, while the id still hashes what was read', () => {
    const doc = raw(MOJIBAKE, 'text/plain');
    expect(prepareText(doc)?.blocks.join('\n')).toContain('Guantánamo');
    expect(documentId(doc)).not.toBe(
      documentId(raw(MOJIBAKE.replace('GuantÃ¡namo', 'Guantánamo'), 'text/plain')),
    );
  });

  it('leaves text alone that was right: accents, curly quotes and signs of other languages', () => {
    const fine =
      'São Paulo’s mayor, Zoë Noël, said the château cost £5m (“à la carte”), Å. Åkesson added — 10 °C.';
    expect(extractDocument(raw(`${fine}\n\n${fine}`, 'text/plain')).body).toBe(`${fine}\n\n${fine}`);
  });
});
