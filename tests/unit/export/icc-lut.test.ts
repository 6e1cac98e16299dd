import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IccLutError, readPcsToDevice } from '../../../electron/export/icc-lut';
import { evalPcsToDevice } from '../../../electron/export/icc-lut-eval';
import { describePressColour, pressColour } from '../../../electron/export/press-colour';
import { encodePcs, srgbToXyzD50, xyzToLab } from '../../../electron/export/srgb-pcs';
import { iccProfileHeader, iccProfileWithB2A } from '../../support/icc-profile';

/** A linear table: what a 2-point grid reproduces exactly everywhere. */
const linear = (x: number, y: number, z: number) => [1 - x, y, z, x] as const;
/** A 3-point grid whose middle L* node is full black and both ends none: K peaks at x = 0.5. */
const peak = (x: number) => [0, 0, 0, x === 0.5 ? 1 : 0] as const;

const close = (got: readonly number[], want: readonly number[], eps = 1e-3): void => {
  expect(got).toHaveLength(want.length);
  got.forEach((v, i) => expect(Math.abs(v - want[i]!), `channel ${i}: ${v} vs ${want[i]}`).toBeLessThan(eps));
};

describe('reading a profile’s B2A table', () => {
  it('reads a lut16 (mft2) B2A0 with Lab PCS and interpolates its CLUT', () => {
    const lut = readPcsToDevice(iccProfileWithB2A({ grid: 2, clut: linear }));
    expect(lut).toMatchObject({ tag: 'B2A0', type: 'mft2', pcs: 'Lab', encoding: 'lab-legacy16', outputs: 4 });
    close(evalPcsToDevice(lut, [0, 0, 0]), [1, 0, 0, 0]);
    close(evalPcsToDevice(lut, [1, 1, 1]), [0, 1, 1, 1]);
    // Between the nodes: trilinear interpolation of a linear table is the table itself.
    close(evalPcsToDevice(lut, [0.25, 0.6, 0.1]), [0.75, 0.6, 0.1, 0.25]);
  });

  it('interpolates between the nodes of a 3-point grid', () => {
    const lut = readPcsToDevice(iccProfileWithB2A({ grid: 3, clut: peak }));
    close(evalPcsToDevice(lut, [0.5, 0.3, 0.9]), [0, 0, 0, 1]);
    close(evalPcsToDevice(lut, [0.25, 0.3, 0.9]), [0, 0, 0, 0.5]);
    close(evalPcsToDevice(lut, [0.875, 0, 0]), [0, 0, 0, 0.25]);
  });

  it('applies the input tables before the CLUT', () => {
    // Input table 0 → 0, 0.5 → 0.25, 1 → 1 (three entries, linear between them).
    const lut = readPcsToDevice(iccProfileWithB2A({ grid: 2, clut: linear, inputTable: [0, 0.25, 1] }));
    close(evalPcsToDevice(lut, [0.5, 0.5, 0.75]), [0.75, 0.25, 0.625, 0.25]);
  });

  it('reads lut8 (mft1) and lutBtoA (mBA) tables, and B2A1 when there is no B2A0', () => {
    const lut8 = readPcsToDevice(iccProfileWithB2A({ type: 'mft1', grid: 2, clut: linear }));
    expect(lut8).toMatchObject({ type: 'mft1', encoding: 'lab8' });
    close(evalPcsToDevice(lut8, [0.25, 0.6, 0.1]), [0.75, 0.6, 0.1, 0.25], 0.01);
    const v4 = readPcsToDevice(iccProfileWithB2A({ type: 'mBA ', grid: 3, clut: peak }));
    expect(v4).toMatchObject({ type: 'mBA ', encoding: 'lab-v4' });
    close(evalPcsToDevice(v4, [0.25, 0, 0]), [0, 0, 0, 0.5]);
    expect(readPcsToDevice(iccProfileWithB2A({ tag: 'B2A1', grid: 2, clut: linear })).tag).toBe('B2A1');
    expect(readPcsToDevice(iccProfileWithB2A({ pcs: 'XYZ ', grid: 2, clut: linear })).encoding).toBe('xyz16');
  });

  it('says why a profile has no usable table', () => {
    expect(() => readPcsToDevice(iccProfileHeader('CMYK'))).toThrow(IccLutError);
    expect(() => readPcsToDevice(iccProfileHeader('CMYK'))).toThrow(/no B2A0 or B2A1/);
    const cut = iccProfileWithB2A({ grid: 3, clut: peak });
    expect(() => readPcsToDevice(cut.subarray(0, cut.length - 40))).toThrow(IccLutError);
  });
});

