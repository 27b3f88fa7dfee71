import { diffLines } from 'diff';
import type { DiffPart } from '@digihjaelp/contract';
import { guideHandout, type Handout, type HandoutSource } from '@digihjaelp/markdown';

/**
 * What a translation is measured against: the Danish citizen text as the handout prints it. A
 * change elsewhere in a staff guide (its staff-only boxes, tags, status) leaves a translation current.
 */
export function danishCitizenText(content: HandoutSource): Handout | null {
  return guideHandout(content);
}

export interface Staleness {
  stale: boolean;
  /** The Danish text's changes since the base version, line by line; empty when current. */
  changes: DiffPart[];
}

/** `base`: the Danish guide at the version translated from (null when that revision is gone). */
export function staleness(base: HandoutSource | null, current: HandoutSource): Staleness {
  const before = base ? (danishCitizenText(base)?.text ?? '') : '';
  const after = danishCitizenText(current)?.text ?? '';
  if (before === after) return { stale: false, changes: [] };
  const changes = diffLines(`${before}\n`, `${after}\n`).map((change) => ({
    value: change.value,
    change: change.added ? ('added' as const) : change.removed ? ('removed' as const) : ('same' as const),
  }));
  return { stale: true, changes };
}
