import type Dexie from 'dexie';

/**
 * The format of stored records whose shape is the code's own (a conversation's session, a cached
 * answer): each write stamps it in `v`, so a later version's upgrade knows what it converts, and
 * code that finds another format (written by an older or newer release) does not trust the shape.
 * Bump a format with a database version whose upgrade converts the records.
 */
export const RECORD_FORMATS: Readonly<Record<string, number>> = {
  conversations: 1,
  handled: 1,
};

export const isCurrentFormat = (table: keyof typeof RECORD_FORMATS, record: { v?: number } | undefined): boolean =>
  record?.v === RECORD_FORMATS[table];

/** Every add and put into those tables carries the current format, whoever writes it. */
export function stampRecordFormats(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'record-formats',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        const v = RECORD_FORMATS[name];
        if (v === undefined) return table;
        return {
          ...table,
          mutate: (req) =>
            req.type === 'add' || req.type === 'put'
              ? table.mutate({ ...req, values: req.values.map((value: object) => ({ ...value, v })) })
              : table.mutate(req),
        };
      },
    }),
  });
}
