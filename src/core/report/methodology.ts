import { live } from '../model/factories';
import type { EventBundle, Participant } from '../model/types';
import { formatSeconds } from '../timer/format';
import { turnTiming } from '../timer/turn-timing';
import { attributedAs } from './attribution';
import { oneLine } from './clean-text';
import type { ReportLabels } from './labels';
import type { AttributionPolicy } from './options';

/** What the methodology paragraph states, gathered from the event; the labels word it per language. */
export interface MethodologyFacts {
  panellists: number;
  participants: number;
  /** How the moderators are referred to under the attribution policy; empty when anonymous. */
  moderators: string[];
  questions: number;
  notes: number;
  /** Planned speaking time of the agenda, m:ss or h:mm:ss; null when nothing was planned. */
  planned: string | null;
  /** Speaking time of the turns held and finished, as the moderator's clock showed it. */
  actual: string | null;
  /** The session clock's running time. */
  session: string | null;
}

/**
 * The methodology the report prints when the rapporteur has not written one: format, people,
 * guiding questions, moderation, planned against actual time. The app offers it as a draft to edit.
 */
export function methodologyDraft(bundle: EventBundle, labels: ReportLabels, policy: AttributionPolicy): string {
  const people = live(bundle.participants);
  const moderators = people
    .filter((p: Participant) => p.role === 'moderator')
    .map((p) => attributedAs(p, policy, labels))
    .filter((name): name is string => name !== null && name !== '');
  const turns = live(bundle.turns);
  const planned = turns.reduce((sum, t) => sum + (t.plannedSeconds ?? 0), 0);
  let actual = 0;
  for (const t of turns) {
    const timing = turnTiming(t, null);
    if (timing.held && !timing.live && timing.actualSeconds !== null) actual += timing.actualSeconds;
  }
  const sessionSeconds = Math.floor(bundle.event.session.accumulatedMs / 1000);
  return labels.methodologyDraft({
    panellists: people.filter((p) => p.role === 'panellist').length,
    participants: people.length,
    moderators: moderators.map(oneLine),
    questions: live(bundle.questions).length,
    notes: live(bundle.notes).filter((n) => n.text.trim() !== '').length,
    planned: planned > 0 ? formatSeconds(Math.round(planned)) : null,
    actual: actual > 0 ? formatSeconds(actual) : null,
    session: sessionSeconds > 0 ? formatSeconds(sessionSeconds) : null,
  });
}
