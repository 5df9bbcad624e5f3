import type { Command } from '../command';
import { REPORT_CHOICES, REPORT_TOGGLES } from '../../core/report/options';

export type CommandInfo = Omit<Command, 'run'>;

/**
 * What `relator --help` shows of each command, apart from its code (the summaries are in
 * messages.ts): the registry can list every command without loading any of them.
 */
export const COMMAND_INFO = {
  validate: {
    name: 'validate',
    usage: 'relator validate FILE [--encoding windows-1252]',
  },
  demo: {
    name: 'demo',
    usage: 'relator demo --notes N [--seed S] -o FILE',
  },
  schema: {
    name: 'schema',
    usage: 'relator schema [-o FILE]',
  },
  export: {
    name: 'export',
    // The report's options as core/report's table lists them (the relatoría screen reads the same table).
    usage: [
      'relator export EVENT.relator.json --format docx|md|csv|pdf',
      ...REPORT_CHOICES.map((c) => `[--${c.flag} ${c.values.join('|')}]`),
      ...REPORT_TOGGLES.map((o) => `[--${o.flag}]`),
      '[--mesa NAME|ID | --general] [--template ORG.docx] [--encoding windows-1252] -o OUT',
    ].join(' '),
  },
  questions: {
    name: 'questions',
    usage: 'relator questions FILE.txt [--encoding windows-1252]',
  },
  importProgram: {
    name: 'import-program',
    usage: 'relator import-program FILE.txt [--title T] [--date YYYY-MM-DD] [--encoding windows-1252] -o EVENT.relator.json',
  },
  merge: {
    name: 'merge',
    usage: 'relator merge A.relator.json B.relator.json [...] [--conflicts REPORT.json] [--encoding windows-1252] -o OUT.relator.json',
  },
} satisfies Record<string, CommandInfo>;
