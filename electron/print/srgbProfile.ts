/**
 * An ICC v2 display profile for sRGB (IEC 61966-2.1), built from the
 * standard's published numbers: the primaries adapted to the D50 connection
 * space and the sRGB tone curve. PDF/A needs one as the document's output
 * intent, so a reader knows what «RGB» in the page means decades from now.
 * Built here rather than copied from a colour-management package, which ships
 * its profiles under licences of its own; the numbers are the standard's.
 */
const D50 = [0.9642, 1.0, 0.8249] as const;
// sRGB primaries, Bradford-adapted to D50 (the values in every sRGB v2 profile).
const RED = [0.4360747, 0.2225045, 0.0139322] as const;
const GREEN = [0.3850649, 0.7168786, 0.0971045] as const;
const BLUE = [0.1430804, 0.0606169, 0.7141733] as const;
const CURVE_POINTS = 1024;

export const SRGB_DESCRIPTION = 'sRGB IEC61966-2.1';

let built: Buffer | undefined;

export function srgbProfile(): Buffer {
  built ??= buildProfile();
  return built;
}

function buildProfile(): Buffer {
  const tags: [string, Buffer][] = [
    ['desc', textDescription(SRGB_DESCRIPTION)],
    ['cprt', text('No copyright, use freely')],
    ['wtpt', xyz(D50)],
    ['rXYZ', xyz(RED)],
    ['gXYZ', xyz(GREEN)],
    ['bXYZ', xyz(BLUE)],
    ['rTRC', curve()],
  ];
  // The three channels share one tone curve: three tag entries, one block of data.
  const entries: { sig: string; data: number }[] = [...tags.map(([sig], i) => ({ sig, data: i })), { sig: 'gTRC', data: 6 }, { sig: 'bTRC', data: 6 }];
  const tableSize = 4 + 12 * entries.length;
  const offsets: number[] = [];
  let at = 128 + tableSize;
  for (const [, data] of tags) {
    offsets.push(at);
    at += align4(data.length);
  }
  const size = at;
  const out = Buffer.alloc(size);
  // Header (ICC.1:2001-04, clause 6.1).
  out.writeUInt32BE(size, 0);
  out.writeUInt32BE(0x02100000, 8); // version 2.1
  out.write('mntr', 12, 'latin1');
  out.write('RGB ', 16, 'latin1');
  out.write('XYZ ', 20, 'latin1');
  [2026, 1, 1, 0, 0, 0].forEach((v, i) => out.writeUInt16BE(v, 24 + 2 * i));
  out.write('acsp', 36, 'latin1');
  out.writeUInt32BE(0, 64); // perceptual
  D50.forEach((v, i) => out.writeInt32BE(s15Fixed16(v), 68 + 4 * i));
  // Tag table.
  out.writeUInt32BE(entries.length, 128);
  entries.forEach((e, i) => {
    const base = 132 + 12 * i;
    out.write(e.sig, base, 'latin1');
    out.writeUInt32BE(offsets[e.data]!, base + 4);
    out.writeUInt32BE(tags[e.data]![1].length, base + 8);
  });
  tags.forEach(([, data], i) => data.copy(out, offsets[i]!));
  return out;
}

const align4 = (n: number) => (n + 3) & ~3;
const s15Fixed16 = (v: number) => Math.round(v * 65536);

function xyz(v: readonly [number, number, number]): Buffer {
  const b = Buffer.alloc(20);
  b.write('XYZ ', 0, 'latin1');
  v.forEach((x, i) => b.writeInt32BE(s15Fixed16(x), 8 + 4 * i));
  return b;
}

function text(s: string): Buffer {
  const b = Buffer.alloc(8 + s.length + 1);
  b.write('text', 0, 'latin1');
  b.write(s, 8, 'latin1');
  return b;
}

function textDescription(s: string): Buffer {
  // ASCII part, then empty Unicode and ScriptCode parts (67 bytes of script code).
  const b = Buffer.alloc(12 + s.length + 1 + 4 + 4 + 2 + 1 + 67);
  b.write('desc', 0, 'latin1');
  b.writeUInt32BE(s.length + 1, 8);
  b.write(s, 12, 'latin1');
  return b;
}

/** The sRGB decoding curve, sampled: linear near black, a 2.4 power above. */
function curve(): Buffer {
  const b = Buffer.alloc(12 + 2 * CURVE_POINTS);
  b.write('curv', 0, 'latin1');
  b.writeUInt32BE(CURVE_POINTS, 8);
  for (let i = 0; i < CURVE_POINTS; i++) {
    const v = i / (CURVE_POINTS - 1);
    const linear = v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    b.writeUInt16BE(Math.round(linear * 65535), 12 + 2 * i);
  }
  return b;
}
