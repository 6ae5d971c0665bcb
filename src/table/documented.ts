import { getStatusEntry, isInDefaultTable, statusClassOf } from './lookup';
import { compileOperations, type DocumentedOperation, type OperationIndex } from './operations';
import { statusEntries, type StatusClass } from './registry';

/** One code of the API's documented table. */
export interface DocumentedStatus {
  readonly code: number;
  /** The API's own reason phrase when it gives one, else the registry's, else undefined. */
  readonly reason: string | undefined;
  readonly description?: string;
  /** Where this code was documented: the setting, or the document's path. */
  readonly origin: string;
}

/** The codes an API documents, and where that list came from. */
export interface DocumentedTable {
  /** For messages: "settings['http-status'].codes", "openapi.yaml", "the IANA registry, by default". */
  readonly origin: string;
  /** True when nothing was configured and the table is the registry's. */
  readonly isDefault: boolean;
  /** Explicitly documented codes, in code order. */
  readonly entries: readonly DocumentedStatus[];
  /** Whole classes a document covers (an OpenAPI `4XX` response key). */
  readonly classes: ReadonlySet<StatusClass>;
  /** The documented entry for `code`, including codes covered only by a documented class. */
  get(code: number): DocumentedStatus | undefined;
  has(code: number): boolean;
  /** The operations its documents give one by one (OpenAPI), compiled for lookup; undefined when none do. */
  readonly operations: OperationIndex | undefined;
}

export interface DocumentedTableInit {
  readonly origin: string;
  readonly isDefault?: boolean;
  readonly classes?: Iterable<StatusClass>;
  readonly operations?: readonly DocumentedOperation[] | undefined;
}

export function createDocumentedTable(
  entries: Iterable<DocumentedStatus>,
  { origin, isDefault = false, classes = [], operations }: DocumentedTableInit,
): DocumentedTable {
  const byCode = new Map<number, DocumentedStatus>();
  for (const entry of entries) {
    // The first document to describe a code keeps it; later ones only fill a missing reason.
    const existing = byCode.get(entry.code);
    byCode.set(
      entry.code,
      existing ? { ...existing, reason: existing.reason ?? entry.reason } : entry,
    );
  }
  const classSet = new Set(classes);
  const sorted = Object.freeze([...byCode.values()].sort((a, b) => a.code - b.code));

  const get = (code: number): DocumentedStatus | undefined => {
    const explicit = byCode.get(code);
    if (explicit) return explicit;
    if (classSet.size > 0 && classSet.has(statusClassOf(code))) {
      return { code, reason: getStatusEntry(code)?.reason, origin };
    }
    return undefined;
  };

  return Object.freeze({
    origin,
    isDefault,
    entries: sorted,
    classes: classSet,
    get,
    has: (code: number) => get(code) !== undefined,
    operations: operations && operations.length > 0 ? compileOperations(operations) : undefined,
  });
}

/** Several documents' tables as one: a code documented by any of them is documented. */
export function mergeDocumentedTables(tables: readonly DocumentedTable[]): DocumentedTable {
  if (tables.length === 1 && tables[0]) return tables[0];
  return createDocumentedTable(
    tables.flatMap((table) => table.entries),
    {
      origin: tables.map((table) => table.origin).join(' + '),
      classes: tables.flatMap((table) => [...table.classes]),
      operations: tables.flatMap((table) => table.operations?.operations ?? []),
    },
  );
}

export const DEFAULT_TABLE_ORIGIN = 'the IANA registry, by default';

/** What an API documents when it says nothing: every registered code in good standing. */
export const defaultDocumentedTable: DocumentedTable = createDocumentedTable(
  statusEntries
    .filter(isInDefaultTable)
    .map((entry) => ({ code: entry.code, reason: entry.reason, origin: DEFAULT_TABLE_ORIGIN })),
  { origin: DEFAULT_TABLE_ORIGIN, isDefault: true },
);
