import type { RelatorDb } from './db';
import { write } from './tx';
import type { SettingKey, SettingRecord, Settings } from './types';

export async function getSetting<K extends SettingKey>(db: RelatorDb, key: K): Promise<Settings[K] | undefined> {
  const record = (await db.settings.get(key)) as SettingRecord<K> | undefined;
  return record?.value;
}

export async function setSetting<K extends SettingKey>(db: RelatorDb, key: K, value: Settings[K]): Promise<void> {
  await write(db, [db.settings], () => db.settings.put({ key, value } as SettingRecord));
}
