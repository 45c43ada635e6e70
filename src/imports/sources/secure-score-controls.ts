import { parseStamp } from '../dates.js';
import type { JsonView } from '../input/json-view.js';
import type { ExcludedControl, Reading } from '../types.js';
import { word } from './common.js';
import { own } from '../../schema/names.js';

/**
 * Control states that mean "we will not implement this control": the
 * framework's caveat that Secure Score "might not be accurate for
 * organizations that aren't willing to implement all controls".
 * Graph writes Default, Ignored, ThirdParty or Reviewed; the portal calls
 * Ignored "risk accepted". Default and Reviewed keep the control in.
 */
const LEFT_OUT: Readonly<Record<string, string>> = {
  ignored: 'risk accepted (Ignored)',
  riskaccepted: 'risk accepted',
  thirdparty: 'resolved through a third party (ThirdParty)',
  alternatemitigation: 'resolved through alternate mitigation',
  resolvedthroughalternatemitigation: 'resolved through alternate mitigation',
};

/** The controls whose latest state update leaves them out of the adjusted score. */
export function excludedControls(profiles: readonly JsonView[], reading: Reading): ExcludedControl[] {
  const out: ExcludedControl[] = [];
  for (const p of profiles) {
    if (p.get('deprecated')?.bool() === true) continue;
    const latest = latestUpdate(p.get('controlStateUpdates')?.items() ?? []);
    const state = latest?.get('state')?.text() ?? '';
    const reason = own(LEFT_OUT, word(state));
    if (!reason || !latest) continue;
    const id = p.get('id')?.text();
    const maxScore = p.get('maxScore')?.number();
    if (!id) {
      reading.problems.push(
        p.problem(
          'missing-key',
          'a control marked to be left out has no id',
          'save the whole secureScoreControlProfiles answer',
        ),
      );
      continue;
    }
    if (maxScore === undefined || maxScore < 0) {
      reading.problems.push(
        (p.get('maxScore') ?? p).problem(
          maxScore === undefined ? 'missing-key' : 'out-of-range',
          `control ${id} has no usable maxScore, which the adjusted score needs`,
          'save the whole secureScoreControlProfiles answer',
        ),
      );
      continue;
    }
    const updated = parseStamp(latest.get('updatedDateTime')?.text() ?? '')?.date;
    out.push({
      id,
      title: p.get('title')?.text() ?? id,
      state,
      reason,
      maxScore,
      comment: (latest.get('comment')?.text() ?? '').trim(),
      ...(updated ? { updated } : {}),
      notListedIn: [],
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** The update that decides a control's state: the newest, or the last written when they carry no date. */
function latestUpdate(updates: readonly JsonView[]): JsonView | undefined {
  let best: JsonView | undefined;
  let bestAt = -Infinity;
  for (const u of updates) {
    const at = parseStamp(u.get('updatedDateTime')?.text() ?? '')?.instant ?? -Infinity;
    if (at >= bestAt) [best, bestAt] = [u, at];
  }
  return best;
}

/** A snapshot's points per control (controlScores[].controlName → score), or undefined when it does not list them. */
export function controlPoints(snapshot: JsonView): Map<string, number> | undefined {
  const list = snapshot.get('controlScores');
  if (!list?.isArray) return undefined;
  const items = list.items();
  if (items.length === 0 || items.some((i) => !i.isObject)) return undefined;
  const points = new Map<string, number>();
  for (const i of items) {
    const name = i.get('controlName')?.text();
    const score = i.get('score')?.number();
    if (name !== undefined && score !== undefined) points.set(name, (points.get(name) ?? 0) + score);
  }
  return points;
}
