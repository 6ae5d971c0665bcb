// Editor squiggles: the ESLint language server VS Code runs (vscode-eslint-language-server,
// from vscode-langservers-extracted), driven over stdio like an editor, on the ESLint 10
// flat-config project.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectedFindings, PLUGIN_PREFIX, profileOf } from './harness/eslint';
import {
  EditorDocument,
  cliProblems,
  moveDown,
  positionAt,
  squiggleOfDiagnostic,
  type CliProblem,
} from './harness/editor-scenario';

const projectDir = inject('integration').projects['eslint10-flat'];
const file = 'src/client.js';
const isPluginRule = (ruleId: string): boolean => ruleId.startsWith(PLUGIN_PREFIX);
const comparisonRule = `${PLUGIN_PREFIX}no-hardcoded-status-comparison`;
/** Two lines typed at the top of the file, not saved. */
const typedLines = '// TODO: cache orders\n// (draft, not saved)\n';
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
    // What the user sees on `if (response.status === 200) {` (README "Editor").
    expect(squiggles[0]).toEqual({
      ruleId: comparisonRule,
      range: { start: { line: 5, character: 6 }, end: { line: 5, character: 29 } },
      message: 'Comparing with 200 (OK) hardcodes one status; check the 2xx class or use a named constant.',
    });
    // ...which are the marked problems of the file.
    const marked = expectedFindings(profileOf(projectDir, 'recommended'), (marked) => marked === file);
    expect(squiggles.map((squiggle) => [squiggle.range.start.line + 1, squiggle.ruleId])).toEqual(
      marked.map((finding) => [finding.line, finding.ruleId]),
    );
  });

  it('moves the squiggles with the text typed above them, before the file is saved', async () => {
    expect(cli.length).toBeGreaterThan(0);
    const onDisk = readFileSync(path.join(projectDir, file), 'utf8');
    document.edit({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, typedLines);
    const squiggles = (await document.pullDiagnostics())
      .map(squiggleOfDiagnostic)
      .filter((squiggle) => isPluginRule(squiggle.ruleId));
    expect(squiggles).toEqual(cli.map(withoutSuggestions).map((squiggle) => moveDown(squiggle, 2)));
    expect(readFileSync(path.join(projectDir, file), 'utf8')).toBe(onDisk);
  });

  it("offers the rule's suggestions as quick fixes at a finding, and applies the one picked", async () => {
    const problem = cli.find((candidate) => candidate.ruleId === comparisonRule && candidate.suggestions.length > 0);
    expect(problem).toBeDefined();
    const moved = moveDown(problem!, 2);
    const diagnostic = (await document.pullDiagnostics()).find(
      (candidate) => JSON.stringify(squiggleOfDiagnostic(candidate)) === JSON.stringify(withoutSuggestions(moved as CliProblem)),
    );
    expect(diagnostic).toBeDefined();

    const actions = await document.codeActions(diagnostic!);
    const suggestionTitles = problem!.suggestions.map((suggestion) => `${suggestion.desc} (${comparisonRule})`);
    expect(suggestionTitles).toEqual([
      `Check the 2xx class: \`response.status >= 200 && response.status < 300\`. (${comparisonRule})`,
    ]);
    expect(actions.map((action) => action.title)).toEqual([
      ...suggestionTitles,
      `Disable ${comparisonRule} for this line`,
      `Disable ${comparisonRule} for the entire file`,
      `Show documentation for ${comparisonRule}`,
    ]);

    const [first] = problem!.suggestions;
    const picked = actions.find((action) => action.title === suggestionTitles[0]);
    const onDisk = readFileSync(path.join(projectDir, file), 'utf8');
    const at = (offset: number) => {
      const position = positionAt(onDisk, offset);
      return { ...position, line: position.line + 2 };
    };
    expect(await document.apply(picked!)).toEqual([
      { range: { start: at(first!.fix.range[0]), end: at(first!.fix.range[1]) }, newText: first!.fix.text },
    ]);
  });

  it('shuts down cleanly on shutdown and exit', async () => {
    const pid = document.session.server.pid;
    expect(await document.close()).toBe(0);
    expect(document.session.server.running).toBe(false);
    expect(() => process.kill(pid!, 0)).toThrow();
  });
});

describe('the ESLint language server with ESLint 8.57 and .eslintrc.json (legacy-recommended)', () => {
  const legacyDir = inject('integration').projects['eslint8-eslintrc'];
  const legacyFile = 'src/server.js';

  it("pulls the plugin's findings with the same ranges and messages as the CLI, and shuts down", async () => {
    const cliFindings = await cliProblems(legacyDir, legacyFile, isPluginRule, { ESLINT_USE_FLAT_CONFIG: 'false' });
    expect(cliFindings.map((problem) => problem.range.start.line + 1)).toEqual(
      expectedFindings(profileOf(legacyDir, 'legacy-recommended'), (marked) => marked === legacyFile).map(
        (finding) => finding.line,
      ),
    );
    // `eslint.useFlatConfig: false`, as a VS Code user on .eslintrc sets it.
    const legacyDocument = await EditorDocument.open(legacyDir, legacyFile, { useFlatConfig: false });
    try {
      const squiggles = (await legacyDocument.pullDiagnostics())
        .map(squiggleOfDiagnostic)
        .filter((squiggle) => isPluginRule(squiggle.ruleId));
      expect(squiggles).toEqual(cliFindings.map(withoutSuggestions));
      expect(await legacyDocument.close()).toBe(0);
    } finally {
      legacyDocument.session.server.kill();
    }
  });
});
