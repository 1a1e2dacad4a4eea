import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createInflateRaw } from 'node:zlib';
import { type ImportFile, type ReadProgress, UnreadableFile } from './source.ts';

// A workbook's parts, re-ordered for ExcelJS 4.4.0's streaming reader (README, R31). The
// reader takes the zip's parts as they come. It names a sheet from the workbook part and
// tells its dates from the styles part, so a sheet parsed before those has neither; and
// it ends when the zip's input ends, even with parts still unread, so the last parts of a
// small workbook are sometimes lost (ExcelJS writes the workbook part last: its sheets
// then fail to read). So the parts are sent in the order the reader needs them (the
// workbook, its relationships, styles and shared strings, then the sheets, then the rest)
// and then a part of nothing, larger than the reader's buffers, that holds the input open
// until the reader has taken every real part. Each part is inflated here, as it streams,
// and sent stored: the reader's own inflating hides a damaged part's error from it, and it
// then waits for the part for ever. A workbook without shared strings gets an empty part
// of them, so the reader parses each sheet as it comes rather than keeping it in a
// temporary file (left behind when an import stops early). The file is read where it lies
// (held bytes, or a file read at offsets), so a workbook is never held whole.

interface Part {
  name: string;
  /** The part's local header and compressed bytes in the file. */
  headerAt: number;
  compressedSize: number;
  uncompressedSize: number;
  crc: number;
  method: number;
  flags: number;
}

const FIRST = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml'];
const rank = (name: string) => (FIRST.includes(name) ? FIRST.indexOf(name) : /^xl\/worksheets\/sheet\d+\.xml$/.test(name) ? FIRST.length : FIRST.length + 1);

/** What a failure to read the file says: a damaged zip (its table, a part's compressed bytes) or a file that cannot be read. */
function unreadable(error: unknown): UnreadableFile {
  if (error instanceof UnreadableFile) return error;
  const code = (error as { code?: unknown }).code;
  if (error instanceof RangeError || (typeof code === 'string' && code.startsWith('Z_'))) return BROKEN();
  return new UnreadableFile(`The file cannot be read: ${(error as Error).message}.`);
}

const BLANKS = Buffer.alloc(64 * 1024, 0x20);

/** The shared strings of a workbook that has none. */
const NO_STRINGS = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>');

async function* counted(chunks: AsyncIterable<Uint8Array>, progress: ReadProgress): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    progress.bytes += chunk.length;
    yield chunk;
  }
}

/** A deflated part's bytes, inflated as they stream; a damaged part fails here, where it can be told. */
async function* inflated(chunks: AsyncIterable<Uint8Array>, progress: ReadProgress): AsyncGenerator<Uint8Array> {
  const inflate = createInflateRaw();
  const feeding = (async () => {
    try {
      for await (const chunk of counted(chunks, progress)) {
        if (inflate.destroyed) return;
        // Until it takes more, or is done for (a damaged part, or the reader left).
        if (!inflate.write(chunk)) await new Promise((resolve) => (inflate.once('drain', resolve), inflate.once('close', resolve)));
      }
      inflate.end();
    } catch (error) {
      inflate.destroy(error as Error);
    }
  })();
  try {
    yield* inflate as AsyncIterable<Buffer>;
  } finally {
    inflate.destroy();
    await feeding;
  }
}

/** An end-of-central-directory record (of no entries: the reader reads none). */
const END_OF_ZIP = (() => {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(0x06054b50, 0);
  return record;
})();

/** Holds the reader's input open until it has drained every part before it (well over its streams' buffers). */
const PADDING = Buffer.alloc(1 << 20);

const BROKEN = () => new UnreadableFile('The workbook cannot be opened: it is damaged or not an .xlsx file. Open it in Excel and save it again as an Excel workbook (.xlsx).');

/** Random access to the file's bytes. */
interface Bytes {
  size: number;
  read(at: number, length: number): Promise<Buffer>;
  stream(at: number, length: number): AsyncIterable<Uint8Array>;
  close(): Promise<void>;
}

async function bytesOf(file: ImportFile): Promise<Bytes> {
  if (file instanceof Uint8Array) {
    const all = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
    return {
      size: all.length,
      read: async (at, length) => all.subarray(at, at + length),
      async *stream(at, length) {
        for (let i = at; i < at + length; i += 64 * 1024) yield all.subarray(i, Math.min(at + length, i + 64 * 1024));
      },
      close: async () => undefined,
    };
  }
  const handle = await open(file.path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    async read(at, length) {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - at)));
      await handle.read(buffer, 0, buffer.length, at);
      return buffer;
    },
    async *stream(at, length) {
      if (length > 0) yield* createReadStream(file.path, { start: at, end: at + length - 1, highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>;
    },
    close: () => handle.close(),
  };
}

