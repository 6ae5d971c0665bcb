// `.eslintrc.json` users: ESLint 8.57, and ESLint 9 with ESLINT_USE_FLAT_CONFIG=false.
import { describeConfigMatrix } from './harness/matrix';

describeConfigMatrix('eslint8-eslintrc', 8, [
  { title: '.eslintrc.json extends plugin:http-status/legacy-recommended', configArgs: [], config: 'legacy-recommended' },
]);

describeConfigMatrix(
  'eslint9-eslintrc',
  9,
  [
    {
      title: '.eslintrc.json extends plugin:http-status/legacy-recommended',
      configArgs: [],
      config: 'legacy-recommended',
    },
    {
      title: '.eslintrc.json extends plugin:http-status/legacy-recommended-type-checked with projectService',
      configArgs: ['--no-eslintrc', '-c', '.eslintrc.type-checked.json'],
      config: 'legacy-recommended-type-checked',
    },
  ],
  { ESLINT_USE_FLAT_CONFIG: 'false' },
);
