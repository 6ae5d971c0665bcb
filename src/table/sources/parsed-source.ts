import type { DocumentedOperation } from '../operations';
import type { StatusClass } from '../registry';

/** One code as a document gives it: the reason and description only when the document says them. */
export interface SourceEntry {
  readonly code: number;
  readonly reason?: string;
  readonly description?: string;
}

/** What a reader found in one document, before it becomes a documented table. */
export interface ParsedSource {
  /** For people: "OpenAPI 3.1.0 document", "Markdown page", "JSON codes table". */
  readonly kind: string;
  /** In code order, one per code. */
  readonly entries: readonly SourceEntry[];
  /** Whole classes the document covers (OpenAPI `4XX` keys). */
  readonly classes: readonly StatusClass[];
  /** Things skipped that the user should hear about (external `$ref`s). */
  readonly warnings: readonly string[];
  /** The operations it documents one by one (OpenAPI). */
  readonly operations?: readonly DocumentedOperation[];
}

/**
 * Collects codes in document order; the first reason and description a document
 * gives for a code win, later mentions only fill what is still missing.
 */
export class EntryCollector {
  private readonly byCode = new Map<number, { reason?: string; description?: string }>();

  add(code: number, reason?: string, description?: string): void {
    const existing = this.byCode.get(code);
    if (!existing) {
      this.byCode.set(code, { ...(reason ? { reason } : {}), ...(description ? { description } : {}) });
      return;
    }
    if (existing.reason === undefined && reason) existing.reason = reason;
    if (existing.description === undefined && description) existing.description = description;
  }

  get size(): number {
    return this.byCode.size;
  }

  entries(): SourceEntry[] {
    return [...this.byCode]
      .sort(([a], [b]) => a - b)
      .map(([code, text]) => ({ code, ...text }));
  }
}
