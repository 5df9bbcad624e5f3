/**
 * The store the UI talks to: every domain-level read and write against the app's database.
 * Reads (`list*`, `get*`, `live*`) may be passed to `useLiveQuery`, which re-runs them after
 * every write that concerns them. Each function here also exists with an explicit `db` first
 * argument in its module (events.ts, notes.ts…) for tests and tools.
 */
import { systemContext } from '../../core/model/factories';
import type { Id } from '../../core/model/types';
import * as attendance from './attendance';
import * as bin from './bin';
import * as bundle from './bundle';
import * as changes from './changes';
import { DEFAULT_DB_NAME, RelatorDb } from './db';
import * as drafts from './drafts';
import * as events from './events';
import * as mergeConflicts from './merge-conflicts';
import * as author from './author';
import * as mesaChoice from './mesa-choice';
import * as mesas from './mesas';
import * as moderation from './moderation';
import * as noteLists from './note-lists';
import * as notePatches from './note-patches';
import * as notes from './notes';
import * as participants from './participants';
import * as photos from './photos';
import * as queries from './queries';
import * as questions from './questions';
import * as seed from './seed';
import * as settings from './settings';
import * as setupDraft from './setup-draft';
import * as syntheses from './syntheses';
import * as sync from './sync';
import * as turns from './turns';
import type { SettingKey, Settings } from './types';

export { RelatorDb } from './db';
export { StoreError, isStoreError, isEditConflict, toStoreError, type StoreErrorCode } from './errors';
export { requestPersistence } from './persistence';
export { useLiveQuery, useLiveQueryResult, useSubscription, subscribeLive } from './live';
export type { NoteListScope } from './note-lists';
export type { EventOverview, EventSummary } from './queries';
export type { NoteFields } from './notes';
export type { NoteWrite } from './note-patches';
export type { Draft, DraftBase, DraftKey, PendingMergeConflict, SavedSetupDraft, SettingKey, Settings } from './types';
export { fieldSlot, noteSlot, type EventTextField } from './types';

let current: RelatorDb | null = null;

/** The app's database, created on first use (Dexie opens it with the first query). */
export function getDb(): RelatorDb {
  current ??= new RelatorDb(DEFAULT_DB_NAME, systemContext);
  return current;
}

/** Points the store at another database (tests, or a profile); closes the previous one. */
export function setDb(db: RelatorDb): void {
  if (current && current !== db) current.close();
  current = db;
}

function bound<A extends unknown[], R>(fn: (db: RelatorDb, ...args: A) => R): (...args: A) => R {
  return (...args) => fn(getDb(), ...args);
}

/**
 * As `bound`, for a module loaded on first use: its code stays out of the app's first load. The
 * module is loaded before `fn` runs, so before it opens a transaction (one must not await anything
 * but Dexie while it is open).
 */
function boundLater<M, A extends unknown[], R>(
  load: () => Promise<M>,
  pick: (module: M) => (db: RelatorDb, ...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args) => pick(await load())(getDb(), ...args);
}

// Events
export const listEventSummaries = bound(queries.listEventSummaries);
export const getEvent = bound(events.getEvent);
export const createEvent = bound(events.createEvent);
export const updateEvent = bound(events.updateEvent);
export const deleteEvent = bound(events.deleteEvent);
export const restoreEvent = bound(events.restoreEvent);
export const duplicateEvent = bound(bundle.duplicateEvent);
export const startSession = bound(events.startSession);
export const pauseSession = bound(events.pauseSession);
export const replaceAttendanceList = bound(attendance.replaceAttendanceList);
export const setAttendanceCounts = bound(attendance.setAttendanceCounts);
export const livePhotos = bound(photos.livePhotos);
export const addPhotos = bound(photos.addPhotos);
export const updatePhotoCaption = bound(photos.updatePhotoCaption);
export const deletePhoto = bound(photos.deletePhoto);
export const movePhoto = bound(photos.movePhoto);
export type { NewPhoto } from './photos';

// Whole events (files)
export const getBundle = bound(bundle.getBundle);
export const getEventFileContent = bound(bundle.getEventFileContent);
export const importBundle = bound(bundle.importBundle);
export const seedSampleIfEmpty = bound(seed.seedSampleIfEmpty);

// What changed, for the automatic backups
export { emptyChanges, mergeChanges, type EventChanges } from './changes';
export const watchEventChanges = bound(changes.watchEventChanges);
export const changedEventIds = bound(changes.changedEventIds);

// Questions
export const addQuestion = bound(questions.addQuestion);
export const updateQuestion = bound(questions.updateQuestion);
export const deleteQuestion = bound(questions.deleteQuestion);
export const reorderQuestions = bound(questions.reorderQuestions);

