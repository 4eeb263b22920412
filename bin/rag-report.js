#!/usr/bin/env node
// Plain JavaScript on purpose: an old Node.js must be able to read this file to say it is too old,
// instead of failing on syntax it does not know. Keep MINIMUM in step with "engines" in package.json.
var MINIMUM = [20, 19];
var running = process.versions.node.split('.').map(Number);
if (running[0] < MINIMUM[0] || (running[0] === MINIMUM[0] && running[1] < MINIMUM[1])) {
  process.stderr.write(
    'error: rag-report needs Node.js ' + MINIMUM.join('.') + ' or later, and this is Node.js ' + process.versions.node + '\n' +
      '  hint: install the current LTS version from https://nodejs.org/ (or with your version manager, e.g. `nvm install --lts`), then run rag-report again\n'
  );
  process.exitCode = 2;
} else {
  import('../build/main.js').then(function (cli) {
    return cli.main(process.argv.slice(2));
  }).then(function (code) {
    process.exitCode = code;
  });
}
