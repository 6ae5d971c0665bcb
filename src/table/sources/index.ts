import { ConfigurationError } from '../../errors';
import type { DocumentedTable } from '../documented';

/**
 * Reads the documented table from a document (OpenAPI, Markdown error page, JSON).
 * `path` is resolved against `cwd`. Seam for the document readers.
 */
export function loadSourceTable(path: string, cwd: string): DocumentedTable {
  throw new ConfigurationError(
    `settings['http-status'].source ${JSON.stringify(path)} (from ${cwd}): reading documents is not supported yet.`,
  );
}