describe('sRGB to the PCS', () => {
  it('puts sRGB white at D50 white and the primaries at their Lab values', () => {
    close(xyzToLab(...srgbToXyzD50(1, 1, 1)), [100, 0, 0], 0.02);
    // sRGB red in D50 Lab (Bradford): L 54.29, a 80.8, b 69.9.
    close(xyzToLab(...srgbToXyzD50(1, 0, 0)), [54.29, 80.8, 69.89], 0.1);
  });

  it('encodes Lab as each lut type reads it', () => {
    const white = srgbToXyzD50(1, 1, 1);
    close(encodePcs('lab-legacy16', white), [0xff00 / 0xffff, 0x8000 / 0xffff, 0x8000 / 0xffff], 1e-4);
    close(encodePcs('lab-v4', white), [1, 128 / 255, 128 / 255], 1e-4);
    close(encodePcs('xyz16', white), [0.9642 * (0x8000 / 0xffff), 0x8000 / 0xffff, 0.8249 * (0x8000 / 0xffff)], 1e-4);
  });
});

describe('the conversion chosen for a profile', () => {
  const profile = (bytes: Buffer, name = 'plant.icc') => ({ bytes, name });

  it('converts through the profile’s table: sRGB → Lab → CLUT, on the 33³ grid', () => {
    const c = pressColour(profile(iccProfileWithB2A({ grid: 2, clut: linear }), 'ISOnewspaper26v4.icc'));
    expect(c).toMatchObject({ method: 'profile', profileName: 'ISOnewspaper26v4.icc', detail: 'B2A0 mft2' });
    expect(describePressColour(c).en).toBe('converted with the plant profile "ISOnewspaper26v4.icc"');
    const convert = (rgb: number[]): number[] => [...c.grid().apply(Uint8Array.from(rgb), 1)];
    // The table is C = 1 − L, M = a, Y = b, K = L on the encoded Lab (legacy: L 100 → 0xFF00, a = b = 0 → 0x8000).
    const expected = (rgb: number[]): number[] => {
      const [l, a, b] = encodePcs('lab-legacy16', srgbToXyzD50(rgb[0]! / 255, rgb[1]! / 255, rgb[2]! / 255));
      return [1 - l, a, b, l].map((v) => Math.round(v * 255));
    };
    expect(convert([255, 255, 255])).toEqual([1, 128, 128, 254]);
    expect(convert([0, 0, 0])).toEqual([255, 128, 128, 0]);
    for (const rgb of [[255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 255, 255]]) expect(convert(rgb)).toEqual(expected(rgb));
    // Between grid nodes the pixel is interpolated from the grid: within a level of the exact value.
    const mid = convert([100, 150, 37]);
    expected([100, 150, 37]).forEach((v, i) => expect(Math.abs(mid[i]! - v)).toBeLessThanOrEqual(1));
  });

  it('falls back to the formula, saying why, for a profile without B2A tags', () => {
    const c = pressColour(profile(iccProfileHeader('CMYK'), 'bare.icc'));
    expect(c.method).toBe('formula');
    expect(describePressColour(c).en).toBe('the plant profile "bare.icc" has no usable B2A table (no B2A0 or B2A1 table): converted by formula');
    expect([...c.grid().apply(Uint8Array.from([255, 0, 0]), 1)]).toEqual([0, 255, 255, 0]);
    expect(describePressColour(pressColour())).toEqual({ zh: '未设印厂特性文件，按公式转换', en: 'no plant profile: converted by formula' });
  });

  it('builds the grid once per profile', () => {
    const bytes = iccProfileWithB2A({ grid: 3, clut: peak });
    const a = pressColour(profile(bytes));
    const grid = a.grid();
    expect(pressColour(profile(Buffer.from(bytes), 'same bytes, other name')).grid()).toBe(grid);
  });
});

describe('a damaged plant profile', () => {
  it('is refused with IccLutError (the export then uses the formula), never another exception or a NaN ink', () => {
    const kinds = ['mft2', 'mft1', 'mBA '] as const;
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (type, flips) => {
        const bytes = Buffer.from(iccProfileWithB2A({ grid: 3, clut: linear, type }));
        // Overwrite a few bytes, mostly in the header, tag table and table header where sizes live.
        for (const [at, v] of flips) bytes[(at % 3 === 0 ? at : at % 200) % bytes.length] = v;
        let lut;
        try {
          lut = readPcsToDevice(bytes);
        } catch (err) {
          expect(err).toBeInstanceOf(IccLutError);
          return;
        }
        for (const pcs of [[0, 0, 0], [0.5, 0.5, 0.5], [1, 1, 1]] as const) {
          for (const v of evalPcsToDevice(lut, [...pcs])) expect(Number.isFinite(v)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
