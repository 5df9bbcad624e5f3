/**
 * RELATOR_PROFILE=1 prints, on standard error, how long each phase of a command took. Each mark
 * closes the phase it names; the first one is measured from the start of the process, so it
 * holds Node's own start-up and the loading of the bundle.
 */
export interface PhaseProfiler {
  mark: (phase: string) => void;
  table: () => string;
}

export function phaseProfiler(): PhaseProfiler {
  const phases: Array<[string, number]> = [];
  let last = 0;
  return {
    mark(phase) {
      const now = performance.now();
      phases.push([phase, now - last]);
      last = now;
    },
    table() {
      const width = Math.max(5, ...phases.map(([name]) => name.length));
      const rows = phases.map(([name, ms]) => `${name.padEnd(width)} ${ms.toFixed(1).padStart(8)} ms`);
      return [...rows, `${'total'.padEnd(width)} ${last.toFixed(1).padStart(8)} ms`, ''].join('\n');
    },
  };
}
