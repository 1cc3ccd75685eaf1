#!/usr/bin/env node
'use strict';
// factlint's language server for any editor with an LSP client: factlint-language-server --stdio
let server;
try {
  server = require('../out/server/src/lsp/server.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('factlint-language-server: not built yet; run "npm run build" first.\n');
    process.exit(2);
  }
  throw error;
}
if (!process.argv.includes('--stdio') && !process.argv.some((a) => a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.stderr.write('Usage: factlint-language-server --stdio\n');
  process.exit(2);
}
server.main();
