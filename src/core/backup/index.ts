export { backupFileName, parseBackupFileName } from './names';
export { planRotation, type RotationEntry } from './rotation';