/** The zip's table of contents (its central directory). */
async function partsOf(bytes: Bytes): Promise<Part[]> {
  const tailLength = Math.min(bytes.size, 22 + 0xffff);
  const tail = await bytes.read(bytes.size - tailLength, tailLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw BROKEN();
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryAt = tail.readUInt32LE(end + 16);
  if (directoryAt === 0xffffffff || count === 0xffff) throw new UnreadableFile('The workbook is too large to import (a ZIP64 file): split it into workbooks of fewer rows, or save it as CSV.');
  const directory = await bytes.read(directoryAt, directorySize);
  const parts: Part[] = [];
  for (let at = 0, i = 0; i < count; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== 0x02014b50) throw BROKEN();
    const nameLength = directory.readUInt16LE(at + 28);
    const skip = nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    const flags = directory.readUInt16LE(at + 8);
    if (flags & 0x1) throw new UnreadableFile('The workbook is protected by a password: save a copy without one (File › Info › Protect Workbook), then import that.');
    parts.push({
      name: directory.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
      flags,
      method: directory.readUInt16LE(at + 10),
      crc: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      uncompressedSize: directory.readUInt32LE(at + 24),
      headerAt: directory.readUInt32LE(at + 42),
    });
    at += 46 + skip;
  }
  return parts;
}

/** A local header for the part, its sizes stated (no data descriptor after its bytes). */
function localHeader(name: string, method: number, flags: number, crc: number, compressedSize: number, uncompressedSize: number): Buffer {
  const encoded = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  // UTF-8 names kept; the data-descriptor flag cleared, the sizes are here.
  header.writeUInt16LE(flags & 0x0800, 6);
  header.writeUInt16LE(method, 8);
  header.writeUInt32LE(crc, 14);
  header.writeUInt32LE(compressedSize, 18);
  header.writeUInt32LE(uncompressedSize, 22);
  header.writeUInt16LE(encoded.length, 26);
  return Buffer.concat([header, encoded]);
}

/**
 * The workbook's parts, as a zip stream in the order the streaming reader needs. Its
 * table of contents is checked first, whole; a failure to read the file after that ends
 * the stream early and is kept in `failure` (the reader would wait for ever on an input
 * that fails), for the caller to report once the reader has stopped.
 */
export async function* readerOrdered(file: ImportFile, progress: ReadProgress, failure: { error?: UnreadableFile }): AsyncGenerator<Uint8Array> {
  let bytes: Bytes | undefined;
  try {
    bytes = await bytesOf(file);
    const located: Array<{ part: Part; dataAt: number }> = [];
    for (const part of (await partsOf(bytes)).sort((a, b) => rank(a.name) - rank(b.name))) {
      const local = await bytes.read(part.headerAt, 30);
      if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50) throw BROKEN();
      const dataAt = part.headerAt + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      if (dataAt + part.compressedSize > bytes.size) throw BROKEN();
      if (part.method !== 0 && part.method !== 8) throw new UnreadableFile(`The workbook's part "${part.name}" is compressed in a way Excel does not write (method ${part.method}): open it in Excel and save it again as an Excel workbook (.xlsx).`);
      located.push({ part, dataAt });
    }
    if (!located.some(({ part }) => part.name === 'xl/sharedStrings.xml')) {
      yield localHeader('xl/sharedStrings.xml', 0, 0, 0, NO_STRINGS.length, NO_STRINGS.length);
      yield NO_STRINGS;
    }
    for (const { part, dataAt } of located) {
      // Sent stored, whatever its compression in the file.
      yield localHeader(part.name, 0, part.flags, part.crc, part.uncompressedSize, part.uncompressedSize);
      let sent = 0;
      try {
        const compressed = bytes.stream(dataAt, part.compressedSize);
        for await (const chunk of part.method === 8 ? inflated(compressed, progress) : counted(compressed, progress)) {
          const room = part.uncompressedSize - sent;
          if (chunk.length > room) throw BROKEN();
          sent += chunk.length;
          yield chunk;
        }
        if (sent !== part.uncompressedSize) throw BROKEN();
      } catch (error) {
        // The part is finished with blanks: a part left short would have the reader wait for
        // the rest for ever. The caller reports `failure`, and the reader is given nothing more.
        failure.error = unreadable(error);
        for (let left = part.uncompressedSize - sent; left > 0; left -= BLANKS.length) yield left >= BLANKS.length ? BLANKS : BLANKS.subarray(0, left);
        return;
      }
    }
    yield localHeader('planhub-padding', 0, 0, 0, PADDING.length, PADDING.length);
    yield PADDING;
    // The end of the zip: the reader stops here, rather than failing for want of a next part once the input ends.
    yield END_OF_ZIP;
  } catch (error) {
    failure.error = unreadable(error);
  } finally {
    await bytes?.close();
  }
}
