// Workers clean a document from its profile snapshot exactly as one process cleans it with the whole profile.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BoilerplateProfile, documentId, extractDocument, observeDocument } from '../../src/extract/index.js';
import type { RawDocument } from '../../src/model/index.js';
import { processDocument, SnapshotProfile, snapshotProfile } from '../../src/pipeline/queue/index.js';
import { readSources } from '../../src/sources/index.js';
import { fakeAnalyzer } from '../store/helpers.js';
import { writeCorpus } from './corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'wiretrace-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(inputs: string[]): Promise<RawDocument[]> {
  const docs: RawDocument[] = [];
  for await (const item of readSources(inputs)) if (item.kind === 'document') docs.push(item.doc);
  return docs;
}

describe('profile snapshots', () => {
  it('give every document of a corpus the article the whole profile gives', async () => {
    writeCorpus(dir, 3);
    const docs = await read([dir]);
    expect(docs).toHaveLength(20);
    const profile = new BoilerplateProfile();
    for (const raw of docs) observeDocument(profile, raw);
    let templated = 0;
    for (const raw of docs) {
      const expected = extractDocument(raw, { profile });
      // Through JSON, as a job travels through Redis.
      const job = JSON.parse(
        JSON.stringify({ id: documentId(raw), raw, profile: snapshotProfile(profile, raw) }),
      );
      const got = processDocument(job, fakeAnalyzer);
      expect(got.article).toEqual(expected);
      expect(got.analysis).toEqual(fakeAnalyzer.analyze(expected));
      templated += expected.removed.filter((r) => r.reason.startsWith('outlet template')).length;
    }
    // The corpus has shared furniture, so the profile really was consulted.
    expect(templated).toBeGreaterThan(0);
  });

  it("cut prose the outlet printed on many days (an editor's note) in a worker too", () => {
    const note =
      "Editor's note: the candidate has repeatedly pledged to ban members of an entire religion from entering.";
    const docs: RawDocument[] = ['2016-08-05', '2016-08-11', '2016-09-16', '2016-10-14'].map((day, n) => ({
      uri: `post-${n}.txt`,
      mediaType: 'text/plain',
      text: `Rally number ${n} in a new town\n\nThe candidate spoke for an hour at rally ${n}, and the crowd cheered him on.\n\n${note}`,
      hints: { outlet: 'The Post', published: day },
      meta: {},
      messages: [],
    }));
    const profile = new BoilerplateProfile();
    for (const raw of docs) observeDocument(profile, raw);
    for (const raw of docs) {
      const expected = extractDocument(raw, { profile });
      expect(expected.removed.map((r) => r.text)).toContain(note);
      const job = JSON.parse(
        JSON.stringify({ id: documentId(raw), raw, profile: snapshotProfile(profile, raw) }),
      );
      expect(processDocument(job, fakeAnalyzer).article).toEqual(expected);
    }
  });

  it('fail a job whose article is over the per-article limit, naming it and its size, before analysis', () => {
    const raw: RawDocument = {
      uri: 'log.txt',
      mediaType: 'text/plain',
      text: `Keeper's log\n\n${'The keeper logged passing trawlers before the fog lifted. '.repeat(40)}`,
      hints: {},
      meta: {},
      messages: [],
    };
    const job = { id: documentId(raw), raw, profile: null };
    expect(() => processDocument(job, fakeAnalyzer, 1024)).toThrow(
      /^log\.txt: article .*has 2\.\d KiB of clean text, over the per-article limit of 1 KiB$/,
    );
    expect(processDocument(job, fakeAnalyzer).article.body).toContain('passing trawlers');
  });

  it('answers lines it never saw as never seen, even names of object properties', () => {
    const snap = new SnapshotProfile({
      key: 'outlet:x',
      outletDocs: 7,
      lines: { 'Share this': { docs: 6, outletDocs: 7, days: 0 } },
    });
    expect(snap.verdict('outlet:x', 'Share this')).toEqual({
      template: true,
      docs: 6,
      outletDocs: 7,
      days: 0,
    });
    expect(snap.verdict('outlet:x', 'constructor')).toEqual({
      template: false,
      docs: 0,
      outletDocs: 7,
      days: 0,
    });
    expect(snap.verdict('outlet:y', 'Share this').template).toBe(false);
  });

  it('leaves HTML pages without a snapshot (they are cleaned without a profile)', () => {
    const raw: RawDocument = {
      uri: 'a.html',
      mediaType: 'text/html',
      text: '<p>x</p>',
      hints: {},
      meta: {},
      messages: [],
    };
    expect(snapshotProfile(new BoilerplateProfile(), raw)).toBeNull();
  });
});
