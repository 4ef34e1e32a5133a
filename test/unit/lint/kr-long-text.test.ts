// Long KR lines: the trailing-owners, `by <date>` and people-count regexes used to rescan the text
// from every space or digit (quadratic: ~2 s at 20,000 characters, tens of seconds at 50,000). The
// linear replacements must find exactly what the regexes found on ordinary text (property tests
// against the old regexes), and a 50,000-character KR must lint in well under a second or two.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultConfig, lint } from '../../../src/core/lint/index';
import { quote } from '../../../src/core/lint/helpers';
import { deadlineWordsStart, trailingOwnersStart, withoutTrailingOwners } from '../../../src/core/lint/kr';
import { peopleCount } from '../../../src/core/lint/rules/kr-ambiguous-metric';
import { parseOkr } from '../../../src/core/parse';

// The regexes as they were.
const OLD_OWNERS = /(?:\s+@[\w.-]+)+\s*$/;
const OLD_BY = /\s+(?:by|before|until)\s+(?:the\s+)?(?:end\s+of\s+)?(?:\d{4}-\d{2}-\d{2}|q[1-4]\b|[a-z]{3,9}\.?\s+\d{1,2}\b|eoq|eoy|quarter end)[^]*$/i;
const OLD_PEOPLE = /\b(\d[\d.,]*\s*[kmb]?\+?|one|a|ten|a hundred|a thousand|a million)\s+(users|customers|members|visitors|people|subscribers|accounts)\b/i;

// KR-like text made of the pieces these patterns care about, odd spacing and case included.
const piece = fc.constantFrom(
  ' ', ' ', '  ', '\t', '\u00a0', 'Increase', 'grow', 'x', '_', 'é', '@', '@bob', '@a.b-c', '@@', 'bob@x', '-', '.', ',', '+', 'k', 'M', 'b',
  '1', '12', '1,000', '2.5', '10k', '5 k', '3+', '7k+', 'by', 'By', 'before', 'until', 'the', 'end', 'of', 'Q4', 'q5', '2026-12-15', 'Dec',
  'December', '15', 'eoq', 'EOY', 'quarter end', 'users', 'Users', 'customers', 'people', 'accounts', 'usersx', 'one', 'ten', 'often', 'a',
  'A', 'a hundred', 'a thousand', 'a million', 'from', 'to', '%', '(', ')', '\u212a',
);
const krLike = fc.array(piece, { maxLength: 16 }).map((parts) => parts.join(''));
const spaced = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(' '));
// Texts ending as KRs do: a deadline phrase, then owners (most random texts have neither).
const tailed = fc
  .tuple(
    krLike,
    fc.constantFrom('', ' by 2026-12-15', ' by the end of Q4', '  until Dec 15', ' before eoq', ' by   December  3', ' By quarter end', ' by Q9', 'by Q4'),
    fc.array(fc.constantFrom(' @a', '  @b.c', '\t@x-y', ' @', '@z', ' ', ' x', '\u00a0@n'), { maxLength: 5 }),
  )
  .map(([head, deadline, owners]) => head + deadline + owners.join(''));
const text = fc.oneof(krLike, spaced, tailed);
const runs = Number(process.env.FC_RUNS ?? 3000);

describe('KR text helpers on long lines', () => {
  it('trailingOwnersStart finds what /(?:\\s+@[\\w.-]+)+\\s*$/ found', () => {
    fc.assert(
      fc.property(text, (s) => {
        const m = OLD_OWNERS.exec(s);
        assert.equal(trailingOwnersStart(s), m ? m.index : -1);
        assert.equal(withoutTrailingOwners(s), s.replace(OLD_OWNERS, ''));
      }),
      { numRuns: runs },
    );
    fc.assert(
      fc.property(text, (s) => {
        const old = s.replace(/\s+/g, ' ').trim().replace(/(?:\s+@[\w.-]+)+$/, '');
        assert.equal(quote(s, 1000), `'${old}'`, 'quote() drops trailing owners as before');
      }),
      { numRuns: runs },
    );
    assert.equal(trailingOwnersStart('Grow revenue @ann @bob.k '), 'Grow revenue'.length);
    assert.equal(trailingOwnersStart('Grow revenue @ann x'), -1);
  });

  it('deadlineWordsStart finds what the `\\s+(?:by|before|until)…` regex found', () => {
    fc.assert(
      fc.property(text, (s) => {
        const m = OLD_BY.exec(s);
        assert.equal(deadlineWordsStart(s), m ? m.index : -1);
      }),
      { numRuns: runs },
    );
    assert.equal(deadlineWordsStart('Ship it   by the end of Q4 please'), 'Ship it'.length);
  });

  it('peopleCount finds what the people-count regex found (index, match, noun)', () => {
    fc.assert(
      fc.property(text, (s) => {
        const m = OLD_PEOPLE.exec(s);
        assert.deepEqual(peopleCount(s), m ? { index: m.index, match: m[0], noun: m[2] } : null);
      }),
      { numRuns: runs },
    );
    assert.deepEqual(peopleCount('Reach x1,000 users'), { index: 'Reach x1,'.length, match: '000 users', noun: 'users' });
    assert.deepEqual(peopleCount('Get 5 k+   Users'), { index: 4, match: '5 k+   Users', noun: 'Users' });
  });

  describe('linting a 50,000-character KR takes well under two seconds (tens of seconds before)', function () {
    this.timeout(60_000);
    const cases: [string, string][] = [
      ['a long run of spaces', 'Improve' + ' '.repeat(50_000) + 'x'],
      ['a long list of numbers', 'Increase ' + '1,'.repeat(25_000)],
      ['many trailing-owner-like tokens', 'Increase signups from 1 to 2' + ' @a'.repeat(16_000) + ' y'],
      ['a long number and spaces before a people noun', 'Increase ' + '1,'.repeat(12_000) + ' '.repeat(20_000) + 'k users'],
    ];
    for (const [name, kr] of cases) {
      it(name, () => {
        const text = `## O1: Grow\n\n- ${kr}\n`;
        const doc = parseOkr(text);
        assert.equal(doc.objectives[0]?.keyResults.length, 1);
        const before = process.cpuUsage();
        const diagnostics = lint(doc, text, { config: defaultConfig() });
        const used = process.cpuUsage(before);
        const seconds = (used.user + used.system) / 1e6;
        assert.ok(Array.isArray(diagnostics));
        assert.ok(seconds < 2, `lint took ${seconds.toFixed(2)} s of CPU`);
      });
    }
  });
});
