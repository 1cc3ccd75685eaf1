/** Entry point of the bundled language server (dist/server.js), started by the VS Code extension. */
import { main } from './server';

main();
