// Tokenises one case file per construct of docs/language.md with the extension's TextMate grammar (through
// vscode-textmate and the Oniguruma engine VS Code itself uses) and compares the tokens with the case's snapshot
// (test/grammar/cases/NAME.agr.snap). To add a construct: add NAME.agr, run `UPDATE_SNAPSHOTS=1 npm test`, read
// the new .snap and commit both. A missing snapshot fails unless UPDATE_SNAPSHOTS is set.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const root = path.join(__dirname, '..');
const cases = path.join(__dirname, 'grammar', 'cases');
const languageDoc = path.join(root, '..', '..', 'docs', 'language.md');
const update = process.env.UPDATE_SNAPSHOTS === '1';

async function loadGrammar() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== 'source.agr') return null;
      const file = path.join(root, 'syntaxes', 'agr.tmLanguage.json');
      return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  return registry.loadGrammar('source.agr');
}

/** Each line, then each of its tokens that is not blank: the text and its scopes below the file's own scope. */
function tokenise(grammar, text) {
  const out = [];
  let stack = vsctm.INITIAL;
  for (const line of text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n')) {
    const result = grammar.tokenizeLine(line, stack);
    out.push('> ' + line);
    for (const token of result.tokens) {
      const piece = line.substring(token.startIndex, token.endIndex);
      if (piece.trim() === '') continue;
      out.push('  ' + piece.padEnd(24) + ' ' + token.scopes.filter((s) => s !== 'source.agr').join(' '));
    }
    stack = result.ruleStack;
  }
  return out.join('\n') + '\n';
}

function scopesOf(grammar, line) {
  return grammar.tokenizeLine(line, vsctm.INITIAL).tokens.map((t) => ({ text: line.substring(t.startIndex, t.endIndex), scopes: t.scopes }));
}

const grammarPromise = loadGrammar();

for (const file of fs.readdirSync(cases).filter((f) => f.endsWith('.agr')).sort()) {
  test(`grammar snapshot: ${file}`, async () => {
    const grammar = await grammarPromise;
    const actual = tokenise(grammar, fs.readFileSync(path.join(cases, file), 'utf8'));
    const snapshot = path.join(cases, file + '.snap');
    if (update) {
      fs.writeFileSync(snapshot, actual);
      return;
    }
    assert.ok(fs.existsSync(snapshot), `${file} has no snapshot: run UPDATE_SNAPSHOTS=1 npm test and review ${file}.snap`);
    assert.strictEqual(actual, fs.readFileSync(snapshot, 'utf8'), `${file}: tokens differ from ${file}.snap`);
  });
}

test('every construct section of docs/language.md (2.x, 3.x, 4.x) has a case file', () => {
  const sections = [...fs.readFileSync(languageDoc, 'utf8').matchAll(/^### ([234]\.\d+) /gm)].map((m) => m[1]);
  const files = fs.readdirSync(cases).filter((f) => f.endsWith('.agr'));
  const missing = sections.filter((s) => !files.some((f) => f.startsWith(s + '-')));
  assert.ok(sections.length >= 40, 'the sections of docs/language.md were not found');
  assert.deepStrictEqual(missing, [], `add test/grammar/cases/<section>-<title>.agr for: ${missing.join(', ')}`);
});

test('every keyword of the keyword index (docs/language.md section 7) is coloured as a keyword', async () => {
  const grammar = await grammarPromise;
  const doc = fs.readFileSync(languageDoc, 'utf8');
  const index = doc.substring(doc.indexOf('## 7. Keyword index'));
  const keywords = [...new Set([...index.matchAll(/`([^`]+)`/g)].map((m) => m[1]))];
  assert.ok(keywords.length > 100);
  for (const keyword of keywords) {
    const tokens = scopesOf(grammar, `x ${keyword} y`).filter((t) => t.text === keyword);
    assert.strictEqual(tokens.length, 1, `'${keyword}' is not one token`);
    assert.ok(tokens[0].scopes.some((s) => s.startsWith('keyword.')), `'${keyword}' is ${tokens[0].scopes.join(' ')}`);
  }
});

test('a keyword inside a name is part of the name', async () => {
  const grammar = await grammarPromise;
  for (const name of ['US-JP-2026', 'floorX', 'VAULT-STOCK', 'non-market-X', 'Floor']) {
    const tokens = scopesOf(grammar, `party ${name} "x"`).filter((t) => t.text.trim() !== '');
    assert.strictEqual(tokens[1].text, name);
    assert.ok(tokens[1].scopes.includes('variable.other.name.agr'), `${name}: ${tokens[1].scopes.join(' ')}`);
  }
});
