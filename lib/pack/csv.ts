/**
 * Packs as CSV, for supervisors who edit replies in Excel or WPS.
 *
 * Layout: one header row, then one row per rule, plus one row for the pack itself.
 *
 *   pack_id, pack_name, pack_version, default_language, pack_description   the pack's own fields
 *   rule_id, kind, title, priority, threshold, skus, tags                  one rule's fields
 *   keywords.<lang>, examples.<lang>, replies.<lang>                        e.g. replies.zh, keywords.*
 *   banned_phrases.<lang>                                                  the pack's banned phrases
 *
 * - The pack's fields go on a row whose kind is `pack` (export writes it as row 2). They may also be
 *   given on rule rows (a blank cell means "not given here"); wherever one is given more than once
 *   the values must agree. banned_phrases.<lang> follow the same rule.
 * - A cell with several values (keywords, examples, replies, skus, tags, banned phrases) holds one
 *   value per line (a quoted cell with line breaks: Alt+Enter in Excel). Blank lines are skipped and
 *   values trimmed. A keyword keeps its `|` alternatives inside one line: `快递|物流|包裹`.
 *   A line break inside one value (a two-line reply) is written `\n`.
 * - threshold is a share (0.85, or 0,85) or a percentage (85%); a bare 85 is refused as ambiguous.
 *   Blank means the default. priority is a whole number.
 * - `*` as the language (keywords.*, examples.*, banned_phrases.*) means every language.
 * - Header names are case-insensitive; columns may come in any order; unknown columns are refused
 *   so that a typo (reples.en) is not silently dropped.
 * - Import accepts UTF-8 with or without BOM, CRLF or LF, comma, semicolon or tab as delimiter,
 *   and blank rows anywhere. Export writes BOM + CRLF + quoted cells, as Excel does.
 * - Cells starting with = + - @ are written with a leading ' so that Excel does not run them as
 *   formulas; import removes it.
 *
 * JSON → CSV → JSON keeps every field the spec names, with these exceptions: fields the spec does
 * not name (product extras, unknown passthrough fields) are not carried; empty lists, empty
 * language maps and an empty title or description come back absent; tags and title are trimmed;
 * a CR inside a title or description comes back as LF. Language maps may come back in another key
 * order (column order), which no reader depends on.
 *
 * Excel itself may change cells it takes for numbers or dates when it opens a CSV (SKU 00123 → 123,
 * version 1.10 → 1.1): tell supervisors to check such columns, or import the CSV as text.
 */
export { parsePackCsv } from './csv-import';
export { packToCsv } from './csv-export';
