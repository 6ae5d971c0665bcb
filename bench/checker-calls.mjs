// Counts what the plugin asks the type checker (issue 16: checker calls per 1,000 lines). A rule
// listed before the plugin's wraps each method of every checker it meets, once; linted with only
// the plugin's rules besides it, every call counted is the plugin's. The wrapped checkers live in
// the project service's programs: clear the parser's caches afterwards, before anything is timed.
export function checkerCallCounter() {
  const counts = new Map();
  const wrapped = new WeakSet();
  const rule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      const checker = context.sourceCode.parserServices?.program?.getTypeChecker();
      if (checker && !wrapped.has(checker)) {
        wrapped.add(checker);
        for (const [name, method] of Object.entries(checker)) {
          if (typeof method !== 'function') continue;
          checker[name] = function countedCheckerCall(...args) {
            counts.set(name, (counts.get(name) ?? 0) + 1);
            return method.apply(this, args);
          };
        }
      }
      return {};
    },
  };
  return {
    config: { plugins: { 'checker-calls': { rules: { count: rule } } }, rules: { 'checker-calls/count': 'error' } },
    /** Calls per method, most first. */
    counts: () => [...counts].sort((a, b) => b[1] - a[1]),
    total: () => [...counts.values()].reduce((sum, count) => sum + count, 0),
  };
}
