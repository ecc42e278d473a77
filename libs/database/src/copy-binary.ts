/**
 * Rows for `COPY … FROM STDIN (FORMAT binary)`, written straight into bytes. PostgreSQL reads binary
 * values without parsing text (a tsvector's lexemes, timestamps, uuids, arrays), and the bytes — an
 * ArrayBuffer of their own — can be handed from a worker thread to the one that sends them without
 * a copy. No library writes tsvectors, and a rebuild writes three a listing; the format is small:
 * https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.4 and each type's *send
 * function for its value.
 */

/**
 * The PostgreSQL types a binary COPY here writes. A column's value: a string for uuid, text and
 * timestamptz (ISO 8601), a number, a boolean, a list of strings for text[], a TsVector, any JSON-able
 * value for jsonb; null or undefined is NULL.
 */
export type CopyBinaryType = 'uuid' | 'text' | 'int2' | 'int4' | 'float8' | 'bool' | 'timestamptz' | 'jsonb' | 'text[]' | 'tsvector';

export type TsVectorWeight = 'A' | 'B' | 'C' | 'D';

/**
 * A tsvector as lexemes, each once: the first `weights.length` of them at positions 1, 2, … with
 * those weights, the others without a position (they decide what matches, not how it ranks).
 */
export interface TsVector {
  lexemes: readonly string[];
  weights: readonly TsVectorWeight[];
}

/** A table's columns in COPY order, each with its type. */
export type CopyBinaryColumns<Column extends string> = readonly (readonly [Column, CopyBinaryType])[];

const SIGNATURE = [0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00];
const TEXT_OID = 25;
/** PostgreSQL's epoch (2000-01-01 UTC) in Unix time, milliseconds. */
const POSTGRES_EPOCH_MS = 946_684_800_000;
/** PostgreSQL keeps tsvector positions up to 16383. */
const MAX_POSITION = 16_383;
const WEIGHT_BITS: Record<TsVectorWeight, number> = { A: 3 << 14, B: 2 << 14, C: 1 << 14, D: 0 };
/** Strings up to this long are encoded in JavaScript (see Bytes#utf8). */
const SHORT_STRING = 32;
/** Where a uuid's text has its dashes. */
const DASHES = [8, 13, 18, 23];
/** A hexadecimal digit's value by its character code (-1: not a digit). */
const HEX_DIGIT = Int8Array.from({ length: 128 }, (_, code) => {
  const digit = Number.parseInt(String.fromCharCode(code), 16);
  return Number.isNaN(digit) ? -1 : digit;
});

/** 8-4-4-4-12 hexadecimal digits: checked without a regular expression, a rebuild writes four a listing. */
function isUuid(value: string): boolean {
  if (value.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const code = value.charCodeAt(i);
    if (DASHES.includes(i) ? code !== 0x2d : code >= 128 || HEX_DIGIT[code] < 0) return false;
  }
  return true;
}

/** A growing byte buffer of its own ArrayBuffer (never Node's shared pool, so it can be transferred). */
class Bytes {
  buffer: Buffer;
  length = 0;

  constructor(capacity: number) {
    this.buffer = Buffer.from(new ArrayBuffer(capacity));
  }

  ensure(more: number): void {
    if (this.length + more <= this.buffer.length) return;
    const grown = Buffer.from(new ArrayBuffer(Math.max(this.buffer.length * 2, this.length + more)));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  int16(value: number): void {
    this.ensure(2);
    this.length = this.buffer.writeInt16BE(value, this.length);
  }

  int32(value: number): void {
    this.ensure(4);
    this.length = this.buffer.writeInt32BE(value, this.length);
  }

  /**
   * A string's UTF-8 bytes, unprefixed. Most are lexemes of a few characters, for which a call into
   * Buffer#write costs more than encoding them here; longer texts go to it.
   */
  utf8(text: string): void {
    this.ensure(text.length * 3);
    if (text.length > SHORT_STRING) {
      this.length += this.buffer.write(text, this.length, 'utf8');
      return;
    }
    const bytes = this.buffer;
    let at = this.length;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code < 0x80) {
        bytes[at++] = code;
        continue;
      }
      if (code < 0x800) {
        bytes[at++] = 0xc0 | (code >> 6);
      } else {
        const next = text.charCodeAt(i + 1);
        if (code >= 0xd800 && code < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
          code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
          i += 1;
          bytes[at++] = 0xf0 | (code >> 18);
          bytes[at++] = 0x80 | ((code >> 12) & 0x3f);
        } else {
          if (code >= 0xd800 && code < 0xe000) code = 0xfffd; // a lone surrogate, as Buffer#write writes it
          bytes[at++] = 0xe0 | (code >> 12);
        }
        bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
      }
      bytes[at++] = 0x80 | (code & 0x3f);
    }
    this.length = at;
  }

  /** Starts a field: room for its length, filled in by `end` once its value is written. */
  begin(): number {
    this.ensure(4);
    this.length += 4;
    return this.length - 4;
  }

  end(at: number): void {
    this.buffer.writeInt32BE(this.length - at - 4, at);
  }
}

