// Types of bench/suggestions.mjs, for the unit test that drives it.
export interface SuggestionFinding {
  readonly ruleId: string;
  readonly entry: { readonly file: string };
  readonly relative: string;
  readonly line: number;
  readonly column: number;
  readonly fix?: { readonly range: readonly number[]; readonly text: string };
  readonly suggestions?: readonly { readonly desc: string; readonly fix: { readonly range: readonly number[]; readonly text: string } }[];
}

export interface SuggestionTally {
  applied: number;
  parsed: number;
  comparisons: number;
  evaluated: number;
  constants: number;
  failures: string[];
  /** Every comparison or constant rewrite, for whoever reviews them. */
  rewrites: { where: string; label: string; before: string; after: string }[];
}

export function checkSuggestions(
  runs: readonly {
    readonly name: string;
    readonly result: { readonly findings: readonly SuggestionFinding[] };
    readonly parse: (text: string, file: string) => Promise<string | undefined>;
  }[],
): Promise<SuggestionTally>;
