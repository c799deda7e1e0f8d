#!/usr/bin/env node
/**
 * Threshold mutation testing: flips every comparison (>= to >, > to >=, <= to <, < to <=) in the
 * rules, the scoring and the risk bands, one at a time, runs the unit tests of the checks and the
 * scoring, and lists every flip the tests did not notice. Too slow for CI (one Jest run a mutant);
 * run it after changing a rule or a threshold:
 *
 *   node scripts/mutate-thresholds.js            checks and scoring unit tests (as npm test would catch it)
 *   node scripts/mutate-thresholds.js --tables   only the case tables (test/unit/checks/rules, test/unit/scoring)
 *   node scripts/mutate-thresholds.js --only risk-bands    only files whose path contains the text
 *
 * Exits 1 when a mutant survives. Every file is restored after its run, and on Ctrl+C.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const root = path.join(__dirname, '..');
const jest = require.resolve('jest/bin/jest');

const FLIPPED = {
  [ts.SyntaxKind.GreaterThanEqualsToken]: '>',
  [ts.SyntaxKind.GreaterThanToken]: '>=',
  [ts.SyntaxKind.LessThanEqualsToken]: '<',
  [ts.SyntaxKind.LessThanToken]: '<=',
};

/**
 * Flips that cannot change what the code does, by file and the comparison's text, with the reason.
 * A listed mutant is still run; it is reported apart, and fails the run if the tests do kill it
 * (then it was not equivalent and belongs out of this list).
 */
const EQUIVALENT = [
  {
    file: 'src/checks/rules/template-version.ts', expression: 'difference > 0',
    why: 'only reached when difference !== 0, where > 0 and >= 0 agree',
  },
  {
    file: 'src/checks/rules/template-version.ts', expression: 'i < Math.max(a.length, b.length)',
    why: 'the extra pass compares two missing parts, 0 - 0, which returns nothing',
  },
  {
    file: 'src/checks/rules/empty-list.ts', expression: 'located.length > 1',
    why: 'only reached with every list empty, when located holds every declared list, never exactly one',
  },
];

function sourceFiles() {
  const walk = (dir) => fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return walk(relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
  return [...walk('src/checks/rules'), ...walk('src/scoring'), 'src/domain/risk-bands.ts'];
}

/** Every comparison in a file, found by the TypeScript parser so generics such as Array<string> are left alone. */
function comparisons(file) {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isBinaryExpression(node) && FLIPPED[node.operatorToken.kind] !== undefined) {
      const operator = node.operatorToken;
      const start = operator.getStart(source);
      found.push({
        file,
        line: source.getLineAndCharacterOfPosition(start).line + 1,
        expression: node.getText(source),
        from: operator.getText(source),
        to: FLIPPED[operator.kind],
        mutated: text.slice(0, start) + FLIPPED[operator.kind] + text.slice(operator.getEnd()),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { text, found };
}

function runTests(testPaths) {
  const run = spawnSync(process.execPath, [jest, ...testPaths, '--selectProjects', 'unit', '--bail', '--silent', '--ci'], {
    cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  });
  return run.status === 0;
}

function main() {
  const args = process.argv.slice(2);
  const testPaths = args.includes('--tables') ? ['test/unit/checks/rules', 'test/unit/scoring'] : ['test/unit/checks', 'test/unit/scoring'];
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
  const files = sourceFiles().filter((f) => only === undefined || f.includes(only));

  console.log(`Tests: ${testPaths.join(' ')}`);
  if (!runTests(testPaths)) {
    console.error('The tests fail without any mutation; fix them first.');
    process.exit(2);
  }

  let restore;
  const onInterrupt = () => {
    if (restore) restore();
    process.exit(130);
  };
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onInterrupt);

  const killed = [];
  const survivors = [];
  const equivalent = [];
  const notEquivalent = [];
  for (const file of files) {
    const { text, found } = comparisons(file);
    const full = path.join(root, file);
    restore = () => fs.writeFileSync(full, text);
    for (const mutant of found) {
      fs.writeFileSync(full, mutant.mutated);
      let caught;
      try {
        caught = !runTests(testPaths);
      } finally {
        restore();
      }
      const allowed = EQUIVALENT.find((e) => e.file === file && e.expression === mutant.expression);
      const where = `${file}:${mutant.line}  ${mutant.expression}  (${mutant.from} → ${mutant.to})`;
      if (caught) (allowed ? notEquivalent : killed).push(where);
      else (allowed ? equivalent : survivors).push(`${where}${allowed ? `: ${allowed.why}` : ''}`);
      console.log(`${caught ? 'killed  ' : allowed ? 'equival.' : 'SURVIVED'} ${where}`);
    }
    restore = undefined;
  }

  const tried = killed.length + survivors.length + equivalent.length + notEquivalent.length;
  console.log(`\nMutants tried: ${tried}; killed: ${killed.length + notEquivalent.length}; survived: ${survivors.length}; equivalent (allowed): ${equivalent.length}.`);
  for (const s of survivors) console.log(`  survived: ${s}`);
  for (const e of equivalent) console.log(`  equivalent: ${e}`);
  for (const n of notEquivalent) console.log(`  listed as equivalent but killed, take it off the list: ${n}`);
  process.exit(survivors.length > 0 || notEquivalent.length > 0 ? 1 : 0);
}

main();
