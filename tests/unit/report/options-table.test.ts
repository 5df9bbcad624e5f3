import { describe, expect, it } from 'vitest';
import { parseExportArgs } from '../../../src/cli/commands/export';
import { COMMAND_INFO } from '../../../src/cli/commands/info';
import { REPORT_CHOICES, REPORT_DEFAULTS, REPORT_TOGGLES, resolveReportOptions } from '../../../src/core/report/options';
import { fakeIo } from '../cli/fake-io';

/*
 * The report's options are listed once (core/report/options.ts); the relatoría screen and
 * `relator export` both read that table, so an option added there reaches both.
 */
describe('the report options table', () => {
  it('names every option of the report once, as a choice or a yes/no', () => {
    const listed = [...REPORT_CHOICES.map((c) => c.key), ...REPORT_TOGGLES.map((o) => o.key)];
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(Object.keys(resolveReportOptions('es')).sort());
  });

  it('`relator export` takes each choice by its flag and refuses a value the table does not list', () => {
    const { io } = fakeIo();
    for (const choice of REPORT_CHOICES) {
      const last = choice.values[choice.values.length - 1]!;
      const parsed = parseExportArgs(['e.relator.json', `--${choice.flag}`, last, '-o', 'r.md'], io);
      expect(parsed.options, choice.flag).toEqual({ [choice.key]: last });
      expect(() => parseExportArgs(['e.relator.json', `--${choice.flag}`, 'otro', '-o', 'r.md'], io), choice.flag).toThrow(
        choice.values.join('|'),
      );
    }
  });

  it('`relator export` turns each yes/no option away from its default with its flag, and its usage lists every flag', () => {
    const { io } = fakeIo();
    for (const toggle of REPORT_TOGGLES) {
      const parsed = parseExportArgs(['e.relator.json', `--${toggle.flag}`, '-o', 'r.md'], io);
      expect(parsed.options, toggle.flag).toEqual({ [toggle.key]: !REPORT_DEFAULTS[toggle.key] });
      expect(COMMAND_INFO.export.usage).toContain(`[--${toggle.flag}]`);
    }
    for (const choice of REPORT_CHOICES) expect(COMMAND_INFO.export.usage).toContain(`[--${choice.flag} ${choice.values.join('|')}]`);
    // Listed once each (the usage once repeated its first line).
    expect(COMMAND_INFO.export.usage.match(/relator export/g)).toHaveLength(1);
  });
});
