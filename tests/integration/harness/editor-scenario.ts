import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  startEslintServer,
  ruleIdOf,
  statusNotificationFor,
  type CodeAction,
  type Diagnostic,
  type EditorSession,
  type EditorSettingsOverrides,
  type FullDiagnosticReport,
  type Position,
  type Range,
  type TextEdit,
} from './eslint-editor';
import { parseJsonResults, runEslint, type JsonMessage } from './eslint';

/** What a squiggle is: which rule, where, and what the hover says. */
export interface Squiggle {
  readonly ruleId: string;
  readonly range: Range;
  readonly message: string;
}

export interface CliSuggestion {
  readonly desc: string;
  readonly fix: { readonly range: readonly [number, number]; readonly text: string };
}

export interface CliProblem extends Squiggle {
  readonly suggestions: readonly CliSuggestion[];
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before.at(-1)?.length ?? 0 };
}

function squiggleOfCli(message: JsonMessage): CliProblem {
  return {
    ruleId: String(message.ruleId),
    // ESLint counts lines and columns from 1, LSP from 0.
    range: {
      start: { line: message.line - 1, character: message.column - 1 },
      end: { line: (message.endLine ?? message.line) - 1, character: (message.endColumn ?? message.column) - 1 },
    },
    message: message.message,
    suggestions: (message.suggestions ?? []) as readonly CliSuggestion[],
  };
}

/** The problems `eslint --format json` reports for one file, as squiggles, for the rules `accept` keeps. */
export async function cliProblems(
  projectDir: string,
  file: string,
  accept: (ruleId: string) => boolean,
  env: Readonly<Record<string, string>> = {},
): Promise<CliProblem[]> {
  const result = await runEslint(projectDir, [file, '--format', 'json'], env);
  const [report] = parseJsonResults(result);
  return (report?.messages ?? []).filter((message) => accept(String(message.ruleId))).map(squiggleOfCli);
}

export function squiggleOfDiagnostic(diagnostic: Diagnostic): Squiggle {
  return { ruleId: String(ruleIdOf(diagnostic)), range: diagnostic.range, message: diagnostic.message };
}

export function moveDown(squiggle: Squiggle, lines: number): Squiggle {
  const { start, end } = squiggle.range;
  return {
    ...squiggle,
    range: { start: { ...start, line: start.line + lines }, end: { ...end, line: end.line + lines } },
  };
}

/** One open document in one editor session against a real ESLint language server. */
export class EditorDocument {
  readonly uri: string;
  private version = 1;

  private constructor(
    readonly session: EditorSession,
    readonly filePath: string,
    readonly languageId: string,
  ) {
    this.uri = pathToFileURL(filePath).href;
  }

  static async open(
    projectDir: string,
    file: string,
    overrides: EditorSettingsOverrides = {},
  ): Promise<EditorDocument> {
    const session = await startEslintServer(projectDir, overrides);
    const filePath = path.join(projectDir, file);
    const languageId = /\.tsx?$/u.test(file) ? 'typescript' : 'javascript';
    const document = new EditorDocument(session, filePath, languageId);
    session.server.notify('textDocument/didOpen', {
      textDocument: { uri: document.uri, languageId, version: 1, text: readFileSync(filePath, 'utf8') },
    });
    return document;
  }

  /** Pull diagnostics (`textDocument/diagnostic`), as VS Code does for this server. */
  async pullDiagnostics(): Promise<Diagnostic[]> {
    const report = await this.session.server.request<FullDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri: this.uri },
    });
    if (report.kind !== 'full') throw new Error(`expected a full diagnostic report, got ${report.kind}`);
    return [...report.items];
  }

  /** Has the server validated this document and reported its status (1 = ok, 2 = warn, 3 = error)? */
  async validationStatus(): Promise<number | undefined> {
    const notification = await this.session.server.waitForNotification(statusNotificationFor(this.uri));
    return (notification.params as { state?: number }).state;
  }

  /** Types into the editor without saving: an incremental `didChange`. */
  edit(range: Range, text: string): void {
    this.version += 1;
    this.session.server.notify('textDocument/didChange', {
      textDocument: { uri: this.uri, version: this.version },
      contentChanges: [{ range, text }],
    });
  }

  /** The quick fixes the editor's light bulb offers at a diagnostic. */
  async codeActions(diagnostic: Diagnostic): Promise<CodeAction[]> {
    const actions = await this.session.server.request<CodeAction[] | null>('textDocument/codeAction', {
      textDocument: { uri: this.uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'], triggerKind: 1 },
    });
    return actions ?? [];
  }

  /** Picks a code action: runs its command; the server answers with `workspace/applyEdit`. */
  async apply(action: CodeAction): Promise<TextEdit[]> {
    if (!action.command) throw new Error(`code action "${action.title}" has no command`);
    const before = this.session.appliedEdits.length;
    await this.session.server.request('workspace/executeCommand', {
      command: action.command.command,
      arguments: action.command.arguments,
    });
    return this.session.appliedEdits.slice(before).flatMap((edit) => [
      ...(edit.documentChanges ?? []).filter((change) => change.textDocument.uri === this.uri).flatMap((change) => change.edits),
      ...(edit.changes?.[this.uri] ?? []),
    ]);
  }

  async close(): Promise<number | null> {
    return this.session.server.shutdown();
  }
}
