// The benchmark's inputs: generated company files of 10, 100, 1,000 and 5,000 objectives, the
// hand-written files of bench/fixtures/ (the issue's "120-line file": a realistic ~10 KB company
// file, larger than any example), and the repository's examples/ files.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateOkrFile } from './generate';

export interface BenchCase {
  name: string;
  text: string;
}

export const GENERATED_SIZES = [10, 100, 1000, 5000] as const;

export function generatedCases(sizes: readonly number[] = GENERATED_SIZES): BenchCase[] {
  return sizes.map((n) => ({ name: `generated-${n}-objectives`, text: generateOkrFile({ objectives: n }) }));
}

export function exampleCases(root = 'examples'): BenchCase[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ name: `examples/${f}`, text: readFileSync(join(root, f), 'utf8') }));
}

/** The hand-written bench files (bench/fixtures/*.md), not in examples/ (the integration and UI tests count those). */
export function fixtureCases(root = 'bench/fixtures'): BenchCase[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ name: `fixtures/${f}`, text: readFileSync(join(root, f), 'utf8') }));
}
