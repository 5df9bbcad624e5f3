import type { Command } from '../command';

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
    usage:
      'relator export EVENT.relator.json --format docx|md|csv|pdf [--lang es|en] [--no-annex] [--starred-only] [--mark-starred] ' +
      '[--timestamps clock|elapsed|none] [--group kind|chronological] [--attribution name|role|none] [--no-speaking-time] ' +
      '[--program body|annex|none] [--attendance-list] [--no-photos] [--template ORG.docx] [--encoding windows-1252] -o OUT',
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
