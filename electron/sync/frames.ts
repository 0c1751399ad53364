import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * The body of a version 3 sync file (docs/sync-format.md): a run of frames,
 * each a 4-byte big-endian length and then one gzip member holding one JSON
 * object. Each frame is compressed and decompressed on its own, so neither
 * the writer nor the reader ever holds the whole payload uncompressed: the
 * writer compresses a block of changes as soon as it is full, the reader
 * decodes one block at a time. (A single gzip stream would need Node's
 * asynchronous zlib streams, and the export reads the change log inside a
 * synchronous SQLite transaction.)
 */
export const FRAME_LENGTH_BYTES = 4;
/** A frame this large as stored is refused outright; the writer's blocks stay far below it. */
export const MAX_FRAME_BYTES = 64 * 2 ** 20;

export function frameOf(json: string): Buffer {
  const member = gzipSync(json, { level: 6 });
  const length = Buffer.alloc(FRAME_LENGTH_BYTES);
  length.writeUInt32BE(member.length);
  return Buffer.concat([length, member]);
}

export type FrameProblem = 'truncated' | 'too_large' | 'corrupt';

/** What is wrong with the body, for the caller to put in words. */
export class FrameError extends Error {
  constructor(readonly problem: FrameProblem) {
    super(problem);
  }
}

/**
 * The frames' JSON texts, one at a time, decompressed within `maxPlain`
 * bytes in all (a gzip bomb stops there). Throws FrameError.
 */
export function* readFrames(body: Buffer, maxPlain: number): Generator<string> {
  if (body.length === 0) throw new FrameError('truncated');
  let offset = 0;
  let plain = 0;
  while (offset < body.length) {
    if (offset + FRAME_LENGTH_BYTES > body.length) throw new FrameError('truncated');
    const length = body.readUInt32BE(offset);
    if (length === 0 || length > MAX_FRAME_BYTES) throw new FrameError('corrupt');
    const start = offset + FRAME_LENGTH_BYTES;
    if (start + length > body.length) throw new FrameError('truncated');
    let out: Buffer;
    try {
      out = gunzipSync(body.subarray(start, start + length), { maxOutputLength: Math.max(1, maxPlain - plain) });
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw new FrameError('too_large');
      if (code === 'Z_BUF_ERROR') throw new FrameError('truncated');
      throw new FrameError('corrupt');
    }
    plain += out.length;
    if (plain > maxPlain) throw new FrameError('too_large');
    offset = start + length;
    yield out.toString('utf8');
  }
}
