// Child process of the benchmark (see system.ts): opens the 5,000-objective file the way the
// editor does (incremental cache + lint), types a few characters, and prints its heap use.
import { defaultConfig, lint } from '../src/core/lint/index';
import { parseOkr } from '../src/core/parse';
import type { OkrDocument } from '../src/core/model';
import { generateOkrFile } from './generate';

async function main(): Promise<void> {
  const text = generateOkrFile({ objectives: 5000 });
  const options = { config: defaultConfig(), fileName: 'okr.md' };
  let parse: (t: string) => OkrDocument = (t) => parseOkr(t);
  try {
    const mod = (await import('../src/core/incremental')) as { IncrementalDocument?: new () => { update(t: string): OkrDocument } };
    if (mod.IncrementalDocument) {
      const cache = new mod.IncrementalDocument();
      parse = (t) => cache.update(t);
    }
  } catch {
    // no incremental cache yet: a full parse per version
  }
  let current = text;
  lint(parse(current), current, options);
  const at = current.length >> 1;
  for (let i = 0; i < 10; i++) {
    current = i % 2 === 0 ? current.slice(0, at) + 'x' + current.slice(at) : current.slice(0, at) + current.slice(at + 1);
    lint(parse(current), current, options);
  }
  console.log(`HEAP_USED_MB=${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1)}`);
}

void main();
