// `.eslintrc.json` users: ESLint 8.57, and ESLint 9 with ESLINT_USE_FLAT_CONFIG=false.
import { describeConfigMatrix } from './harness/matrix';

describeConfigMatrix(
  'eslint8-eslintrc',
  8,
  [{ title: '.eslintrc.json extends plugin:http-status/legacy-recommended', configArgs: [], config: 'legacy-recommended' }],
  // ESLint 8 switches to flat config when it finds an eslint.config.* in any parent
  // folder (a shared temp dir may hold one); pin the .eslintrc mode the project uses.
  { ESLINT_USE_FLAT_CONFIG: 'false' },
);

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
    {
      title: '.eslintrc.json extends plugin:http-status/legacy-strict',
      configArgs: ['--no-eslintrc', '-c', '.eslintrc.strict.json'],
      config: 'legacy-strict',
    },
  ],
  { ESLINT_USE_FLAT_CONFIG: 'false' },
);
