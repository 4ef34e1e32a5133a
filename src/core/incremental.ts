// Placeholder while the incremental cache is written (issue #7): a full parse per version.
import type { OkrDocument } from './model';
import { parseOkr, type ParseOptions } from './parse';

export class IncrementalDocument {
  constructor(private readonly options: ParseOptions = {}) {}

  update(text: string): OkrDocument {
    return parseOkr(text, this.options);
  }
}
