/**
 * Bytes of a chosen file → text. Spreadsheets write CSV in the encoding of the person's Windows:
 * Excel on Chinese Windows saves "CSV (逗号分隔)" as GBK without a BOM, "CSV UTF-8" with one,
 * "Unicode text" as UTF-16 with a BOM. Decoding the wrong encoding often does not fail
 * (TextDecoder reads UTF-8 bytes as GBK without an error), so: BOM first, then UTF-8 with
 * `fatal`, then a detector (jschardet, measured in docs/import-encodings.md) picks among the East
 * Asian encodings, and the result is decoded with `fatal` and checked. Anything else is refused
 * with a code, never guessed.
 */

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5', 'shift_jis', 'euc-kr'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export type DecodeProblem =
  /** No encoding ShopReply reads fits the bytes (e.g. a Latin-1 or binary file). */
  | { code: 'unknown-encoding'; detected?: string }
  /** The bytes are not valid in the encoding they claim or were found to be; `line` is 1-based. */
  | { code: 'undecodable'; encoding: Encoding; line: number }
  /** It decodes, but to control characters: not a text file. */
  | { code: 'not-text'; encoding: Encoding; line: number };

export type DecodeResult = { ok: true; text: string; encoding: Encoding; bom: boolean } | ({ ok: false } & DecodeProblem);

// jschardet's names (and the Windows supersets it reports) → the WHATWG label TextDecoder knows.
const DETECTED: Record<string, Encoding> = {
  'gb2312': 'gb18030',
  'gbk': 'gb18030',
  'gb18030': 'gb18030',
  'big5': 'big5',
  'shift_jis': 'shift_jis',
  'cp932': 'shift_jis',
  'euc-kr': 'euc-kr',
  'cp949': 'euc-kr',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'utf-16-le': 'utf-16le',
  'utf-16-be': 'utf-16be',
};

/** The detector reads a sample: enough for any real header plus many rows, and quick on a 20 MB file. */
const SAMPLE_BYTES = 256 * 1024;

function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

// Controls other than tab, line feed and carriage return (and U+FFFD) do not occur in a spreadsheet's text.
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;

function decodeAs(bytes: Uint8Array, encoding: Encoding, bom: boolean): DecodeResult {
  const body = bom ? bytes.subarray(encoding === 'utf-8' ? 3 : 2) : bytes;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const loose = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    return { ok: false, code: 'undecodable', encoding, line: lineOf(loose, Math.max(0, loose.indexOf('\ufffd'))) };
  }
  const bad = NOT_TEXT.exec(text);
  if (bad) return { ok: false, code: 'not-text', encoding, line: lineOf(text, bad.index) };
  return { ok: true, text, encoding, bom };
}

/**
 * The detector (about 1.2 MB of frequency tables) is loaded only when a file is not UTF-8, so the
 * options page does not carry it (it runs in the import worker, where the import does).
 */
export async function decodeText(input: Uint8Array | ArrayBuffer): Promise<DecodeResult> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes, 'utf-8', true);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes, 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes, 'utf-16be', true);
  const utf8 = decodeAs(bytes, 'utf-8', false);
  if (utf8.ok || utf8.code === 'not-text' && !bytes.includes(0)) return utf8;
  const { default: jschardet } = await import('jschardet');
  const detected = jschardet.detect(binaryString(bytes.subarray(0, SAMPLE_BYTES))).encoding;
  const encoding = detected ? DETECTED[detected.toLowerCase()] : undefined;
  if (!encoding) return detected && detected.toLowerCase() !== 'utf-8' ? { ok: false, code: 'unknown-encoding', detected } : { ok: false, code: 'unknown-encoding' };
  return decodeAs(bytes, encoding, false);
}
