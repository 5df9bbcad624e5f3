import { describe, expect, it } from 'vitest';
import { softDelete } from '../../../src/core/model';
import { GENERAL, scopeOf } from '../../../src/renderer/screens/report/report-scope';
import { reportMesas } from '../../../src/core/report';
import { mesasBundle } from '../report/mesas-fixture';

describe('the relatoría screen’s scope', () => {
  const bundle = mesasBundle();
  const mesas = reportMesas(bundle);
  const sur = mesas.find((m) => m.name === 'Mesa Sur')!;

  it('is the general relatoría or a live mesa’s; an event without mesas has none to choose', () => {
    expect(scopeOf(GENERAL, mesas)).toEqual({ kind: 'general' });
    expect(scopeOf(sur.id, mesas)).toEqual({ kind: 'mesa', mesaId: sur.id });
    expect(scopeOf(GENERAL, [])).toBeUndefined();
    expect(scopeOf(sur.id, [])).toBeUndefined();
  });

  it('falls back to the general relatoría when the chosen mesa is removed', () => {
    const left = reportMesas({ mesas: bundle.mesas.map((m) => (m.id === sur.id ? softDelete(m, Date.now()) : m)) });
    expect(scopeOf(sur.id, left)).toEqual({ kind: 'general' });
  });
});
