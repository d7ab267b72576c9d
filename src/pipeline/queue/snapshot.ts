// The part of an outlet's template profile one document needs, so that any worker cleans it as one process would.

import { profileKeyOf } from '../../extract/index.js';
import { BoilerplateProfile, type TemplateVerdict } from '../../extract/text/boilerplate-profile.js';
import { splitBlocks } from '../../extract/text/clean-text.js';
import type { RawDocument } from '../../model/index.js';

/** Template verdicts for the lines of one document, taken from the profile after its window was observed. */
export interface ProfileSnapshot {
  key: string;
  outletDocs: number;
  /** Only lines the profile has seen; any other line is judged as never seen. */
  verdicts: Record<string, TemplateVerdict>;
}

/** The same bullet rule as the text cleaner, which asks about a line without its leading bullet. */
const stripBullet = (s: string): string => s.replace(/^[•·▪◦●*–-]\s*/u, '').trim();

/**
 * Snapshots the verdicts the cleaner may ask for: every block of the document as it is, trimmed, and
 * without a leading bullet. HTML pages are cleaned without a profile, so theirs is empty.
 */
export function snapshotProfile(profile: BoilerplateProfile, raw: RawDocument): ProfileSnapshot | null {
  if (raw.mediaType === 'text/html') return null;
  const key = profileKeyOf(raw);
  const verdicts: Record<string, TemplateVerdict> = Object.create(null);
  let outletDocs = 0;
  for (const block of splitBlocks(raw.text)) {
    for (const line of new Set([block, block.trim(), stripBullet(block)])) {
      const verdict = profile.verdict(key, line);
      outletDocs = verdict.outletDocs;
      if (verdict.docs > 0) verdicts[line] = verdict;
    }
  }
  if (outletDocs === 0) outletDocs = profile.verdict(key, '').outletDocs;
  return { key, outletDocs, verdicts };
}

/** A profile that answers from a snapshot: what a worker hands the cleaner instead of the whole corpus's counts. */
export class SnapshotProfile extends BoilerplateProfile {
  constructor(private readonly snapshot: ProfileSnapshot) {
    super();
  }

  override verdict(outletKey: string, line: string): TemplateVerdict {
    // hasOwn: after a JSON round trip the map is a plain object, and a line may read "constructor".
    if (outletKey === this.snapshot.key && Object.hasOwn(this.snapshot.verdicts, line))
      return this.snapshot.verdicts[line];
    return { template: false, docs: 0, outletDocs: this.snapshot.outletDocs };
  }
}
