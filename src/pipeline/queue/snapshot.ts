// The part of an outlet's template profile one document needs, so that any worker cleans it as one process would.

import { profileKeyOf } from '../../extract/index.js';
import { BoilerplateProfile, type LineCounts } from '../../extract/text/boilerplate-profile.js';
import { splitBlocks, stripBullet } from '../../extract/text/clean-text.js';
import type { RawDocument } from '../../model/index.js';

/** Template counts for the lines of one document, taken from the profile after its window was observed. */
export interface ProfileSnapshot {
  key: string;
  outletDocs: number;
  /** Only lines the profile has seen; any other line is judged as never seen. */
  lines: Record<string, LineCounts>;
}

/**
 * Snapshots the counts the cleaner may ask about: every block of the document as it is, trimmed, and
 * without a leading bullet. HTML pages are cleaned without a profile, so theirs is empty.
 */
export function snapshotProfile(profile: BoilerplateProfile, raw: RawDocument): ProfileSnapshot | null {
  if (raw.mediaType === 'text/html') return null;
  const key = profileKeyOf(raw);
  const lines: Record<string, LineCounts> = Object.create(null);
  for (const block of splitBlocks(raw.text)) {
    for (const line of new Set([block, block.trim(), stripBullet(block)])) {
      const counts = profile.counts(key, line);
      if (counts.docs > 0) lines[line] = counts;
    }
  }
  return { key, outletDocs: profile.counts(key, '').outletDocs, lines };
}

/** A profile that answers from a snapshot: what a worker hands the cleaner instead of the whole corpus's counts. */
export class SnapshotProfile extends BoilerplateProfile {
  constructor(private readonly snapshot: ProfileSnapshot) {
    super();
  }

  override counts(outletKey: string, line: string): LineCounts {
    // hasOwn: after a JSON round trip the map is a plain object, and a line may read "constructor".
    if (outletKey === this.snapshot.key && Object.hasOwn(this.snapshot.lines, line))
      return this.snapshot.lines[line];
    return { docs: 0, outletDocs: this.snapshot.outletDocs, days: 0 };
  }
}
