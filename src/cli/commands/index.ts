import type { Command } from '../command';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { importProgramCommand } from './import-program';
import { questionsCommand } from './questions';
import { schemaCommand } from './schema';
import { validateCommand } from './validate';

/** Every `relator` sub-command, in the order `relator --help` lists them. Add new commands here. */
export const COMMANDS: Command[] = [validateCommand, demoCommand, schemaCommand, exportCommand, questionsCommand, importProgramCommand];
