/*
 * Stops with one line when the running Node.js is older than package.json's `engines.node`
 * (a `>=X.Y.Z` range: the one definition of the minimum). Every npm script starts with it, and
 * .ci/run asks it whether a node binary is new enough (`--quiet`: exit code only).
 *
 * Written in plain ES5 CommonJS on purpose: it must parse and run on whatever old Node a
 * machine has, which is exactly when it matters.
 */
'use strict';
var fs = require('fs');
var path = require('path');

var pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
var range = String((pkg.engines && pkg.engines.node) || '');
var wanted = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(range);
if (!wanted) {
  console.error('require-node: package.json engines.node must read ">=X.Y.Z", found "' + range + '"');
  process.exit(2);
}
var have = process.versions.node.split('.').map(Number);
var need = wanted.slice(1).map(Number);
var ok = false;
for (var i = 0; i < 3; i++) {
  if (have[i] !== need[i]) {
    ok = have[i] > need[i];
    break;
  }
  if (i === 2) ok = true;
}
if (!ok) {
  if (process.argv.indexOf('--quiet') < 0) {
    console.error(
      'Node.js ' +
        process.version +
        ' found, but this project needs Node.js ' +
        range +
        ' (Astro 7): install Node 24 LTS from https://nodejs.org, or without root run' +
        ' `npm install --prefix ~/.cache/xicheng-node node@24` and put ~/.cache/xicheng-node/node_modules/.bin first on PATH.',
    );
  }
  process.exit(1);
}
