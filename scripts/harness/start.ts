// `npm start`: VS Code for the Web with this extension and `examples/` open, on
// http://localhost:3000 (PORT and HOST from the environment). Open the URL in a browser; Ctrl-C
// stops the server. The folder is mounted read/write in memory: edits never reach the disk.
import { startWebServer } from './web-server';

async function main(): Promise<void> {
  const port = Number(process.env.PORT || 3000);
  const host = process.env.HOST || 'localhost';
  const server = await startWebServer({ folder: 'examples', port, host });
  console.log(`\nOKR Markdown in VS Code for the Web: ${server.url}  (folder examples/; Ctrl-C to stop)\n`);
  const stop = (): void => {
    void server.stop().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
