// Resolves the @vcs/* path aliases for the compiled code in dist/ (node -r ./scripts/register-paths.js dist/...).
const path = require('node:path');
const tsConfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../tsconfig.json');

tsConfigPaths.register({ baseUrl: path.join(__dirname, '..', 'dist'), paths: compilerOptions.paths });
