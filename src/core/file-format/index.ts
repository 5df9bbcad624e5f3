export { parseEventFile, checkFileSize, type ParseResult, type ParseOptions } from './parse';
export { serializeEventFile, type SerializeMeta } from './serialize';
export { describeFileError, type MessageHost } from './describe';
export { decodeFile, decodeProblemError, type DecodedFile, type FileSubject } from './decode-file';
export type { FileError, FileErrorCode, FileWarning, FileWarningCode, FileErrorParams } from './errors';
export { EventFileSchema, type EventFile, type PendingConflict } from './schema';
export { migrateV1, PROGRAM_MIN_MESAS, promoteMesaBlocks } from './migrate';
export { eventFileJsonSchema } from './json-schema';
export { EVENT_FILE_FORMAT, EVENT_FILE_VERSION, MAX_EVENT_FILE_BYTES, LIMITS } from './limits';
