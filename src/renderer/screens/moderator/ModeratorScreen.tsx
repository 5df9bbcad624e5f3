import { useEffect, useMemo, useRef } from 'preact/hooks';
import { changedTurns, currentTurn, enqueueTurn, moveInQueue, queuedTurns, removeFromQueue } from '../../../core/timer/queue';
import { chosenMesa } from '../../../core/mesas';
import type { Id, Mesa, Turn } from '../../../core/model/types';
import { foldLog } from '../../../core/timer/fold';
import { describeError } from '../../app/errors';
import { routeHref } from '../../app/router';
import { EventLoading, EventMissing, useEventOverview } from '../../components/EventMissing';
import { EventTabs } from '../../components/EventTabs';
import { MesaPicker } from '../../components/MesaPicker';
import { useNotices } from '../../components/Notices';
import { useT } from '../../i18n';
import { commandTurn, correctTurn, endTurn, startNext, type Correction } from '../../moderation/actions';
import { keyCommand } from '../../moderation/keys';
import { peopleById, speakerName } from '../../moderation/names';
import { openStageWindow } from '../../moderation/open-stage';
import { openStageChannel, type StageChannel } from '../../moderation/stage-channel';
import { useModeratorTurns } from '../../moderation/use-moderator-turns';
import { useShareRunningTurn } from '../../sync/use-share-timer';
import { useVenueDevices } from '../../venue/use-venue-devices';
import { pageNow } from '../../moderation/use-timer-now';
import {
  addParticipant,
  DEFAULT_MODERATOR_PREFS,
  liveParticipants,
  getModeratorMesa,
  getModeratorPrefs,
  getStageMessage,
  liveMesas,
  setModeratorMesa,
  setModeratorPrefs,
  setStageMessage,
  useLiveQuery,
  type ModeratorPrefs,
} from '../../store';
import '../../styles/mesas.css';
import '../../styles/moderator.css';
import { AddSpeakerForm, type SpeakerRequest } from './AddSpeakerForm';
import { EquityPanel } from './EquityPanel';
import { LiveTimer } from './LiveTimer';
import { SpeakerQueue } from './SpeakerQueue';
import { StageControls } from './StageControls';
import { ThresholdSettings } from './ThresholdSettings';
import { TimerControls, type ControlCommand } from './TimerControls';
import { TurnLog } from './TurnLog';
import { VenueDevicesPanel } from './VenueDevicesPanel';

const NO_MESAS: Mesa[] = [];

/**
 * The moderator's screen: queue, timer, stage display, turn log and speaking-time equity. In an
 * event with mesas it belongs to one of them (or the plenary), chosen here and remembered: every
 * list shows, and every new turn joins, that mesa only.
 */
