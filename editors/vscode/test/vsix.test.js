// Lists the packaged extension (agreementlang.vsix, made by `npm run package`, which .ci/run does before the tests)
// and checks that what VS Code loads is in it: the manifest's entry point, grammar, language configuration and
// snippets at the paths the manifest names, the server launch settings, README and the language client, and that
// sources, tests and build tools are not.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const yauzl = require('yauzl');

const vsix = path.join(__dirname, '..', 'agreementlang.vsix');

function entries() {
  return new Promise((resolve, reject) => {
    yauzl.open(vsix, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const found = new Map();
      zip.on('entry', (entry) => {
        if (!entry.fileName.endsWith('package.json') || entry.fileName !== 'extension/package.json') {
          found.set(entry.fileName, null);
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks = [];
          stream.on('data', (c) => chunks.push(c));
          stream.on('end', () => {
            found.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(found));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

test('the .vsix holds what VS Code loads, at the paths its manifest names', async () => {
  assert.ok(fs.existsSync(vsix), 'agreementlang.vsix is missing: run npm run package first');
  const files = await entries();
  const manifest = JSON.parse(files.get('extension/package.json'));
  const inside = (p) => 'extension/' + path.posix.normalize(p).replace(/^\.\//, '');

  assert.ok(files.has(inside(manifest.main)), `entry point ${manifest.main}`);
  assert.ok(files.has('extension.vsixmanifest'));
  assert.ok(files.has('extension/readme.md') || files.has('extension/README.md'), 'README');
  assert.ok(files.has('extension/LICENSE.txt') || files.has('extension/LICENSE'), 'LICENSE');

  const grammar = manifest.contributes.grammars.find((g) => g.language === 'agr');
  assert.strictEqual(grammar.scopeName, 'source.agr');
  assert.ok(files.has(inside(grammar.path)), `grammar ${grammar.path}`);
  const language = manifest.contributes.languages.find((l) => l.id === 'agr');
  assert.deepStrictEqual(language.extensions, ['.agr']);
  assert.ok(files.has(inside(language.configuration)), `language configuration ${language.configuration}`);
  for (const snippets of manifest.contributes.snippets) {
    assert.ok(files.has(inside(snippets.path)), `snippets ${snippets.path}`);
  }

  const settings = manifest.contributes.configuration.properties;
  assert.strictEqual(settings['agreementlang.server.path'].default, 'agr');
  assert.deepStrictEqual(settings['agreementlang.server.args'].default, ['lsp']);

  assert.ok(files.has('extension/node_modules/vscode-languageclient/package.json'), 'the language client');
  const names = [...files.keys()];
  for (const unwanted of ['extension/src/', 'extension/test/', 'extension/node_modules/typescript/', 'extension/node_modules/@vscode/vsce/']) {
    assert.ok(!names.some((n) => n.startsWith(unwanted)), `${unwanted} must not be packaged`);
  }
});
