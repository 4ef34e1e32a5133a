import assert from 'node:assert/strict';
import { isDefaultOkrFileName } from '../../../src/core/files';
import { okrFileNameFor } from '../../../src/core/scaffold';

describe('okrFileNameFor (New OKR File: a name typed in the save dialog)', () => {
  it('adds the .okr that typing over the dialog\'s selection drops', () => {
    // The dialog proposes 2026-q4.okr.md and selects '2026-q4.okr'; typing 'team' gives team.md.
    assert.equal(okrFileNameFor('team.md'), 'team.okr.md');
    assert.equal(okrFileNameFor('team'), 'team.okr.md');
    assert.equal(okrFileNameFor('Team Plan.markdown'), 'Team Plan.okr.md');
    assert.equal(okrFileNameFor('team.okr'), 'team.okr.md');
    assert.equal(okrFileNameFor('q1.2027.md'), 'q1.2027.okr.md');
    assert.equal(okrFileNameFor('v1.2'), null, 'a dot in a name without extension reads as one: kept');
    assert.equal(okrFileNameFor('okr'), 'okr.md');
  });

  it('leaves names that are OKR file names already', () => {
    for (const name of ['okr.md', 'team.okr.md', '2026-q4.okr.md']) assert.equal(okrFileNameFor(name), null, name);
  });

  it('gives no name where nothing is left to keep', () => {
    for (const name of ['.md', '.okr.md', '..', '', 'a/b.md']) assert.equal(okrFileNameFor(name), null, name);
  });

  it('keeps a name typed with another extension on purpose', () => {
    for (const name of ['notes.txt', 'plan.yaml', 'okr.html']) assert.equal(okrFileNameFor(name), null, name);
  });

  it('always gives a name the extension treats as an OKR file', () => {
    for (const name of ['x.md', 'x', 'x.MD', 'plan.okr.markdown', 'okr', 'a b.c.md']) {
      const fixed = okrFileNameFor(name);
      assert.ok(fixed && isDefaultOkrFileName(fixed), `${name} -> ${fixed}`);
    }
  });
});
