import assert from 'node:assert/strict';
import { slugify, uniqueSlug } from '../../../src/core/slug';

describe('slug', () => {
  it('lower-cases, folds accents, drops emoji and punctuation', () => {
    assert.equal(slugify('Grow revenue 🚀!'), 'grow-revenue');
    assert.equal(slugify('Élargir l’équipe — Q4'), 'elargir-l-equipe-q4');
    assert.equal(slugify('日本語 OKR'), '日本語-okr');
    assert.equal(slugify('🚀'), '');
  });

  it('makes slugs unique with -2, -3 and a fallback for empty ones', () => {
    const taken = new Set<string>();
    assert.deepEqual([uniqueSlug('Grow', taken), uniqueSlug('grow!', taken), uniqueSlug('GROW', taken), uniqueSlug('🚀', taken, 'objective')], ['grow', 'grow-2', 'grow-3', 'objective']);
  });
});
