import { toIso } from '../../core/model/ids';
import type { EventBundle, Id } from '../../core/model/types';
import { addBundle } from './bundle';
import type { RelatorDb } from './db';
import { getSetting } from './settings';
import { write } from './tx';
import type { SettingRecord } from './types';

/**
 * Inserts the built-in sample event on first run only. Runs at most once per database: once
 * seeded (or skipped because the user already had events) the `sample` setting remembers it, so
 * deleting or purging the sample never brings it back. Returns the sample's id when it was inserted.
 */
export async function seedSampleIfEmpty(db: RelatorDb, bundleFactory: () => EventBundle | Promise<EventBundle>): Promise<Id | null> {
  if ((await getSetting(db, 'sample')) !== undefined) return null;
  // Built outside the transaction: a factory may await non-IndexedDB work, which would end it.
  const bundle = await bundleFactory();
  return write(db, [...db.eventTables, db.settings], async () => {
    // Checked again inside: another window may have seeded since the first look.
    if ((await db.settings.get('sample')) !== undefined) return null;
    const empty = (await db.events.count()) === 0;
    if (empty) await addBundle(db, bundle);
    const record: SettingRecord<'sample'> = {
      key: 'sample',
      value: { eventId: empty ? bundle.event.id : null, at: toIso(db.ctx.nowMs()) },
    };
    await db.settings.put(record as SettingRecord);
    return empty ? bundle.event.id : null;
  });
}