function finite(value: number, type: CopyBinaryType): number {
  if (!Number.isFinite(value)) throw new TypeError(`COPY: ${value} is not a ${type} PostgreSQL reads`);
  return value;
}

/** The value as its type's binary form (PostgreSQL's *send), without the length before it. */
const WRITERS: Record<CopyBinaryType, (out: Bytes, value: never) => void> = {
  text: (out, value: string) => void out.utf8(value),
  uuid: (out, value: string) => {
    if (!isUuid(value)) throw new TypeError(`COPY: ${value} is not a uuid`);
    out.ensure(16);
    for (let i = 0; i < 36; i += 2) {
      if (DASHES.includes(i)) i += 1;
      out.buffer[out.length++] = (HEX_DIGIT[value.charCodeAt(i)] << 4) | HEX_DIGIT[value.charCodeAt(i + 1)];
    }
  },
  int2: (out, value: number) => out.int16(finite(value, 'int2')),
  int4: (out, value: number) => out.int32(finite(value, 'int4')),
  float8: (out, value: number) => {
    out.ensure(8);
    out.length = out.buffer.writeDoubleBE(finite(value, 'float8'), out.length);
  },
  bool: (out, value: boolean) => {
    out.ensure(1);
    out.buffer[out.length++] = value ? 1 : 0;
  },
  timestamptz: (out, value: string) => {
    const micros = (finite(Date.parse(value), 'timestamptz') - POSTGRES_EPOCH_MS) * 1000;
    const high = Math.floor(micros / 2 ** 32);
    out.int32(high);
    out.ensure(4);
    out.length = out.buffer.writeUInt32BE(micros - high * 2 ** 32, out.length);
  },
  jsonb: (out, value: unknown) => {
    out.ensure(1);
    out.buffer[out.length++] = 1; // jsonb's binary format version
    out.utf8(JSON.stringify(value));
  },
  'text[]': (out, values: readonly string[]) => {
    out.int32(values.length > 0 ? 1 : 0); // dimensions: an empty array has none
    out.int32(0); // no NULL elements
    out.int32(TEXT_OID);
    if (values.length > 0) {
      out.int32(values.length);
      out.int32(1); // lower bound
    }
    for (const value of values) {
      const at = out.begin();
      out.utf8(value);
      out.end(at);
    }
  },
  tsvector: (out, { lexemes, weights }: TsVector) => {
    out.int32(lexemes.length);
    for (let i = 0; i < lexemes.length; i++) {
      out.utf8(lexemes[i]);
      out.ensure(5);
      out.buffer[out.length++] = 0; // lexemes are NUL-terminated
      if (i < weights.length) {
        out.length = out.buffer.writeUInt16BE(1, out.length);
        out.length = out.buffer.writeUInt16BE(WEIGHT_BITS[weights[i]] | Math.min(i + 1, MAX_POSITION), out.length);
      } else {
        out.length = out.buffer.writeUInt16BE(0, out.length);
      }
    }
  },
};

const lastLength = new WeakMap<object, number>();

/**
 * One COPY statement's data in binary format — header, the rows, trailer — for `COPY table
 * (columns) FROM STDIN WITH (FORMAT binary)`, the columns in the order given. Each row is written as
 * it is added, so a batch's rows need not be kept as objects until the end.
 */
export class CopyBinaryWriter<Row> {
  private readonly out: Bytes;
  private readonly names: (keyof Row & string)[];
  private readonly writers: ((out: Bytes, value: never) => void)[];

  constructor(private readonly columns: CopyBinaryColumns<keyof Row & string>) {
    this.names = columns.map(([name]) => name);
    this.writers = columns.map(([, type]) => WRITERS[type]);
    // Sized like the last data of these columns: grown by doubling, a batch's megabytes are allocated (and collected) twice over.
    this.out = new Bytes(Math.ceil((lastLength.get(columns) ?? 1 << 16) * 1.25));
    this.out.ensure(SIGNATURE.length);
    this.out.buffer.set(SIGNATURE, 0);
    this.out.length = SIGNATURE.length;
    this.out.int32(0); // flags: no OIDs
    this.out.int32(0); // no header extension
  }

  row(row: Row): void {
    const { out, names, writers } = this;
    out.int16(names.length);
    for (let i = 0; i < names.length; i++) {
      const value = row[names[i]];
      if (value === null || value === undefined) {
        out.int32(-1);
        continue;
      }
      const at = out.begin();
      writers[i](out, value as never);
      out.end(at);
    }
  }

  /** The data, trailer added: a view of an ArrayBuffer of its own. Nothing may be added after. */
  end(): Buffer {
    this.out.int16(-1);
    lastLength.set(this.columns, this.out.length);
    return this.out.buffer.subarray(0, this.out.length);
  }
}
