// Editor squiggles: the ESLint language server VS Code runs (vscode-eslint-language-server,
// from vscode-langservers-extracted), driven over stdio like an editor, on the ESLint 10
// flat-config project.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectedFindings, PLUGIN_PREFIX, profileOf } from './harness/eslint';
import {
  EditorDocument,
  cliProblems,
  squiggleOfDiagnostic,
  type CliProblem,
} from './harness/editor-scenario';

const projectDir = inject('integration').projects['eslint10-flat'];
const file = 'src/client.js';
const isPluginRule = (ruleId: string): boolean => ruleId.startsWith(PLUGIN_PREFIX);
const withoutSuggestions = ({ ruleId, range, message }: CliProblem) => ({ ruleId, range, message });

describe(`the ESLint language server on ${file} (eslint.config.js with configs.recommended)`, () => {
  let document: EditorDocument;
  let cli: CliProblem[];

  beforeAll(async () => {
    cli = await cliProblems(projectDir, file, isPluginRule);
    document = await EditorDocument.open(projectDir, file);
  });

  afterAll(() => {
    // Whatever happened above, no language server outlives the suite.
    document?.session.server.kill();
  });

  it("pulls the plugin's findings with the same ranges and messages as the CLI", async () => {
    const diagnostics = await document.pullDiagnostics();
    expect(await document.validationStatus()).toBe(1);
    const squiggles = diagnostics.map(squiggleOfDiagnostic).filter((squiggle) => isPluginRule(squiggle.ruleId));
    expect(squiggles).toEqual(cli.map(withoutSuggestions));
    // ...which are the marked problems of the file.
    const marked = expectedFindings(profileOf(projectDir, 'recommended'), (marked) => marked === file);
    expect(squiggles.map((squiggle) => [squiggle.range.start.line + 1, squiggle.ruleId])).toEqual(
      marked.map((finding) => [finding.line, finding.ruleId]),
    );
  });

  it('shuts down cleanly on shutdown and exit', async () => {
    const pid = document.session.server.pid;
    expect(await document.close()).toBe(0);
    expect(document.session.server.running).toBe(false);
    expect(() => process.kill(pid!, 0)).toThrow();
  });
});
