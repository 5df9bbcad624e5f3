import type { ThresholdKind } from '../../core/timer/thresholds';

/**
 * A short synthesized tone at each threshold (no audio files to ship). Higher and repeated as time
 * runs out, so the moderator can tell the thresholds apart without looking.
 */
const TONES: Record<ThresholdKind, { hz: number; beeps: number }> = {
  warning: { hz: 660, beeps: 1 },
  final: { hz: 880, beeps: 2 },
  overtime: { hz: 990, beeps: 3 },
};

let context: AudioContext | null = null;

export function playChime(kind: ThresholdKind): void {
  const Ctor = globalThis.AudioContext;
  if (!Ctor) return;
  try {
    context ??= new Ctor();
    const { hz, beeps } = TONES[kind];
    const start = context.currentTime;
    for (let i = 0; i < beeps; i += 1) {
      const at = start + i * 0.22;
      const osc = context.createOscillator();
      const gain = context.createGain();
      osc.frequency.value = hz;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.18);
      osc.connect(gain).connect(context.destination);
      osc.start(at);
      osc.stop(at + 0.2);
    }
  } catch {
    // Audio is a convenience: a browser that refuses it must not break the timer.
  }
}
