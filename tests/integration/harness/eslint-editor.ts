import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LanguageServerClient } from './lsp-client';
import { repoRoot } from './projects';

/** LSP shapes the tests read (a subset of the protocol's). */
export interface Position {
  readonly line: number;
  readonly character: number;
}
export interface Range {
  readonly start: Position;
  readonly end: Position;
}
export interface Diagnostic {
  readonly range: Range;
  readonly message: string;
  readonly severity?: number;
  readonly source?: string;
  readonly code?: string | number | { readonly value: string | number; readonly target: string };
  readonly codeDescription?: { readonly href: string };
}
export interface FullDiagnosticReport {
  readonly kind: 'full' | 'unchanged';
  readonly items: readonly Diagnostic[];
}
export interface Command {
  readonly title: string;
  readonly command: string;
  readonly arguments?: readonly unknown[];
}
export interface CodeAction {
  readonly title: string;
  readonly kind?: string;
  readonly diagnostics?: readonly Diagnostic[];
  readonly command?: Command;
}
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}
export interface WorkspaceEdit {
  readonly documentChanges?: readonly { readonly textDocument: { readonly uri: string }; readonly edits: readonly TextEdit[] }[];
  readonly changes?: Readonly<Record<string, readonly TextEdit[]>>;
}

/** The language server VS Code's ESLint extension runs, as extracted by vscode-langservers-extracted. */
export const eslintServerBin = path.join(
  path.dirname(createRequire(path.join(repoRoot, 'package.json')).resolve('vscode-langservers-extracted/package.json')),
  'bin',
  'vscode-eslint-language-server',
);

/**
 * The settings VS Code's ESLint extension answers `workspace/configuration` with for
 * a file (its defaults: validate on, lint while typing, flat config found by location).
 */
export function editorSettings(workspaceDir: string, overrides: EditorSettingsOverrides = {}): Record<string, unknown> {
  return {
    validate: 'on',
    packageManager: 'npm',
    useESLintClass: false,
    // `eslint.useFlatConfig`: unset lets ESLint decide; false keeps .eslintrc (ESLint 8 and 9).
    ...(overrides.useFlatConfig === undefined ? {} : { useFlatConfig: overrides.useFlatConfig }),
    experimental: { useFlatConfig: false },
    codeAction: {
      disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
      showDocumentation: { enable: true },
    },
    codeActionOnSave: { mode: 'all' },
    format: false,
    quiet: false,
    onIgnoredFiles: 'off',
    options: {},
    rulesCustomizations: [],
    run: 'onType',
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workingDirectory: { mode: 'location' },
    workspaceFolder: { name: path.basename(workspaceDir), uri: pathToFileURL(workspaceDir).href },
  };
}

/** The few settings a user changes from VS Code's defaults. */
export interface EditorSettingsOverrides {
  readonly useFlatConfig?: boolean;
}

export interface EditorSession {
  readonly server: LanguageServerClient;
  /** Workspace edits the server asked the editor to apply (`workspace/applyEdit`). */
  readonly appliedEdits: WorkspaceEdit[];
}

/** Starts the ESLint language server on a workspace folder and initializes it as an editor would. */
export async function startEslintServer(
  workspaceDir: string,
  overrides: EditorSettingsOverrides = {},
): Promise<EditorSession> {
  const server = new LanguageServerClient(process.execPath, [eslintServerBin, '--stdio'], workspaceDir);
  const appliedEdits: WorkspaceEdit[] = [];
  try {
    server.onRequest('workspace/configuration', (params) => {
      const { items } = params as { items: readonly unknown[] };
      return items.map(() => editorSettings(workspaceDir, overrides));
    });
    server.onRequest('workspace/applyEdit', (params) => {
      appliedEdits.push((params as { edit: WorkspaceEdit }).edit);
      return { applied: true };
    });
    const workspaceUri = pathToFileURL(workspaceDir).href;
    await server.request('initialize', {
      processId: process.pid,
      clientInfo: { name: 'eslint-plugin-http-status integration tests' },
      rootUri: workspaceUri,
      workspaceFolders: [{ uri: workspaceUri, name: path.basename(workspaceDir) }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, applyEdit: true, executeCommand: {} },
        textDocument: {
          synchronization: { didSave: true },
          diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
          codeAction: {
            codeActionLiteralSupport: {
              codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll', 'source.fixAll.eslint'] },
            },
          },
        },
      },
    });
    server.notify('initialized', {});
    return { server, appliedEdits };
  } catch (error) {
    server.kill();
    throw error;
  }
}

/** The `eslint/status` notification the server sends after validating a document. */
export function statusNotificationFor(uri: string) {
  return (notification: { method: string; params: unknown }): boolean =>
    notification.method === 'eslint/status' && (notification.params as { uri?: string }).uri === uri;
}

/** The rule id an ESLint diagnostic carries in `code`. */
export function ruleIdOf(diagnostic: Diagnostic): string | undefined {
  const { code } = diagnostic;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}
