import { createEvent, createParticipant, createQuestion, createTurn, systemContext, type RecordContext } from '../model/factories';
import type { EventBundle, Language, RelatorEvent } from '../model/types';
import { PROGRAM_MIN_MESAS, promoteMesaBlocks } from '../file-format/migrate';
import { agendaSegments } from './agenda';
import type { SetupDraft } from './draft';

/** The event's own data as the setup form holds it. */
export type SetupEventFields = Pick<RelatorEvent, 'title' | 'subtitle' | 'date' | 'startTime' | 'place' | 'organisers' | 'objectives'> & {
  language?: Language;
  timeZone?: string;
};

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
const tidyList = (list: readonly string[]) => list.map((s) => s.trim()).filter(Boolean);

/**
 * The whole new event from the setup draft, ready for one atomic import: the draft's keys
 * become record ids, so the agenda's turns point at the right question and speaker. Agenda
 * items are written as turns with planned figures only (no actual start), in question order.
 */
export function buildSetupBundle(fields: SetupEventFields, draft: SetupDraft, ctx: RecordContext = systemContext): EventBundle {
  const { language, timeZone, ...rest } = fields;
  const event = createEvent(
    {
      ...rest,
      title: tidy(rest.title),
      subtitle: tidy(rest.subtitle),
      place: tidy(rest.place),
      organisers: tidyList(rest.organisers),
      objectives: tidyList(rest.objectives),
      ...(language ? { language } : {}),
      ...(timeZone ? { timeZone } : {}),
    },
    ctx,
  );
  // A program's headings that name mesas ("Mesa 1", "Mesa 2") become the event's mesas.
  const { mesas, questions } = promoteMesaBlocks(
    event,
    draft.questions.map((q, order) => ({
      ...createQuestion(event.id, { text: q.text, order, block: q.block }, ctx),
      id: q.key,
    })),
    PROGRAM_MIN_MESAS,
  );
  const participants = draft.participants.map((p) => ({
    ...createParticipant(
      event.id,
      { name: p.name, position: p.position, affiliation: p.affiliation, role: p.role, gender: p.gender, sector: p.sector },
      ctx,
    ),
    id: p.key,
  }));
  const people = new Set(participants.map((p) => p.id));
  let order = 0;
  const turns = agendaSegments(draft).flatMap((segment) =>
    segment.items.map((item) => ({
      ...createTurn(
        event.id,
        {
          questionId: segment.question.key,
          speakerId: item.speakerKey !== null && people.has(item.speakerKey) ? item.speakerKey : null,
          order: order++,
          plannedSeconds: item.plannedMinutes === null ? null : Math.round(item.plannedMinutes * 60),
        },
        ctx,
      ),
      id: item.key,
    })),
  );
  return { event, mesas, questions, participants, notes: [], turns, syntheses: [], photos: [] };
}