// Mesas
export const addMesa = bound(mesas.addMesa);
export const updateMesa = bound(mesas.updateMesa);
export const deleteMesa = bound(mesas.deleteMesa);
export const restoreMesa = bound(mesas.restoreMesa);
export const liveMesas = bound(mesas.listMesas);

// Who writes on this installation, and in which mesa
export const getAuthor = bound(author.getAuthor);
export const liveAuthor = bound(author.peekAuthor);
export const setAuthorName = bound(author.setAuthorName);
export const getCaptureMesa = bound(mesaChoice.getCaptureMesa);
export const setCaptureMesa = bound(mesaChoice.setCaptureMesa);
export const getModeratorMesa = bound(mesaChoice.getModeratorMesa);
export const setModeratorMesa = bound(mesaChoice.setModeratorMesa);

// Participants
export const addParticipant = bound(participants.addParticipant);
export const updateParticipant = bound(participants.updateParticipant);
export const deleteParticipant = bound(participants.deleteParticipant);
export const restoreParticipant = bound(participants.restoreParticipant);

// Notes
export const listEventNotes = bound(notes.listEventNotes);
export const addNote = bound(notes.addNote);
export const updateNote = bound(notes.updateNote);
export const applyNotePatches = bound(notePatches.applyNotePatches);

// The notes' bin
export const listBin = bound(bin.listBin);
export const restoreFromBin = bound(bin.restoreFromBin);
export const emptyBin = bound(bin.emptyBin);

// Turns
export const deleteTurn = bound(turns.deleteTurn);

// Syntheses and drafts
export const getSynthesis = bound(syntheses.getSynthesis);
export const saveSynthesis = bound(syntheses.saveSynthesis);

// Merging event files into a stored event. The merge (and the file format's checks and zod, which it
// needs) loads with the first merge: tests/e2e/startup-load.spec.ts keeps zod out of the first load.
const loadMerge = () => import('./merge');
export const mergeIntoEvent = boundLater(loadMerge, (m) => m.mergeIntoEvent);
export const resolveMergeConflict = boundLater(loadMerge, (m) => m.resolveMergeConflict);
// The texts merges kept aside for review: read and let go without loading the merge itself.
export const liveMergeConflicts = bound(mergeConflicts.listMergeConflicts);
export const dismissMergeConflict = bound(mergeConflicts.dismissMergeConflict);
export const listDrafts = bound(drafts.listDrafts);
export const saveDraft = bound(drafts.saveDraft);
export const clearDraft = bound(drafts.clearDraft);
export const discardDraft = bound(drafts.discardDraft);
export const adoptDraft = bound(drafts.adoptDraft);

// Live sync: the synced events' records read and written by the engine (src/renderer/sync)
export type { SyncWrite } from './sync';
export const findBundle = bound(sync.findBundle);
export const readSyncRecords = bound(sync.readSyncRecords);
export const applySyncWrites = bound(sync.applySyncWrites);

// Settings
export const getSetting = <K extends SettingKey>(key: K) => settings.getSetting(getDb(), key);
export const setSetting = <K extends SettingKey>(key: K, value: Settings[K]) => settings.setSetting(getDb(), key, value);

// Live queries: queriers for useLiveQuery(() => liveX(...), deps, initial).
export const liveEventOverview = bound(queries.getEventOverview);
export const liveQuestions = bound(questions.listQuestions);
export const liveParticipants = bound(participants.listParticipants);
export const liveNotes = (eventId: Id, questionId: Id | null) => notes.listNotes(getDb(), eventId, questionId);
/** A note list kept current by re-reading only the notes each write names (for lists of thousands of notes). */
export const subscribeNotes = bound(noteLists.subscribeNoteList);
export const liveTurns = bound(turns.listTurns);

// Moderation: several turns written together, and this machine's moderator preferences
export { validPrefs, DEFAULT_MODERATOR_PREFS, MAX_STAGE_MESSAGE, type ModeratorPrefs, type StageMessage } from './moderation';
export const saveTurns = bound(moderation.saveTurns);
export const getModeratorPrefs = bound(moderation.getModeratorPrefs);
export const setModeratorPrefs = bound(moderation.setModeratorPrefs);
export const getStageMessage = bound(moderation.getStageMessage);
export const setStageMessage = bound(moderation.setStageMessage);

// The setup screen's unfinished work
export type { SetupDraftInput } from './setup-draft';
export const saveSetupDraft = bound(setupDraft.saveSetupDraft);
export const getSetupDraft = bound(setupDraft.getSetupDraft);
export const clearSetupDraft = bound(setupDraft.clearSetupDraft);
