import { describe, expect, it } from 'vitest';
import {
  resolveZone,
  sameZone,
  offsetFor,
  ianaOffsetAt,
  ZONE_ABBREVIATIONS,
} from '../../packages/core/src/document/zones.js';

describe('zones', () => {
  it('resolves every documented abbreviation to a valid IANA family', () => {
    for (const [abbr, [, family]] of Object.entries(ZONE_ABBREVIATIONS)) {
      const z = resolveZone(abbr)!;
      expect(z, abbr).not.toBeNull();
      if (family !== 'UTC') expect(ianaOffsetAt(family, Date.UTC(2026, 0, 1)), family).toBeTypeOf('number');
    }
  });

  it('reads offsets and rejects non-zones', () => {
    expect(resolveZone('+05:30')).toMatchObject({ offset: 330 });
    expect(resolveZone('GMT-3')).toMatchObject({ offset: -180 });
    expect(resolveZone('API')).toBeNull();
    expect(resolveZone('Not/AZone')).toBeNull();
    expect(resolveZone('utc')).toMatchObject({ offset: 0 });
  });

  it('computes DST-dependent offsets through Intl', () => {
    const pt = resolveZone('PT')!;
    expect(offsetFor(pt, Date.UTC(2026, 0, 15, 12))).toBe(-480);
    expect(offsetFor(pt, Date.UTC(2026, 6, 15, 12))).toBe(-420);
    expect(offsetFor(pt)).toBeUndefined();
    expect(offsetFor(resolveZone('Europe/Berlin')!, Date.UTC(2026, 6, 1, 12))).toBe(120);
  });

  it('same zone: same family, or the same offset at that date', () => {
    expect(sameZone(resolveZone('PST')!, resolveZone('PDT')!)).toBe(true);
    expect(sameZone(resolveZone('GMT')!, resolveZone('UTC')!)).toBe(true);
    expect(sameZone(resolveZone('CET')!, resolveZone('Europe/Berlin')!)).toBe(true);
    expect(sameZone(resolveZone('Europe/Paris')!, resolveZone('CET')!, Date.UTC(2026, 0, 10))).toBe(true);
    expect(sameZone(resolveZone('PST')!, resolveZone('UTC')!)).toBe(false);
  });

  it('configured zones resolve ambiguous abbreviations', () => {
    expect(resolveZone('IST')!.kind).toBe('ambiguous');
    expect(resolveZone('IST', { IST: 'Europe/Dublin' })!.iana).toBe('Europe/Dublin');
  });
});