export function ModeratorScreen({ eventId }: { eventId: string }) {
  const t = useT();
  const { notify } = useNotices();
  const overview = useEventOverview(eventId);
  const mesas = useLiveQuery(() => liveMesas(eventId), [eventId], NO_MESAS);
  const storedMesa = useLiveQuery(() => getModeratorMesa(eventId), [eventId], null);
  // A remembered mesa that was deleted since counts as the plenary.
  const mesaId = chosenMesa(storedMesa, mesas);
  const mesa = mesas.find((m) => m.id === mesaId) ?? null;
  const everyone = useLiveQuery(() => liveParticipants(eventId, true), [eventId], []);
  const prefs = useLiveQuery(() => getModeratorPrefs(eventId), [eventId], DEFAULT_MODERATOR_PREFS as ModeratorPrefs);
  const message = useLiveQuery(() => getStageMessage(eventId, mesaId), [eventId, mesaId], null);
  const { turns, all, save } = useModeratorTurns(eventId, mesaId);
  const people = useMemo(() => peopleById(everyone), [everyone]);
  const channel = useRef<StageChannel | null>(null);

  const current = currentTurn(turns);
  // In live sync, the running turn is also shared as live state with the other copies.
  useShareRunningTurn(eventId, mesaId, current);
  const queue = queuedTurns(turns);

  const fail = (error: unknown) => notify({ kind: 'error', text: t('moderator.errors.saveFailed', { message: describeError(error, t) }) });
  const write = (changed: readonly Turn[]) => save(changed).catch(fail);

  const command = (cmd: ControlCommand) => {
    const now = pageNow();
    if (cmd.type === 'next' || (cmd.type === 'toggle' && current === null)) {
      const result = startNext(turns, now);
      if (result.ok) void write(result.changed);
      else if (cmd.type === 'next' && current) void write([endTurn(current, now)]);
      return;
    }
    if (!current) return;
    const next = commandTurn(current, cmd, now);
    if (next) void write([next]);
  };

  // The latest handler, so the window listener is registered once and never acts on stale turns.
  const onKey = useRef<(e: KeyboardEvent) => void>(() => {});
  onKey.current = (e) => {
    const cmd = keyCommand(e);
    if (!cmd) return;
    e.preventDefault();
    command(cmd);
  };
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey.current(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  // The stage display and the remote on other devices of the venue network: the same view as the stage window,
  // and the remote's commands through the same handler as the buttons and keys.
  const next = queue[0] ?? null;
  const devices = useVenueDevices(
    eventId,
    mesaId,
    {
      mesaName: mesa?.name ?? null,
      log: current?.timerLog ?? null,
      speaker: speakerName(current ?? next, people),
      speaking: current !== null,
      idlePlannedMs: !current && next?.plannedSeconds != null ? next.plannedSeconds * 1000 : null,
      thresholds: { warningMs: prefs.warningMs, finalMs: prefs.finalMs },
      message: message?.text ?? null,
      queued: queue.length,
    },
    (cmd) => command(cmd),
  );
  const remotes = devices.grants.filter((g) => g.grant.kind === 'remote').reduce((sum, g) => sum + g.connected, 0);
  const seenRemotes = useRef(0);
  useEffect(() => {
    if (remotes > seenRemotes.current) notify({ kind: 'info', text: t('venue.remote.connectedNotice') });
    seenRemotes.current = remotes;
  }, [remotes]);

  useEffect(() => {
    channel.current = openStageChannel(eventId, mesaId);
    return () => channel.current?.close();
  }, [eventId, mesaId]);

  if (overview === undefined) return <EventLoading />;
  if (overview === null) return <EventMissing />;
  const { event, questions, participants } = overview;

  const move = (turnId: Id, toIndex: number) => {
    const moved = moveInQueue(turns, turnId, toIndex, pageNow());
    if (moved.ok) void write(changedTurns(turns, moved.turns));
  };
  const remove = (turn: Turn) => {
    const removed = removeFromQueue(turns, turn.id, pageNow());
    if (!removed.ok) return notify({ kind: 'error', text: t('moderator.errors.notQueued') });
    const name = speakerName(turn, people) ?? t('moderator.queue.unknownSpeaker');
    void write(changedTurns(turns, removed.turns)).then(() => notify({ kind: 'info', text: t('moderator.queue.removed', { name }) }));
  };
  const startThis = (turn: Turn) => {
    const result = startNext(turns, pageNow(), turn.id);
    if (result.ok) void write(result.changed);
    else notify({ kind: 'error', text: t('moderator.errors.notQueued') });
  };
  const add = async (request: SpeakerRequest): Promise<boolean> => {
    try {
      const person = 'id' in request.person ? people.get(request.person.id) : await addParticipant(eventId, request.person);
      if (!person) return false;
      // Numbered after every turn of the event, so turns of different mesas never share a place.
      const result = enqueueTurn(all, eventId, {
        speakerId: person.id,
        questionId: request.questionId,
        plannedSeconds: request.plannedSeconds,
        mesaId,
      });
      if (!result.ok) {
        notify({ kind: 'error', text: t('moderator.add.minutesInvalid') });
        return false;
      }
      await save(changedTurns(all, result.turns));
      notify({ kind: 'info', text: t('moderator.add.added', { name: person.name }) });
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };
  const correct = async (turn: Turn, correction: Correction) => {
    const result = correctTurn(turn, correction, pageNow());
    if (typeof result === 'string') return result;
    if (result !== turn) {
      await write([result]);
      notify({ kind: 'info', text: t('moderator.log.saved') });
    }
    return null;
  };
  const setMessage = async (text: string | null) => {
    try {
      const saved = await setStageMessage(eventId, text, mesaId);
      channel.current?.post({ type: 'message', text: saved?.text ?? null });
    } catch (error) {
      fail(error);
    }
  };
  const openStage = async () => {
    if (!(await openStageWindow(eventId, mesaId, mesa?.name ?? null))) notify({ kind: 'error', text: t('moderator.stage.blocked') });
  };
  const savePrefs = (next: ModeratorPrefs) => void setModeratorPrefs(eventId, next).catch(fail);

  const currentPhase = current ? foldLog(current.timerLog).phase : null;
  return (
    <article class="moderator-screen" aria-labelledby="event-title">
      <nav class="breadcrumbs">
        <a href={routeHref({ name: 'library' })}>← {t('event.back')}</a>
      </nav>
      <h1 id="event-title">{event.title || t('library.untitled')}</h1>
      <EventTabs eventId={event.id} current="moderator" />
      <MesaPicker
        mesas={mesas}
        mesaId={mesaId}
        onChange={(next) => void setModeratorMesa(eventId, next).catch(fail)}
        label={t('moderator.mesa.label')}
        hint={t('moderator.mesa.hint')}
        plenaryLabel={t('mesas.plenary')}
        class="moderator-mesa"
      />
      <div class="moderator-grid">
        <section class="panel timer-panel" aria-labelledby="timer-title">
          <h2 id="timer-title">{t('moderator.timer.heading')}</h2>
          <LiveTimer
            current={current}
            next={queue[0] ?? null}
            currentName={speakerName(current, people)}
            nextName={speakerName(queue[0] ?? null, people)}
            prefs={prefs}
          />
          <TimerControls phase={currentPhase} queued={queue.length} onCommand={command} />
          <ThresholdSettings prefs={prefs} onSave={savePrefs} />
          <StageControls
            message={message}
            mesaName={mesa?.name ?? null}
            onOpen={() => void openStage()}
            onMessage={(m) => void setMessage(m)}
          />
          <VenueDevicesPanel eventId={eventId} devices={devices} />
        </section>
        <section class="panel queue-panel" aria-labelledby="queue-title">
          <h2 id="queue-title">{t('moderator.queue.heading')}</h2>
          <SpeakerQueue queue={queue} people={people} questions={questions} onMove={move} onRemove={remove} onStart={startThis} />
          <AddSpeakerForm participants={participants} questions={questions} onAdd={add} />
        </section>
      </div>
      <section class="panel" aria-labelledby="log-title">
        <h2 id="log-title">{t('moderator.log.heading')}</h2>
        <TurnLog turns={turns} people={people} participants={participants} questions={questions} onCorrect={correct} />
      </section>
      <section class="panel" aria-labelledby="equity-title">
        <h2 id="equity-title">{t('moderator.equity.heading')}</h2>
        <EquityPanel turns={turns} participants={everyone} people={people} />
      </section>
    </article>
  );
}
