// Reads a key result's wording the way an OKR coach does: is there a checkable target (a number
// that is a target, a quantifier, a done-criterion)? Is it an activity or output rather than an
// outcome? Which vague words carry it? Used by kr-not-measurable, kr-task-like and kr-vague-verb.
//
// Accuracy first: numbers that are not targets (dates, versions, `Q4`, `P0`, `SOC 2`, `24/7`,
// `Web3`, `the 2 new AEs who will …`) never count as targets. Tuned on the `dev` split of
// test/accuracy/key-results.jsonl only.

export interface NumberToken {
  raw: string;
  start: number;
  end: number;
  /** True when the number states how much (a target, threshold, count); false for dates, versions, names. */
  target: boolean;
  /** Why it is not a target (for messages): `a date`, `a version`, `a name`, … */
  reason: string | null;
  /** The text that made it a non-target (`Q4`, `SOC 2`, `2026-12-15`), for messages. */
  context: string;
}

export interface Wording {
  /** The text with list tags, priority labels, owners and Markdown marks blanked out (same length as the input). */
  clean: string;
  numbers: NumberToken[];
  /** A number (or number word) that states an amount. */
  hasTarget: boolean;
  /** `all`, `every`, `no open bugs`, `never`, `zero`…: a checkable scope without digits. */
  hasQuantifier: boolean;
  /** Vague words in the main clause, as written (`improve`, `better`). */
  vagueWords: { word: string; start: number; end: number }[];
  /** The word that says the activity never ends (`continuous`, `regularly`, `day-to-day`) when basis is 'ongoing-words', or the phrase that promises effort only (`lay the groundwork`, `work towards`) when basis is 'ongoing'. */
  ongoingWord?: string;
  /** The leading verb, lower-cased, and its span (after tags), or null. */
  verb: { word: string; start: number; end: number } | null;
  verbClass: 'direction' | 'vague' | 'ongoing' | 'activity' | 'outcome' | null;
  /** A question with nothing to check, or a placeholder (`TBD`). */
  placeholder: boolean;
  /** An activity verb whose object is an unbounded plural (`Write blog posts`). */
  unboundedPlural: boolean;
  /** Reads as an outcome: a metric moved, a threshold kept, a capability, a state of the world. */
  outcome: boolean;
  /** Reads as a deliverable done/not done (`v2 released`, `Launch the new website`). */
  milestone: boolean;
  measurable: boolean;
  /** What decided `measurable`: a target, a quantifier or a done-criterion (measurable), or why not. */
  basis: 'target' | 'pointer' | 'quantifier' | 'done-criterion' | 'research' | 'placeholder' | 'direction' | 'vague' | 'ongoing' | 'vague-words' | 'ongoing-words' | 'unbounded-plural' | 'open-scope' | 'area' | 'metric-only';
  taskLike: boolean;
  /** Measurable by default, but only a bare label of common nouns (`Keyboard shortcuts`): a feature or only a theme. kr-not-measurable's `possible` option reports it. */
  borderline: boolean;
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

// Units a number may carry glued to it (`1TB`, `72h`, `$50k`, `2x`) and still be an amount.
const GLUED_UNIT = /^(?:k|m|b|bn|mm|x|h|hr|hrs|d|ms|s|sec|secs|min|mins|gb|tb|mb|kb|pb|mbps|gbps|rps|qps|pp|pts|usd|eur|gbp|kg|lb|lbs|km|kwh|mwh|k\+|m\+|\+|%|st|nd|rd|th)$/i;

const DIRECTION_VERBS = new Set(
  'increase increasing increased raise raising grow growing decrease decreasing reduce reducing cut cutting lower lowering boost boosting expand expanding accelerate speed minimize minimise maximize maximise shorten lengthen double triple halve drop scale'.split(' '),
);
const VAGUE_VERBS = new Set(
  'improve improving enhance enhancing optimize optimise optimizing optimising strengthen streamline simplify refine advance deepen broaden widen bolster reinforce solidify stabilize stabilise modernize modernise transform evolve revitalize revitalise harden sharpen de-risk derisk uplift elevate uplevel up-level'.split(' '),
);
// A stance or an effort, not a deliverable (`Own the onboarding experience`, `Align with sales`): open-ended
// without a number; with one (`Own 30% of the market`) the number is the outcome.
const STANCE_VERBS = new Set('own align position invest prioritize prioritise champion embrace empower democratize democratise unlock'.split(' '));
// Verbs that finish one deliverable (`Launch`, `Hire`) and, as activities, are outputs: shared by ACTIVITY_VERBS and
// COMPLETION_VERBS. The helping and studying verbs are both activities and ongoing.
const FINISHING = 'launch ship release implement build write create design develop migrate deploy set hold run organise organize present publish document draft define review audit hire recruit complete finish deliver fix refactor add integrate rewrite port apply collect describe determine map conduct identify instrument introduce provide establish store save catch upgrade move redesign agree make get prototype announce plan prepare produce host translate test automate replace remove deprecate rename convert package install configure enable evaluate assess benchmark validate verify finalize finalise ratify approve propose spec specify outline share select choose decide pick procure purchase buy open close schedule record obtain retire decommission sunset archive compile refresh rebuild revamp overhaul consolidate standardize standardise formalize formalise codify submit register localize localise land delete switch cancel';
const HELPING = 'attend research investigate explore help support consult participate collaborate work continue tune try study mentor coach';
// Activities with no end state of their own; the last ones refine without a finish line (`Iterate on`, `Tune`,
// `Polish`, `Tighten`: the labels, like the guide, call them activities, not vague outcomes).
const ONGOING_VERBS = new Set(`${HELPING} continuing measure measuring exploring engage engaging helping supporting assist facilitate trying sourcing source focus foster encourage promote evangelize evangelise advocate learn monitor drive pursue nurture cultivate leverage ensure consider track figure experiment address tackle coordinate liaise iterate polish tighten`.split(' '));
// Verbs of taking part in someone else's effort: ongoing when they take a preposition instead of an object.
const PARTAKING_VERBS = new Set('contribute partner collaborate cooperate participate engage join liaise interact'.split(' '));
const ACTIVITY_VERBS = new Set(`${FINISHING} ${HELPING} speak analyse analyze train onboard start update change detect re-queue requeue talk post renegotiate send teach clean expose adopt interview survey sign-off communicate roll rollout socialize socialise pilot contract negotiate shut arrange amplify celebrate feature cover handle come gather gain capture kick curate assemble rework sponsor educate execute unify demo showcase blog tweet read exercise meditate practice practise walk cook volunteer email call spend dedicate allocate travel visit`.split(' '));
// Verbs whose plural object without a count leaves "how many?" open (`Write blog posts`).
// (With the verbs that work through items of a set, as `fix` does: `Fix P0 bugs`, `Update docs pages`, `Identify gaps`,
// `Resolve open issues`, `Merge community PRs`; the guide contrasts `Fix all P0 bugs`. Not removing: `Remove ads from the
// free plan` leaves none, a state like the guide's `no open P0 bugs`.)
const PRODUCING_VERBS = new Set('write publish post create document fix try hold organize organise host run produce draft record send ship release update identify merge resolve triage address flag patch finish read answer handle process collect gather review plug'.split(' '));
// Of PRODUCING_VERBS, those that work through items that exist already (not ones that make new output).
const ITEM_VERBS = new Set('fix update identify merge resolve triage address flag patch finish read answer handle process review plug'.split(' '));
// A period that scopes a set (`for FY2026`, `of 2025`, `from Q3`).
const PERIOD_SET = /\b(?:for|of|from)\s+(?:the\s+)?(?:fy\s?\d{2,4}|[qh][1-4]\b|(?:19|20)\d\d\b)/;
// Generic units of output: a plural of them with no count leaves "how many?" open (`Ship new features`).
// (Not `tests`: tests for something are a capability of the code, present or not, like `Audit logs`.)
const GENERIC_UNITS = /^(?:features|improvements|fixes|updates|changes|releases|versions|enhancements|bugs|experiments|posts|articles|videos|blogs|episodes|talks|demos|integrations|tools|apps|products|prs|patches|components|modules|plugins|extensions|templates|guides|tutorials|pages|stories|campaigns|events|webinars|workshops|meetups|newsletters|emails|tweets|items|tasks|projects|initiatives|ideas|prototypes|mvps|iterations|capabilities)$/;
// Words ending in -s that are not plurals (`process`, `status`, `analytics`, `news`, `sales`).
const NOT_PLURAL = /(?:ss|us|is|ics|ness|news|series|status|process|access|devops|sales)$/;
// A determiner before a noun phrase: a definite or quantified object (`the legacy services`, `all P0 bugs`), not an open one.
const DETERMINED = /^\s*(?:the|a|an|our|my|your|this|that|these|those|its|their|his|her|one|each|every|all|both|some|any|no|\w+'s)\b/i;
// Amounts measured in units (weight, money, time, a share): what gaining or giving up, with no number, leaves open.
const AMOUNT_NOUN = /^(?:money|cash|funds|savings|budget|costs?|revenue|income|profit|time|hours|weight|muscle|mass|fat|calories|sleep|energy|fuel|space|storage|memory|bandwidth|share|points|ground)$/;
// Names joined into a list after a preposition of place or for whom (`in Berlin and Lisbon`, `for Acme, Globex and
// Initech`; not topics: `posts on Startup and Tech`); periods and months are times, not names (`in Q3 and Q4`).
const NAME = String.raw`(?!(?:Q[1-4]|H[12]|FY\d*|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)(?:[A-Z]|[a-z]+[A-Z])[\w.&'’+-]*(?:\s+[A-Z][\w.&'’+-]*){0,2}`;
const NAMED_LIST = new RegExp(String.raw`\s(?:in|at|for|across|with|to|into)\s+(?:the\s+)?${NAME}(?:\s*,\s*${NAME})*,?\s+(?:and|&)\s+${NAME}`);
// A bare plural after `at` (`Speak at conferences`) or introduced as new, additional, other (`Identify new revenue streams`;
// its head is the first plural word that is not a singular in -s: `new sales offices`).
const NEW_PLURAL = new RegExp(String.raw`^\s*(?:(at)\s+|(?:(?:in|into|to|with|for)\s+)?(?:new|additional|more|further|extra|other|various|several)\s+)((?:[a-z][a-z-]*\s+){0,2}?)(?![a-z-]*${NOT_PLURAL.source.slice(0, -1)}\b)([a-z][a-z-]{2,}s)\b(?!['’])`);
// Output that is counted in amounts, not items: with no amount or scope, how much?
const MASS_OUTPUT = /^(?:content|material|materials|collateral|swag|copy|assets|documentation)$/;
// Plural forms that name one document (`Update brand guidelines`, `Gather requirements for X`).
const ONE_DOCUMENT_PLURAL = /^(?:guidelines|requirements|terms|instructions|specifications|specs|minutes|bylaws|regulations)$/;
// A bare plural restricted to a closed set that exists: by a clause about the past (`received before the March 1
// deadline`, `found in the Q3 pentest`), by a named source or place (`from the ISO 27001 audit`, `at the Elm Street
// shelter`), by a release (`for v3.0`), or with a time limit for each (`within the hour`, `before end of day`).
const CLOSED_SET = new RegExp(
  [
    String.raw`\b(?:found|listed|received|raised|identified|flagged|logged|submitted|filed|collected|opened|recorded)\s+(?:in|before|during|at|from|since|until)\s+(?:the|our|this|last|[A-Z0-9])`,
    String.raw`\b(?:from|at)\s+(?:the\s+)?[A-Z0-9][\w.&'-]*`,
    String.raw`\bfor\s+v?\d+(?:\.\d+)+\b`,
    String.raw`\b(?:within|before|by)\s+(?:the\s+|an?\s+|one\s+)?(?:hour|day|end\s+of\s+(?:the\s+)?(?:day|week|month|shift)|same\s+day|next\s+(?:business\s+|working\s+)?day|\d+\s*(?:h|hrs?|hours?|minutes?|mins?|days?|business\s+days?|working\s+days?))\b`,
  ].join('|'),
);
// Verbs that win or gather countable units (customers, leads, hires, interviews).
const ACQUIRING_VERBS = new Set('acquire generate sign win attract close convert gain hire recruit conduct interview land book'.split(' '));
// Verbs that state an outcome (a metric moved, a level reached or kept).
const OUTCOME_VERBS = new Set('improve improving enhance achieve reach maintain retain attract generate sign close win acquire convert keep hit exceed surpass sustain earn sell save eliminate prevent avoid recover secure renew activate become rank lose'.split(' '));
// Objects that make a verb like `add`/`get`/`onboard` an outcome: customers, revenue, usage.
const OUTCOME_NOUNS =
  /^(?:(?:new|paying|active|weekly|monthly|daily|qualified|enterprise|self-serve|organic|unique|returning|repeat|net|total|more|additional|happy|satisfied|relevant|external|[a-z]+-?)\s+){0,3}(?:customers?|users?|subscribers?|signups?|sign-ups?|sign\s+ups?|readers?|reads|listeners?|viewers?|attendees?|participants?|registrations?|subscriptions?|downloads?|installs?|views?|visits?|visitors?|members?|leads?|deals?|followers?|stars?|upvotes?|revenue|arr|mrr|sales|bookings?|pipeline|accounts?|teams|companies|orgs|organizations|organisations|clients?|buyers?|partners?|contributors who|adopters?|logos?|sessions?|conversions?|trials?|nps|csat|press mentions?|mentions?|applicants?|profiles?|reviews?|reach|press|retention|engagement|adoption|traffic|impressions?|clicks?|responses?)\b/i;

// A clause after an activity that states its result (`… to achieve a 90% pass rate`, `…, achieving 95% participation`,
// `…, improve it by 10%`, `… to ensure an increase in scores by 3%`, `… with a 99% uptime goal`).
const RESULT_VERB = String.raw`(?:(?:achiev|improv|increas|reduc|decreas|rais|maximi[sz]|minimi[sz]|halv|doubl)(?:e|es|ed|ing)|(?:reach|attain|lower|boost)(?:s|es|ed|ing)?|cut(?:s|ting)?|grow(?:s|ing)?)`;
const RESULT_CLAUSE = new RegExp(
  String.raw`\s(?:in\s+order\s+|so\s+as\s+)?to\s+(?:${RESULT_VERB}|ensure\s+(?:an?\s+)?(?:increase|decrease|reduction|rise|drop|improvement|growth))\b|,\s*(?:and\s+|thereby\s+|so\s+)?${RESULT_VERB}\b|\b(?:achieving|reaching|attaining|resulting\s+in|leading\s+to)\b|\bwith\s+(?:an?\s+(?:target\s+of\s+)?|(?:a\s+)?target\s+of\s+)[<>≤≥~]?\s*\d[\d.,]*\s*%`,
);

// The value after a metric's label and colon that is a target for it: a number, a comparator, a peer level, a change.
const TARGET_VALUE =
  /^(?:(?:the\s+)?(?:median|average|mean|top\s+(?:quartile|decile|third|half|\d+)|upper\s+(?:quartile|half))\b|a\s+total\s+of\b|(?:increase|decrease|reduce|grow|rise|raise)[a-z]*\s+(?:by|to)\b|[<>≤≥~$€£]?\s*\d|(?:at\s+least|at\s+most|above|below|over|under|more\s+than|less\s+than)\b)/;
// A time or condition put before the sentence, up to its comma (`Starting in 2024, …`, `By the end of FY26, …`, `In Q3, …`).
const FRONTED_CLAUSE =
  /^\s*(?:(?:starting|beginning|from|by|in|during|within|over|through|after|before|until|for|as\s+of|effective)\s+(?:(?:in|from|on)\s+)?[^,;:.]{2,40}|once\s+[^,;:.]{2,60}|if\s+[^,;:.]{2,60}),\s+(?=[a-z0-9])/i;

// Comparatives with no other form among the vague words (shared by VAGUE_WORDS and COMPARATIVE).
const COMPARATIVES = 'better|more|faster|fewer|less|easier|smoother|cheaper|quicker|shorter|smaller|larger|bigger|safer|deeper|wider|broader';
const VAGUE_WORDS = new RegExp(
  String.raw`\b(?:${COMPARATIVES}|improv(?:e|es|ed|ing|ement|ements)|enhanc(?:e|es|ed|ing|ement|ements)|optimi[sz](?:e|es|ed|ing|ation)|robust|world[- ]class|significant(?:ly)?|rough(?:ly)?|approximately|seamless(?:ly)?|great(?:er)?|sound|stable|stability|thriving|welcoming|suitable|best practices|success|excellent|effective(?:ly)?|efficient(?:ly)?|easy|simpl(?:e|er|ified|ify)|friction|ideal|positive presence|strong(?:er)?|healthy|high[- ]quality|scalable|reliable|intuitive|engaging|delight(?:ful)?|amazing|excellence|regular(?:ly)?|ongoing|correctly|properly|as (?:\w+ )?as (?:possible|it can be)|mature|maturity|quality|easily|understand(?:s|ing)?|(?<!\blet\s+(?:\w+\s+){0,2})knows?(?![- ]how)|believes?|perceive[sd]?|(?:see|sees|view|views|think\s+of)\s+us\s+as|recogni[sz]e[sd]?|feel(?:s)?|love[sd]?|trust(?:s)?|enjoy(?:s)?|aware(?:ness)?|good|clear(?:er)?|health(?:y|ier)|solid|sleek(?:er)?|nail|primarily|default choice|go-to(?![- ]market)|product[- ]market fit|best[- ]in[- ]class|first[- ]class|top[- ]notch|state[- ]of[- ]the[- ]art|cutting[- ]edge|happ(?:y|ier|iness)|meaningful|closer|(?:where|when|if|wherever|whenever)\s+(?:possible|feasible|practical|appropriate|needed|relevant|it makes sense)|as\s+(?:needed|appropriate|far as possible)|as\s+(?:the|a|an)\s+(?:\w+\s+)?(?:leader|leading|go-to|reference|destination|standard)|higher(?![\s-]+level)(?!-)|lower(?![\s-]+level)(?!-)|increased|decreased|reduced|clarity|thousands|hundreds|millions|dozens|lots|many|several|various)\b`,
  'gi',
);

// Objects no one can hand over as done (`value`, `relationships`, `opportunities`, `feedback`), as the head
// noun (`the Trust Center page` is a deliverable).
const ABSTRACT_OBJECT = '(?:guidance|assistance|direction|leadership|coaching|mentorship|input|advice|value|relationships?|opportunities|visibility|alignment|momentum|buy-in|insights?|learnings?|feedback|awareness|trust|expertise|knowledge|capabilities|synergies|traction|mindshare)(?=\\s*(?:$|[.,;:(]|(?:with|to|from|for|on|in|into|across|among|between|of|and|by|through|via|at|about|around)\\b))';
// After `cut` or `drop`: a particle of switching or ending (`cut over`, `cut off`), or the object is support for something.
const SWITCH_OR_REMOVAL = /^\s+(?:over|off|ties)\b|^\s+(?:(?:official|our|the)\s+)?support\s+(?:for|of)\b/;
// A cadence makes repeated work countable (`Hold weekly reviews`).
const CADENCE = /\b(?:daily|weekly|bi-?weekly|fortnightly|monthly|quarterly|every\s+(?:day|week|month|sprint)|per\s+(?:day|week|month|sprint)|each\s+(?:day|week|month|sprint))\b/;
// Vague nouns that also name things (`Trust Center`, `health score`, `quality report`).
const NAMING_NOUN = /^(?:trust|health|quality|success|stability|maturity|excellence|clarity|awareness|friction)$/;
// A deliverable's head noun right after a word (`… center page`, `… health score`).
const DELIVERABLE_AFTER = /^(?:[\s-]+[a-z]+)?[\s-]+(?:page|pages|report|score|scores|dashboard|center|centre|check|checks|gate|gates|program|programme|plan|guide|doc|docs|document|tool|api|endpoint|feature|team|board|review|survey|index|metric|policy|workshop|label|badge)\b/;

const VAGUE_WORDS_ONE = new RegExp(`^(?:${VAGUE_WORDS.source})$`, 'i');

const QUANTIFIER =
  /\b(?:all|every|each|always|never|none|zero|no\s+(?!more\b|longer\b|one\b)[a-z][\w-]*|not\s+(?:a\s+)?single|not\s+crash|do(?:es)?\s+not\s+crash|without\s+(?:a\s+|any\s+)?(?:crash|crashes|downtime|errors?|incidents?|failures?)|on\s+time|100\s?%|one\s+or\s+more|at\s+least\s+(?:one|two|three)|both|only|free\s+of\s+(?:[a-z0-9-]+\s+){0,2}?(?:incidents?|defects?|errors?|bugs?|p[0-4]s?|sev[- ]?[0-4]s?|outages?|crash(?:es)?|failures?|vulnerabilit(?:y|ies)|cves?|violations?|findings?|warnings?|trackers?|ads|cookies|(?:broken\s+)?links|tests?|regressions?|blockers?)|(?:don['’]?t|do\s+not|won['’]?t|will\s+not|never|not)\s+(?:[a-z]+\s+){0,2}?any)\b/i;

// Comparatives say which way, not how far (`a better onboarding flow`, `faster builds`): a direction without an amount.
const COMPARATIVE = new RegExp(`^(?:${COMPARATIVES}|simpler|greater|stronger|clearer|sleeker|healthier|happier|higher)$`);
// Qualities that, as the predicate (`Peerpad is private`, `Make the API secure`), are a judgement unless a threshold
// says when they hold; named as a noun (`API scalability`, `Team happiness`), the same judgement is a bare area.
const QUALITY_ADJECTIVES =
  'fast|quick|secure|private|performant|resilient|scalable|reliable|stable|usable|accessible|maintainable|robust|safe|consistent|responsive|smooth|polished|mature|modern|clean|efficient|effective|intuitive|simple|easy|seamless|solid|healthy|sustainable|competitive|attractive|appealing|compelling|valuable|useful|helpful|relevant|visible|discoverable|understandable|predictable|transparent|trusted|trustworthy|delightful|enjoyable|welcoming|inclusive|diverse|aligned|successful|great|good|excellent|strong|ideal|awesome|amazing|lean|agile|flexible|friendly|user-friendly|developer-friendly|approachable|observable|extensible|testable|debuggable|readable|reusable|sound|better|confident|comfortable|empowered|productive|proficient|familiar|engaged|motivated|satisfied|happy';
const QUALITY_ADJECTIVE = new Set(QUALITY_ADJECTIVES.split('|'));
// Quality adjectives that also classify, naming a kind of thing before a noun (`Private channels`, `Secure login`,
// `Safe mode`, `Modern stack`, `Trusted publishing`), or describe people rather than a result.
const CLASSIFYING_ADJECTIVE = /^(?:private|secure|safe|accessible|responsive|visible|modern|clean|lean|agile|trusted|familiar|aligned|diverse|fast|quick|relevant|competitive|engaged|motivated|satisfied|confident|comfortable|empowered|proficient|readable|reusable|testable|observable|extensible|debuggable)$/;
// The same qualities as the manner of an action (`handled securely`, `Deploy reliably`, `scale smoothly`): a judgement
// unless a threshold says when it holds. Formed from the adjectives (`-le` → `-ly`, `-y` → `-ily`, else `+ly`), less
// the ones that are intensifiers or discourse words (`consistently`, `simply`, `fairly`) and the ones VAGUE_WORDS names.
const QUALITY_ADVERB = new RegExp(
  `\\b(?:${[...QUALITY_ADJECTIVE]
    .filter((a) => !/-|^(?:fast|consistent|simple|good|great|better|lean|ideal|mature|modern|sound|aligned|diverse|familiar|engaged|motivated|satisfied|empowered|proficient|confident|comfortable|visible|relevant|valuable|useful|helpful|private|clean|solid|strong|healthy|happy|understandable|successful|trusted|polished|welcoming)$/.test(a))
    .map((a) => (/le$/.test(a) ? `${a.slice(0, -1)}y` : /y$/.test(a) ? `${a.slice(0, -1)}ily` : `${a}ly`))
    .join('|')})\\b`,
  'gi',
);
const QUALITY_PREDICATE = new RegExp(
  `\\b(?:(?:is|are|be|being|been|become|becomes|remain|remains|stay|stays|feel|feels|look|looks|seem|seems)\\s+(?:(?:more|fully|very|truly|highly|much|really|sufficiently|reasonably|consistently|always)\\s+)?|^\\s*make\\s+(?:[\\w'’-]+\\s+){1,5}?(?:(?:more|fully|very|truly|highly|much|really)\\s+)?)(${QUALITY_ADJECTIVES})\\b`,
);

// Verbs that finish one deliverable or reach one state (`Launch the new website`, `Hire a VP Sales`, `Pass the audit`).
const COMPLETION_VERBS = new Set(`${FINISHING} issue sign secure pass achieve have`.split(' '));
// Objects no one hands over as done, wherever they stand (`Build a thriving community`, `Have a clear vision`).
const ABSTRACT_HEAD = /^(?:community|communities|culture|presence|vision|understanding|relationships?|ecosystem|practices|reputation|mindset|awareness|trust|alignment|visibility|momentum|engagement|experience|quality|excellence|atmosphere|spirit|morale|perception|sentiment|collaboration|communication|positioning|footprint|leadership|ownership|accountability|transparency|efficiency|productivity|velocity|performance|reliability|stability|security|usability|growth|adoption|skills|skillsets|competence|competencies)$/;
// Supporting people or an effort is open-ended help; supporting a format, platform or feature is a capability.
const SUPPORTED_PEOPLE = /^\s+(?:(?!(?:for|to|in|on|with|of|at|by|from|and|or)\b)[\w&/'’-]+\s+){0,4}(?:teams?|people|customers?|users?|members?|colleagues?|staff|engineers?|partners?|community|communities|contributors?|maintainers?|developers?|aes?|sdrs?|reps?|hires?|managers?|leaders?|leadership|business|org|organi[sz]ations?|stakeholders?|students?|us|them|others|each other|everyone|groups?|departments?|functions?|squads?|launch(?:es)?|migrations?|rollouts?|efforts?|initiatives?|work|projects?|transitions?|adoption|growth|goals?|okrs?|objectives?|ambassadors?|champions?|volunteers?|speakers?|authors?|creators?|founders?|startups?|clients?|accounts?)\b/;
// A target written down elsewhere (`Hit our Q4 ARR target`, `Ship the planned work`, `the agreed scope`), or one redacted or
// left as a placeholder in a public copy (`$N`, `X#`, `N%`, `Hire x engineers`): the criterion exists and is checkable.
/** `… support to|for <people>` after provide/offer/give: whether the people are who is helped. */
function supportedAfterPreposition(afterVerb: string): boolean {
  const m = /^\s+(?:\w+\s+)?(?:support|help|assistance)\s+(?:to|for)\b/.exec(afterVerb);
  return m !== null && SUPPORTED_PEOPLE.test(afterVerb.slice(m[0].length));
}

const POINTER =
  /\(\s*(?:see|cf\.?|per|as in)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:goals?|targets?|metrics?|kpis?|numbers|thresholds?|okrs?|plan|table|dashboard|below|above|appendix)\b|\b(?:hit|hits|meet|meets|met|achieve[sd]?|reach(?:es|ed)?|exceed(?:s|ed)?|beat|deliver(?:s|ed)?\s+on|land(?:s|ed)?)\s+(?:(?:the|our|its|their|all|every|each|annual|quarterly|monthly|q[1-4]|fy\d*|h[12]|new|agreed|committed|stretch|company|team|revenue|sales|hiring|arr|mrr|pipeline|bookings|growth|[a-z]+-?)\s+){0,4}(?:targets?|goals?|quotas?|plan|forecasts?|budgets?|commitments?|sla|slas|slo|slos)\b|\b(?:in|within|to|below|under|above|at)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:slos?|slas?|error\s+budgets?|budget|targets?|(?:feature\s+)?parity|pre-[\w-]+\s+levels?|industry\s+(?:standards?|benchmarks?|averages?))\b|\bon\s+par\s+with\b|\b(?:planned|agreed(?:[- ]upon)?|committed|promised|roadmapped)\s+(?!(?:to|by|for|in|on|with|and|or|that|as)\b)[a-z]|(?:^|[\s(~])(?:[$€£]\s?[nx]{1,2}(?![a-z])|[nx]{1,2}\s?%|[nx]#|#[nx]\b)|(?<!\d\s*)\b[nx]\s+(?:[a-z-]+\s+){0,2}?[a-z]{2,}s\b|\b(?:from|to|by|under|below|above|over|at least|at most)\s+[xyzn]\s?(?:ms|s|sec|min|mins|h|hrs?|hours?|days?|weeks?|k|m|pp|points?|x)\b/i;
// A directional or vague verb after a subject (`Churn is reduced`, `Site evolved into …`): still no amount.
const PREDICATE_DIRECTION = new RegExp(
  `^\\s*(?:[\\w&/+.#'’-]+\\s+){1,6}?(?:is\\s+|are\\s+|was\\s+|were\\s+|has\\s+|have\\s+|been\\s+|being\\s+|gets?\\s+|will\\s+|should\\s+|must\\s+|continues?\\s+to\\s+|significantly\\s+|greatly\\s+|further\\s+)*(?:increas|decreas|reduc|grow|grew|grown|improv|enhanc|optimi[sz]|rais|lower|boost|expand|strengthen|evolv|mature|accelerat|deepen|broaden|widen)(?:e|es|ed|ing|s|n|d)?\\b`,
);

// A state anyone can check (`Be SOC 2 compliant`, `Become profitable`, `Drive the migration to completion`):
// it ends a stance (`be`, `stay`, `become`) or an ongoing effort (`drive … to …`) with something checkable.
const CHECKABLE_STATE_WORDS = 'compliant|certified|live|available|in production|generally available|general availability|ga|open[- ]source|default|enabled|released|launched|profitable|cash[- ]flow positive|default alive|completion|complete|done|finished|sign-?off';
// (A legal or formal status is one too: `Become a registered charity`, `Become a legal entity`, `Be an accredited lab`.)
const CHECKABLE_STATE = new RegExp(`\\b(?:${CHECKABLE_STATE_WORDS}|(?:be|become|get|is|are)\\s+(?:fully\\s+)?(?:registered|enrolled|licensed|insured|vaccinated|accredited|incorporated|signed\\s+up|debt[- ]free|listed|accepted(?!\\s+by\\s+(?:the\\s+|our\\s+|a\\s+)?(?:wider\\s+|broader\\s+|local\\s+)?(?:community|people|users|customers|team|peers|others|everyone|market|public|industry)\\b)|admitted|selected|shortlisted|approved)|(?:a|an)\\s+(?:legal\\s+(?:entity|person|body|company|corporation|partnership|charity)|(?:registered|licensed|accredited|certified|incorporated|chartered|listed)\\s+[a-z]+))\\b`);
const TOWARDS_CHECKABLE_STATE = new RegExp(`\\b(?:to|through|until|into)\\s+(?:(?:it|they)\\s+(?:is|are)\\s+)?(?:production|general availability|launch|${CHECKABLE_STATE_WORDS})\\b`);

const NUMBER_WORDS =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|order of magnitude|double|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|half|twice|majority)\b/i;

const QUESTION_START = /^(?:what|how|why|when|where|which|who|do|does|did|can|could|will|would|should|is|are|was|were|have|has)\b/i;

/** Blanks out (with spaces, keeping offsets) what is not the KR's own wording. */
export function cleanKeyResultText(text: string): string {
  const blank = (m: string): string => ' '.repeat(m.length);
  return (
    text
      // `[P0]`, `(P1)`, `` `PX` - ``, `P2:` priority tags and `KR1:` labels at the start
      .replace(/^\s*(?:(?:\[[^\]]{1,12}\]|\(\s*p\d\s*\)|`[^`]{1,8}`\s*[-–—:]?|p[0-9x]\s*[-–—:]|kr\s*\d+\s*[:.)-])\s*)+/i, blank)
      // `Security: improve …`, `Cody - ship …`: an area label before the KR's own sentence (not a verb
      // phrase itself, and followed by words, so `Goal: 50 teams` and `Launch X: all users` keep theirs)
      .replace(/^(\s*)([A-Za-z][\w&/+.#'’-]*(?:,?\s+[\w&/+.#'’-]+){0,3})(\s*(?::|\s[-–—])\s+)(?=[A-Za-z])/, (m: string, lead: string, label: string) =>
        isKnownVerb(baseVerb(label.split(/\s+/)[0]!.toLowerCase())) || /^(?:we|i|our|the|a|an|all|every|no|each)$/i.test(label.split(/\s+/)[0]!) ? m : lead + blank(m.slice(lead.length)),
      )
      // inline HTML comments (lint directives, notes)
      .replace(/<!--[\s\S]*?(?:-->|$)/g, blank)
      // struck-through text is not the KR any more
      .replace(/~~?[^~]+~~?/g, blank)
      // owners and trailing owner notes
      .replace(/(?:^|\s)@[\w.-]+/g, blank)
      // check-in bookkeeping written into the KR: `confidence 0.7`, `score 0.6`, `(weight 2)`, `7/10`
      .replace(/\b(?:confidence|conf\.?|score|scored|progress|weight)\s*[:=]?\s*\d+(?:\.\d+)?\s*(?:%|\/\s*10\b)?/gi, blank)
      // progress written into the KR: `(80% done)`, `— 100% complete`, a leading `(75%)`
      .replace(/\b\d+(?:\.\d+)?\s*%\s+(?:done|complete|completed|finished|achieved)\b(?=\s*(?:[).,;]|$))/gi, blank)
      .replace(/^\s*\(\s*\d+(?:\.\d+)?\s*%\s*\)/, blank)
      // a status note in parentheses: `(Completed, site now loads 25% faster)`, `(in progress)`, `(done: 3 of 4)`; not a
      // definition of done: `(done when under 2 minutes)`, `(done = all sites migrated)`
      .replace(/\(\s*(?:completed|complete|done|achieved|met|missed|not met|in progress|wip|not started|started|on track|off track|at risk|dropped|cancell?ed|postponed|partially(?:\s+\w+)?)\b(?!\s*(?:when|if|once|after|means|=|:=))(?:[,;:.\s–—-][^)]{0,200})?\)/gi, blank)
      // links: keep the label, drop the URL
      .replace(/\]\([^)]*\)/g, blank)
      .replace(/https?:\/\/\S+/g, blank)
      // Markdown emphasis and code marks
      .replace(/[*_`]/g, ' ')
      // `By 31 March 2026, …`: a deadline up front
      .replace(/^\s*by\s+[^,]{3,30},\s*/i, blank)
      // `Successfully implement …`: the adverb is not the verb
      .replace(/^(\s*)(?:successfully|formally|fully|quickly|significantly|substantially|dramatically|measurably|further)\s+/i, blank)
  );
}

/** `Get 2000 readers`, `Reach 2025 stars`: a year-like number right after a verb and before a plural noun is a count. */
function countAfterVerb(before: string, after: string): boolean {
  const verb = /([a-z]+)\s+(?:["“]?\s*)$/.exec(before)?.[1];
  const base = verb === undefined ? '' : baseVerb(verb);
  return isKnownVerb(base) && !VAGUE_VERBS.has(base) && !DIRECTION_VERBS.has(base) && /^\s*["“]?[a-z][a-z-]*[a-rt-z]s\b/.test(after);
}

function isYear(n: string): boolean {
  return /^(?:19|20)\d\d$/.test(n);
}

/** Finds the numbers in the (cleaned) text and decides which state an amount. */
export function findNumbers(text: string): NumberToken[] {
  // Callers outside analyseWording (objective titles) pass text of any length: read what a KR or a
  // title can reasonably hold, as analyseWording does, so no pattern below meets a 100 KB line.
  const clean = text.length > MAX_WORDING_LENGTH ? text.slice(0, MAX_WORDING_LENGTH) : text;
  const out: NumberToken[] = [];
  const lower = clean.toLowerCase();
  const claimed: [number, number, string][] = [];
  const claim = (re: RegExp, reason: string): void => {
    for (const m of lower.matchAll(re)) claimed.push([m.index!, m.index! + m[0].length, reason]);
  };
  // Dates and periods.
  claim(/\b\d{4}-\d{1,2}(?:-\d{1,2})?\b/g, 'a date');
  claim(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g, 'a date');
  claim(new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b`, 'g'), 'a date');
  claim(new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b(?:,?\\s+\\d{4})?`, 'g'), 'a date');
  claim(new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{4}\\b`, 'g'), 'a date');
  claim(/\b(?:fy\s?\d{2,4}(?:[-/]\d{2,4})?(?:[-\s]?[qh][1-4])?|[qh][1-4](?:[-\s/']?(?:fy\s?)?\d{2,4}(?:[-/]\d{2,4})?)?|[1-4]q\d{2,4}|[1-4]h\d{2,4}|\d{4}[-\s]?[qh][1-4])\b/g, 'a period');
  claim(/\b(?:by|in|of|for|until|till|before|after|since|during|from|through|end of|eoy|cy)\s+(?:the\s+)?(?:end\s+of\s+)?(?:19|20)\d\d\b/g, 'a year');
  claim(/\b(?:week|sprint|day|month|quarter|phase|stage|step|tier|level|part|round|wave|milestone|gen|generation|chapter|cohort|batch|season|series|iteration|version|release|v|sev|sev-|severity|priority|p|s|l|type|class|grade|layer|iso|soc|pci|hipaa|gdpr|wcag|nist|fips|web|http|https|oauth|tls|ssl|ipv|python|node|ruby|java|php|go|rails|react|angular|vue|ios|android|windows|macos|ubuntu|debian|gpt|llama|kubernetes|k8s|es|ecmascript|html|css|sql|s3|ec2|covid|log4j|item|issue|pr|ticket|rfc)[\s-]?#?\d+(?:\.\d+)*[a-z]?\b/g, 'a name');
  claim(/\b\d+(?:\.\d+){2,}\b/g, 'a version');
  claim(/\bv\d+(?:\.\d+)*\b/g, 'a version');
  claim(/\b\d+\.\d+(?=\s+(?:release|released|launch|launched|beta|alpha|ga|rc|is out|ships?|shipped|version|upgrade|migration)\b)/g, 'a version');
  claim(/\b24\/7\b|\b24x7\b|\b365\b|\b360\b|\b101\b/g, 'a name');
  // `Postgres 14`, `GitLab 16`, `Chrome 120`: a number right after a capitalised name (not the first word, not an
  // all-caps metric such as `NPS 50`) with no unit and no counted noun after it names a version.
  for (const m of clean.matchAll(/(?<=\S\s{1,8})(?:[A-Z][a-z]+[A-Za-z]*|[a-z]+[A-Z][A-Za-z]*)\s+(\d{1,3}(?:\.\d+)?)(?![\d.,%+]|\s*%|[a-z]|\s+[a-z]+s\b|\s+(?:ms|min|h|k|m|x|pp|percent|per|of|to|or|and|more|new)\b)/g)) {
    if (/^(?:Top|Phase|Step|The|Our|All|By|In|At|To|From|Of|For|Over|Under|Above|Below|Within|With|And|Or|Than)\s/.test(m[0])) continue;
    const at = m.index! + m[0].length - m[1]!.length;
    claimed.push([at, at + m[1]!.length, 'a version']);
  }
  // `1:1s`, `1-on-1s`: a kind of meeting.
  claim(/\b1\s?(?::|-on-|\son\s)\s?1s?\b/g, 'a name');
  // `16.x`, `the 3.x line`: release names.
  claim(/(?<![\d.])\b\d+(?:\.\d+)*\.x\b/g, 'a version');
  // `Cells 1.0`, `go-ipfs 0.5`: a release number right after a name, with no unit and no comparator before the name.
  for (const m of lower.matchAll(/(?<=\b(?!(?:to|from|at|of|by|is|reach|hit|than|above|below|under|over|around|about|score|rating|nps|csat|ces|sus|rate|ratio|index|p\d+)\s)[a-z][\w.-]*\s)(?:0\.\d+|[1-9]\d?\.0)(?![\d.%]|\s*(?:%|x\b|ms\b|s\b|sec|min|h\b|hours?|days?|points?|pp\b|stars?))/g)) {
    claimed.push([m.index!, m.index! + m[0].length, 'a version']);
  }
  claim(/\b\d+(?:st|nd|rd|th)\b/g, 'an ordinal');
  // `Improve the top 3 pages`: a selection; `Rank in the top 3 for "okr tool"`: a rank target.
  for (const m of lower.matchAll(/\btop[\s-]+(\d+)\b/g)) {
    if (!/\b(?:be|is|are|rank|ranked|ranking|reach|in|into|among|stay|remain|get|place|placed|make|land|hit)\s+(?:the\s+|a\s+)?$/.test(lower.slice(Math.max(0, m.index! - 16), m.index!))) {
      claimed.push([m.index!, m.index! + m[0].length, 'a selection']);
    }
  }
  // `30-day churn`, `7-day active users`: the number names the metric.
  // (After a comparator it is the threshold: `<5-day turnaround`, `within 2-day SLA`.)
  for (const m of lower.matchAll(/\b\d+[-\s](?:day|week|month|hour|minute|year|quarter)(?=[-\s](?!period|window\b)[a-z])/g)) {
    if (!/(?:[<>≤≥]|\b(?:under|below|within|less than|fewer than|at most|at least|more than|over|above|to))\s*$/.test(lower.slice(0, m.index!))) claimed.push([m.index!, m.index! + m[0].length, 'part of the metric name']);
  }
  // `the 2 new AEs`, `our 3 products`: a number that says which, not how many.
  claim(/\b(?:the|our|these|those|its|their|his|her|both|my|your)\s+\d+\b/g, 'a description');
  claim(/\b\d+(?=\s+(?:[a-z]+\s+){0,3}(?:who)\s+(?:will|would|are|were|can|could|joined|join|have|has)\b)/g, 'a description');

  for (const m of lower.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const start = m.index!;
    const end = start + m[0].length;
    const raw = clean.slice(start, end);
    const before = lower[start - 1] ?? ' ';
    const afterText = lower.slice(end);
    const glued = /^[a-z%+]+/.exec(afterText)?.[0] ?? '';
    let reason: string | null = null;
    let context = raw;
    const c = claimed.find(([s, e]) => s <= start && end <= e);
    if (c) {
      reason = c[2];
      context = clean.slice(c[0], c[1]).trim();
    } else if (/[a-z]/.test(before) && !/^\$/.test(before)) reason = 'part of a name';
    // A symbol before the number other than a currency or a comparator (`#12`, `HTTP/3`, `%16.0`): an identifier.
    // `Be the #1 rated tool`, `Rank #3 on G2`: a rank after a verb of being or ranking, or leading the KR (`#12` elsewhere is an id).
    else if (before === '#' && Number(raw) <= 10 && /(?:^|\b(?:the|be|is|are|become|remain|stay|rank|ranked|reach|as|at|to|our))\s*$/.test(lower.slice(0, start - 1)) && !glued) reason = null;
    else if (before === '#' || before === '/' || before === '\\' || before === '.' || before === '%') reason = 'part of a name';
    else if (glued && !GLUED_UNIT.test(glued.replace(/(.)\+$/, '$1'))) reason = 'part of a name';
    else if (isYear(raw) && !/^\s*(?:[a-z]+\s+)?(?:customers|users|signups|downloads|members|accounts|visits|views|people|teams|companies|deals|leads|applicants|installs)\b/.test(afterText) && !countAfterVerb(lower.slice(0, start), afterText)) reason = 'a year';
    if (reason !== null && !c) {
      // `Web3`, `HTTP/3`: show the whole word the number is part of.
      context = (/[\w/.%#-]*$/.exec(clean.slice(0, start))?.[0] ?? '') + raw + (/^[\w/-]*/.exec(clean.slice(end))?.[0] ?? '');
    }
    out.push({ raw, start, end, target: reason === null, reason, context });
  }
  return out;
}

function firstWord(clean: string): { word: string; start: number; end: number } | null {
  // `We have reduced …`, `We will launch …`: the verb after the team as subject.
  // (`My goal is to learn Next.js`, `I want to …`, `We are going to …`: the intention, then the verb.)
  const subject = /^\s*(?:(?:my|our|the)\s+(?:goal|aim|plan|objective|intention)\s+(?:is|was)\s+(?:to\s+)?|(?:i|we)\s+(?:want|plan|hope|aim|intend|need)\s+to\s+|(?:i|we)\s+(?:am|are|['’]m|['’]re)\s+going\s+to\s+|(?:we|i|the team|our team)\s+(?:(?:have|has|will|should|must|can|are going to)\s+)?(?:(?:been|be)\s+)?)/i.exec(clean);
  let from = subject ? subject[0].length : 0;
  // `Steadily contribute to …`, `Actively engage …`: a manner or frequency adverb before the verb is not the verb.
  const adverb = /^\s*[A-Za-z]+ly\s+(?=([A-Za-z]+))/.exec(clean.slice(from));
  if (adverb && (isKnownVerb(baseVerb(adverb[1]!.toLowerCase())) || PARTAKING_VERBS.has(adverb[1]!.toLowerCase()))) from += adverb[0].length;
  const m = /[A-Za-z][A-Za-z'’-]*/.exec(clean.slice(from));
  if (!m) return null;
  const word = baseVerb(m[0].toLowerCase().replace(/[’']s$/, ''));
  return { word, start: from + m.index, end: from + m.index + m[0].length };
}

const isKnownVerb = (w: string): boolean => DIRECTION_VERBS.has(w) || VAGUE_VERBS.has(w) || ONGOING_VERBS.has(w) || ACTIVITY_VERBS.has(w) || OUTCOME_VERBS.has(w);

/** `reduced` → `reduce`, `launches` → `launch`, `delivered` → `deliver`; unknown words stay as they are. */
function baseVerb(word: string): string {
  if (isKnownVerb(word) || word.length < 4) return word;
  const candidates = [word.replace(/ied$/, 'y'), word.replace(/d$/, ''), word.replace(/ed$/, ''), word.replace(/es$/, ''), word.replace(/s$/, ''), word.replace(/ies$/, 'y')];
  return candidates.find((c) => c !== word && isKnownVerb(c)) ?? word;
}

/** The part of the text before a purpose clause (`… to make X easier`, `so that …`), in the first sentence. */
function mainClause(lower: string, from: number): string {
  const sentence = /[.!;](?:\s|$)/.exec(lower.slice(from));
  if (sentence) lower = lower.slice(0, from + sentence.index);
  const rest = lower.slice(from);
  const m = /\s(?:to|so that|so|in order to|that\s+\w+\s+can\s+use\s+to|that|which|for\s+\w+ing)\s+(?!\d|be\b|version\b|the\b|a\b|an\b|all\b|every\b)/.exec(rest.slice(1));
  return m ? lower.slice(0, from + 1 + m.index) : lower;
}

const PARTICIPLE =
  /\b(?:is|are|was|were|be|been|gets?|got|becomes?)\s+(?:\w+\s+){0,2}?(?:released|launched|shipped|published|finished|completed|done|documented|updated|supported|enabled|implemented|built|deprecated|established|approved|merged|hired|issued|certified|deployed|migrated|finalized|finalised|proposed|reviewed|created|written|designed|defined|delivered|integrated|installed|configured|set up|rolled out|available|live|in place|in production|ready|triaged|adopted|embedded|embeded)\b|\b(?:exists?|in place|is live|goes live|go live)\b|^\s*there\s+(?:is|are)\s+(?:a|an|the)\b/i;

// A headline-style done-criterion without an auxiliary (`2.0 released`, `VP Sales hired`, `Network site launched by Q2`).
const BARE_PARTICIPLE =
  /^\s*(?:[\w#+./&'’-]+\s+){1,6}?(?:released|launched|shipped|published|finished|completed|done|documented|deployed|migrated|merged|hired|issued|signed|approved|delivered|implemented|rolled out|live|in place|available|ready|deprecated|removed|retired|decommissioned|installed|configured|enabled|integrated|finalized|finalised|ratified|adopted|agreed|secured|passed|certified|achieved)\b/;

const CAPABILITY =
  /\b(?:can|could|will|able to|always|never|runs?|takes?|handles?|finds?|receive|receives?|works?|working)\b/i;

const SUBJECT_SCAN_SKIP = new Set(['run', 'runs', 'hold', 'holds', 'get', 'gets', 'handle', 'handles', 'work', 'works', 'set', 'feature', 'features', 'test', 'tests', 'record', 'records', 'post', 'posts', 'cover', 'map', 'plan', 'plans', 'change', 'changes', 'package', 'packages', 'store', 'stores', 'survey', 'interview', 'contract', 'host', 'open', 'close', 'release', 'releases', 'support', 'help', 'document', 'documents', 'spec', 'pilot', 'outline', 'present', 'share']);

/**
 * `25 network members publish a talk`, `70% of Reps have gathered data`, `Reps who attended the calls rate them 4 of 5`,
 * `5,000 children will attend camp`: a plural subject of people other than the team doing the activity (`verb`, the stem
 * scanVerb found): their behaviour is the outcome. Not a headline passive (`20 posts published`: the team's output), a
 * subject that is the team (`Our engineers run 3 pilots`), a singular subject (`OCTO has delivered 10 artifacts`), nor
 * units of output doing something (`3 features ship by Q3`).
 */
function othersAct(lower: string, verb: string): boolean {
  const words = lower.replace(/\([^)]*\)/g, ' ').match(/[a-z][a-z'’-]*/g) ?? [];
  const k = words.findIndex((w) => [w, w.replace(/e?s$/, ''), w.replace(/s$/, ''), w.replace(/ed$/, ''), w.replace(/d$/, ''), w.replace(/ied$/, 'y')].includes(verb));
  // (Finishing the team's own work is progress of it, whoever does it: `30 members complete the training`, `100% of
  // systems have delivered a release`.)
  if (k <= 0 || k > 10 || /^(?:complete|finish|deliver|ship|release|launch|implement|build|migrate|deploy)$/.test(verb)) return false;
  const form = words[k]!;
  const before = words[k - 1]!;
  // (A past form is active after an auxiliary or a relative pronoun: `have gathered`, `who attended`.)
  if (/ed$/.test(form) && !/^(?:have|has|had|who|that|they)$/.test(before)) return false;
  // (An -s form agrees with a singular subject: `ReportStream supports …`.)
  if (/[^s]s$/.test(form) && form !== verb) return false;
  const subject = words.slice(0, k);
  const cut = subject.findIndex((w) => /^(?:who|that|interacting|working|using)$/.test(w));
  const head = (cut >= 0 ? subject.slice(0, cut) : subject).filter((w) => !/^(?:have|has|had|will|would|can|voluntarily|actively|regularly|also|each)$/.test(w)).pop() ?? '';
  if (subject.some((w) => /^(?:we|i|our|my|us|team|teams|staff)$/.test(w))) return false;
  return (/^[a-z][a-z'’-]*[^su'’]s$/.test(head) || /^(?:people|children|staff)$/.test(head)) && !NOT_PLURAL.test(head) && !GENERIC_UNITS.test(head) && !/^(?:seconds|minutes|hours|days|weeks|months|quarters|years|times)$/.test(head);
}

/** Finds the first verb after a subject (`OCTO has delivered …`) and classifies it. */
function scanVerb(lower: string, from: number): { kind: 'activity' | 'outcome'; verb: string } | null {
  // A parenthetical (`No regression (bug introduced) should …`) is an aside, not the sentence's verb.
  const words = lower.slice(from).replace(/\([^)]*\)/g, ' ').split(/[^a-z'-]+/).filter(Boolean).slice(0, 7);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (i > 0 && /^(?:the|a|an|of|for|with|on|in|by|from|after|before|during|via|through|per|our|their|its)$/.test(words[i - 1]!)) continue;
    if (SUBJECT_SCAN_SKIP.has(w)) continue;
    const stems = [w, w.replace(/e?s$/, ''), w.replace(/s$/, ''), w.replace(/ed$/, ''), w.replace(/d$/, ''), w.replace(/ied$/, 'y'), w.replace(/ies$/, 'y')];
    if (stems.some((x) => OUTCOME_VERBS.has(x) || DIRECTION_VERBS.has(x))) return { kind: 'outcome', verb: w };
    const activity = stems.find((x) => ACTIVITY_VERBS.has(x) || x === 'contribute' || x === 'include' || x === 'tested');
    if (activity) return { kind: 'activity', verb: activity };
  }
  return null;
}

/**
 * The verbs coordinated with the leading one (`Research and write`, `Plan, host and record`, `Design & implement`) and
 * where the last of them ends: their shared object follows. A word joins only when it is one of our verbs.
 */
function verbChain(lower: string, verb: { word: string; end: number }): { verbs: string[]; end: number } {
  const verbs = [verb.word];
  let end = verb.end;
  for (;;) {
    const m = /^(?:\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&|or)\s+|\s*\/\s*)(?:then\s+)?([a-z][a-z-]*)/.exec(lower.slice(end));
    if (!m) break;
    const word = baseVerb(m[1]!);
    if (!isKnownVerb(word)) break;
    verbs.push(word);
    end += m[0].length;
  }
  // `Roll out`, `set up`, `write up`: the particle belongs to the verb.
  const particle = /^\s+(?:out|up)\b/.exec(lower.slice(end));
  return { verbs, end: particle ? end + particle[0].length : end };
}

/** Where a later coordinated clause starts (`…, and make checkout faster`, `… and track weight`): a clause boundary followed by one of our verbs, after `from`; or -1. */
function laterClause(lower: string, from: number): number {
  for (const m of lower.slice(from).matchAll(/(?:[,;]\s*(?:and\s+|&\s*)?|\s(?:and|&)\s+)(?:then\s+|also\s+)?([a-z][a-z-]*)/g)) {
    const word = m[1]!;
    if (isKnownVerb(baseVerb(word)) || /^(?:keep|make|get)$/.test(word)) return from + m.index! + m[0].length - word.length;
  }
  return -1;
}

/** `Make 5 videos`, `Make 5x snippets`: a count right after the verb counts things made (an output). */
function countAfter(rest: string): boolean {
  return /^\s*(?:[$€£]?\d|a few\b|several\b|(?:two|three|four|five|six|seven|eight|nine|ten|dozens?)\b)/.test(rest);
}

// Words that end a noun phrase (prepositions, conjunctions, clause openers).
const NOT_A_NOUN = /^(?:of|for|with|to|from|in|on|at|by|across|between|among|about|around|through|via|into|onto|within|without|over|under|after|before|during|per|that|which|who|whom|whose|so|and|or|but|nor|while|when|where|as|than|using|including|enough|if|because|since|until)$/;

/** The smaller of two offsets, ignoring -1 (not found). */
function firstOf(a: number, b: number): number {
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** The head noun of the noun phrase `rest` starts with: its last word before a preposition, a clause or punctuation. */
function headNoun(rest: string): string | null {
  const words: string[] = [];
  for (const m of rest.matchAll(/[a-z][a-z'’-]*|[^a-z\s]+/g)) {
    const w = m[0];
    if (!/^[a-z]/.test(w)) break;
    if (NOT_A_NOUN.test(w)) break;
    // `a clear sync showing velocity`: a participle clause ends the noun phrase.
    if (words.length >= 2 && /ing$/.test(w)) break;
    words.push(w);
    if (words.length >= 5) break;
  }
  const last = words.filter((w) => !/^(?:the|a|an|our|their|its|this|that|these|those|sure|we|have|has)$/.test(w)).pop();
  return last ?? null;
}

/** `an AWS Advanced Tier partner`, `a Google Cloud partner`: a name or a number in the noun phrase (before its first preposition) after `become`. */
function namedStatus(rest: string): boolean {
  const words = rest.trim().split(/\s+/);
  const cut = words.findIndex((w) => NOT_A_NOUN.test(w.toLowerCase()));
  const phrase = (cut >= 0 ? words.slice(0, cut) : words).slice(0, 5);
  // (`Become a Trusted Advisor to our clients`, `a Leading Voice in Fintech`: every word of the phrase capitalised, its
  // head too, is Title Case styling, not a name; then only an acronym, a number or a partner tier names a status:
  // `an AWS Premier Partner`, `a Microsoft Gold Partner`.)
  const content = phrase.filter((w) => !/^(?:a|an|the|our|their|its)$/i.test(w));
  if (content.length > 0 && content.every((w) => /^[A-Z]/.test(w))) return content.some((w) => /^[A-Z0-9]{2,}\b|\d|^(?:Gold|Silver|Platinum|Premier|Advanced|Elite|Select|Tier|Certified|Level)$/.test(w));
  return phrase.some((w) => /^[A-Z]|\d/.test(w));
}

/** The label an area is judged by: an aside in parentheses explains or gives an example, and labels joined with `+` or `&` are judged by the first. */
function firstLabel(text: string): string {
  return text.replace(/\([^)]*\)?/g, ' ').split(/\s[+&]\s/)[0]!.trim();
}

/** The head word of a label: its last word before a preposition or conjunction, lower-cased. */
function labelHead(label: string): string {
  const words = label.replace(/[.!]+$/, '').split(/\s+/).filter(Boolean);
  const cut = words.findIndex((w) => NOT_A_NOUN.test(w.toLowerCase()));
  return (cut > 0 ? words[cut - 1]! : words[words.length - 1] ?? '').toLowerCase();
}

/**
 * A label whose head, before its first preposition or conjunction, is a quality or a head no one hands over
 * (`Visibility into the pipeline`, `Alignment across teams`, `Reliability of the nightly jobs`): the phrase after it
 * says whose quality, not what is delivered.
 */
function qualityHead(label: string): boolean {
  const words = label.replace(/[.!]+$/, '').split(/\s+/).filter(Boolean);
  const cut = words.findIndex((w) => NOT_A_NOUN.test(w.toLowerCase()));
  if (cut <= 0 || cut > 3) return false;
  const head = words[cut - 1]!.toLowerCase();
  return ABSTRACT_HEAD.test(head) || namedQuality(head);
}

/**
 * A label whose head phrase (before its first preposition or conjunction) is one to four common nouns and adjectives:
 * no name (a capital past the first word, inner capitals, symbols: `YouTube channel`, `C# driver`, `Editorial Environment
 * Setup`), no determiner after the first word (a verb and its object: `Merge the community PRs`).
 */
function commonNounLabel(label: string): boolean {
  const all = label.replace(/[.!]+$/, '').split(/\s+/).filter(Boolean);
  // (A finite verb anywhere makes it a sentence: `Users are able to …`, `an environment should be running`.)
  if (all.some((w) => /^(?:is|are|was|were|be|been|being|has|have|had|should|will|would|can|could|must|may|might|shall|do|does|did|stays|remains|keeps)$/i.test(w))) return false;
  // (A name anywhere, past the first word, says which thing: `Payroll integration with ADP`, `Directory listing on the AWS
  // Marketplace`; so does a number.)
  if (all.some((w, i) => (i > 0 && /[A-Z]/.test(w)) || /\d/.test(w))) return false;
  const cut = all.findIndex((w) => NOT_A_NOUN.test(w.toLowerCase()));
  const head = cut >= 0 ? all.slice(0, cut) : all;
  const words = head.length > 0 && /^(?:a|an|the|our)$/i.test(head[0]!) ? head.slice(1) : head;
  // Two to four words: one word alone is an area or a quality, read by the default already.
  if (words.length < 2 || words.length > 4) return false;
  return words.every(
    (w, i) =>
      /^[a-z][a-z-]*$/.test(i === 0 ? w.replace(/^[A-Z](?=[a-z-]*$)/, (c) => c.toLowerCase()) : w) &&
      !/ed$|^(?:up|out|down|off)$/.test(w) &&
      !(i > 0 && DETERMINED.test(w)) &&
      // (a verb's -s form with more after it is a sentence's verb: `Peerpad ensures non-repudiation`)
      !(i > 0 && i < words.length - 1 && /[^s]s$/.test(w) && isKnownVerb(baseVerb(w))),
  );
}

/** A short noun phrase naming an area (`Developer relations`, `R&D`) or an unbounded plural (`Video tutorials`). */
function areaOnly(label: string): boolean {
  const all = label.replace(/[.!]+$/, '').split(/\s+/).filter(Boolean);
  if (all.length === 0 || all.length > 4) return false;
  // Judged by its head, before a preposition (`Safe mode for plugins` is a mode, not plugins).
  const cut = all.findIndex((w) => NOT_A_NOUN.test(w.toLowerCase()));
  const words = cut > 0 ? all.slice(0, cut) : all;
  // A determiner after the first word (`Merge the community PRs`, `Revise our pricing`) makes it a verb and its object, not a label.
  if (words.slice(1).some((w) => /^(?:the|a|an|our|their|its|my|your|this|these|those)$/i.test(w))) return false;
  label = words.join(' ');
  const last = words[words.length - 1]!;
  if (/\b(?:relations|r&d|research|strategy|culture|community|awareness|presence|partnerships|ecosystem|excellence|hygiene|health|efforts|initiatives|improvements|enhancements|goals|objectives|priorities|okrs|themes)$/.test(label.replace(/[.!]+$/, ''))) return true;
  // The head names a kind of work or a direction (`Cost reduction`, `Brand refresh`, `Community building`,
  // `Security posture`), not a deliverable or a state someone could check.
  if (words.length >= 2 && /^(?:reduction|growth|improvement|increase|decrease|building|work|overhaul|refresh|revamp|posture|cleanup|clean-up|exploration|investigation|discovery|outreach|enablement|alignment|collaboration|communication|planning|hiring|recruiting|marketing|scaling|maintenance|moderni[sz]ation|transformation|readiness|visibility)$/.test(last)) return true;
  // An abstract head no one hands over (`Developer experience`, `Platform reliability`), as after a verb, or a
  // quality named from an adjective that is a judgement as the predicate (`API scalability` is `the API is
  // scalable`, `Team happiness`): judged or measured, never handed over.
  if (ABSTRACT_HEAD.test(last)) return true;
  if (namedQuality(last)) return true;
  // A plural of generic units (`Video tutorials`, `More tutorials`) is how many?; a plural that names a feature
  // (`Audit logs`, `Scheduled exports`) or a deliverable (`Project stickers`) can be checked.
  return words.length >= 2 && GENERIC_UNITS.test(last);
}

// A quality noun's suffix and the endings of the adjective it is formed from.
const QUALITY_NOUN_SUFFIX = /^([a-z-]{2,}?)(ability|ibility|ility|ivity|iness|ness|ity|ency|ancy|ence|ance|acy)$/;
const ADJECTIVE_ENDINGS: Record<string, readonly string[]> = {
  ability: ['able'],
  ibility: ['ible'],
  ility: ['ile'],
  ivity: ['ive'],
  iness: ['y'],
  ness: [''],
  ity: ['', 'e'],
  ency: ['ent'],
  ancy: ['ant'],
  ence: ['ent'],
  ance: ['ant'],
  acy: ['ate'],
};

/**
 * A noun formed from one of the quality adjectives (`scalability` → `scalable`, `happiness` → `happy`, `productivity`
 * → `productive`, `resilience` → `resilient`, `transparency` → `transparent`). Nouns that only end the same way are
 * not (`liability`, `amenity`, `opportunity`, `business`, `identity`), nor a property a feature provides, present or
 * not (`compatibility`, `availability`, `tenancy`): their adjective, if any, is not a judgement.
 */
function namedQuality(noun: string): boolean {
  const m = QUALITY_NOUN_SUFFIX.exec(noun);
  return m !== null && ADJECTIVE_ENDINGS[m[2]!]!.some((ending) => QUALITY_ADJECTIVE.has(m[1]! + ending));
}

// A value not decided yet.
const UNDECIDED_WORDS = String.raw`(?:tbd|tbc|to\s+be\s+(?:decided|determined|defined|confirmed|agreed|set))\b`;
const UNDECIDED = new RegExp(String.raw`\b${UNDECIDED_WORDS}`);
// Where an amount, a target or a threshold stands: after a comparator or the end of a change (`to TBD`, `under TBD
// ms`, `→ TBD`), with a unit or currency (`by TBD%`, `TBD%`, `$TBD`), in a cadence (`once a TBD`).
const UNDECIDED_AMOUNT = new RegExp(
  String.raw`(?:\b(?:to|up\s+to|down\s+to|above|below|under|over|at\s+least|at\s+most|than|reach(?:es|ed)?|hit|exceed(?:s|ed)?)\s+|\b(?:once|twice|times?)\s+(?:a|an|per|every)\s+|\b(?:every|per)\s+|(?:→|->|=>)\s*)(?:[$€£]\s?)?(?:tbd|tbc)\b|[$€£]\s?(?:tbd|tbc)\b|\b(?:tbd|tbc)\s*(?:%|(?:percent|pp|points?|x|k|m|bn|ms|usd|eur|gbp)\b)`,
  'g',
);
// `from 10 to TBD`, `30% → TBD`: what follows a number that is only the baseline.
const UNDECIDED_AFTER_BASELINE = new RegExp(String.raw`^\s*(?:%|[a-z]{1,5}\b)?\s*(?:to|->|→|=>|-|–)\s*(?:[$€£]\s?)?(?:tbd|tbc)\b`);
// Nouns that name the target itself (`target: TBD`, `(target TBD)`, `threshold to be confirmed`).
const TARGET_NOUN = /^(?:targets?|goals?|thresholds?|numbers?|amounts?|values?|levels?|figures?|quotas?|kpis?|baselines?)$/;
// Nouns that name a metric (`Weekly active users TBD`, `NPS: TBD`): its value is the target.
const METRIC_NOUN = /^(?:rates?|ratios?|scores?|percentages?|share|churn|latency|uptime|nps|csat|arr|mrr|revenue)$/;
// Deciding what is TBD is the deliverable (`Set the churn target (TBD)`, `Decide TBD owners`).
const DECIDING_VERB = /^(?:set|define|decide|agree|propose|choose|pick|select|determine|draft|write|name|assign|appoint|confirm|finalize|finalise)$/;
// Verbs that move something in time: `to TBD` after them is a date left open, not a target.
const RESCHEDULING_VERB = /\b(?:postpone[sd]?|postponing|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|reschedule[sd]?|rescheduling|move[sd]?|moving|slip(?:s|ped|ping)?|push(?:es|ed|ing)?\s+back)\b/;
// Filler around TBD in a KR that is little more than TBD (`KR to be defined`).
const UNDECIDED_FILLER = /^(?:a|an|the|of|for|on|in|to|and|or|is|are|be|with|by|still|yet|later|here|this|that|it|kr|krs|okr|okrs|key|results?|metrics?|targets?|goals?)$/;

/** Whether TBD stands where the KR's amount, target or threshold would be. */
function undecidedAt(lower: string, verb: string | null, verbClass: Wording['verbClass']): boolean {
  if (!UNDECIDED.test(lower)) return false;
  // (A singular noun after it makes TBD a modifier: `Migrate billing to TBD provider` leaves which provider open.)
  for (const m of lower.matchAll(UNDECIDED_AMOUNT)) {
    // `Postpone the launch to TBD`, `Move the offsite to TBD`: what a rescheduling verb moves something to is a time.
    // (Only in the clause the match is in, and not before a unit: `… and grow seats to TBD`, `Move adoption to TBD%`.)
    const clause = lower.slice(0, m.index!).split(/[,;]|\band\b/).pop()!;
    if (RESCHEDULING_VERB.test(clause) && /^to\s/.test(m[0]) && !/^\s*(?:%|percent\b|pp\b|points?\b|x\b|k\b|m\b|bn\b)/.test(lower.slice(m.index! + m[0].length))) continue;
    const next = /^\s*([a-z][a-z'’-]*)/.exec(lower.slice(m.index! + m[0].length))?.[1];
    if (next === undefined || NOT_A_NOUN.test(next) || /s$|^(?:ms|h|k|m|x|pp|min|sec|percent|usd|eur|gbp)$/.test(next)) return true;
  }
  // `Sign TBD new enterprise customers`, `Hire TBD engineers`: TBD as the count of a plural (not `the TBD pricing
  // page`, `TBD owner`: which one, not how many; not `in TBD weeks`, a deadline; not what is being decided).
  if (verb === null || !DECIDING_VERB.test(verb)) {
    for (const m of lower.matchAll(/(?<!\b(?:the|a|an|our|its|their|this|that|these|those|each|every|which|what|whose)\s+)\b(?:tbd|tbc)\b/g)) {
      const head = headNoun(lower.slice(m.index! + m[0].length));
      if (head !== null && /[^siu]s$/.test(head) && !/^(?:dates|days|weeks|months|quarters|years|sprints|deadlines|timelines)$/.test(head)) return true;
    }
  }
  // `Activation rate, target: TBD`, `Weekly active users TBD`: the target, or the value of a metric, left undecided.
  // (Deciding the target, `Set the churn target (TBD)`, is the deliverable; with an activity the metric is a detail.)
  for (const m of lower.matchAll(new RegExp(String.raw`\b([a-z-]+)\s*(?:[:=–—-]\s*|\(\s*|(?:is|are|still)\s+)?${UNDECIDED_WORDS}`, 'g'))) {
    const noun = m[1]!;
    if (TARGET_NOUN.test(noun) && (verb === null || !DECIDING_VERB.test(verb))) return true;
    if ((METRIC_NOUN.test(noun) || (/s$/.test(noun) && OUTCOME_NOUNS.test(noun))) && verbClass !== 'activity' && verbClass !== 'ongoing') return true;
  }
  return false;
}

/** `TBD`, `KR to be defined`, `TBD (waiting on finance)`: at most one word besides TBD, asides and filler. */
function littleMoreThanUndecided(trimmed: string): boolean {
  const rest = trimmed.replace(/\([^)]*\)?/g, ' ').replace(new RegExp(String.raw`\b${UNDECIDED_WORDS}`, 'g'), ' ');
  return (rest.match(/[a-z][a-z'’-]*/g) ?? []).filter((w) => !UNDECIDED_FILLER.test(w)).length <= 1;
}

/** Key results are a sentence or two; past this many characters the rest is not read (keeps lint fast on odd input). */
export const MAX_WORDING_LENGTH = 2000;

/**
 * Clauses that may state a vague KR's criterion on their own: what follows a colon or a dash (`The board believes in the
 * plan: budget approved in December`) and a purpose clause (`Harden the gateway to pass the ASVS level 2 review`, `in
 * order to …`, `so that …`; `to` only before a verb: `the path to production` is no purpose).
 */
function criterionClauses(clean: string, from: number): string[] {
  const rest = clean.slice(from);
  const lower = rest.toLowerCase();
  const colon = /(?::|\s[-–—])\s+/.exec(rest);
  const out = colon ? [rest.slice(colon.index + colon[0].length)] : [];
  for (const m of lower.matchAll(/\s(?:(?:in\s+order\s+|so\s+as\s+)?to|so(?:\s+that)?)\s+(?=([a-z][a-z-]*))/g)) {
    const next = m[1]!;
    if (/o$/.test(m[0].trim()) && next !== 'be' && !isKnownVerb(baseVerb(next)) && !COMPLETION_VERBS.has(next)) continue;
    out.push(rest.slice(m.index! + m[0].length));
    break;
  }
  return out;
}

// Verbs whose object is a judgement passed by someone (a review, an audit, a certification).
const EVALUATED_VERB = /^(?:pass|achieve|obtain|earn)$/;

/**
 * Whether the object `rest` starts with names something: a capitalised word or a number in its noun phrase or in a
 * phrase that says whose (`the CIS benchmark`, `SOC 2`, `ISO 27001`, `the pen test by Acme Security`), not only a
 * determiner and common nouns (`the security review`); periods and months are times, not names (`the review in Q3`).
 */
function namedObject(rest: string): boolean {
  const words: string[] = [];
  for (const m of rest.matchAll(/[A-Za-z0-9][\w.&'’+/-]*|[^\sA-Za-z0-9]+/g)) {
    const word = m[0];
    if (!/^[A-Za-z0-9]/.test(word) || (NOT_A_NOUN.test(word.toLowerCase()) && !/^(?:by|from|of|at|for)$/i.test(word))) break;
    words.push(word);
    if (words.length >= 8) break;
  }
  if (words.some((word, i) => !PERIOD_NAME.test(word) && (/\d/.test(word) || (/^[A-Z]/.test(word) && !(i === 0 && DETERMINED.test(word)))))) return true;
  // … or a kind that says which one (`the legal review`, `the security audit`), not a place in a sequence or a
  // requirement (`the next review`, `the required audit`).
  const whose = words.findIndex((w) => /^(?:by|from|of|at|for)$/i.test(w));
  const phrase = (whose >= 0 ? words.slice(0, whose) : words).map((w) => w.toLowerCase());
  const modifiers = phrase.slice(DETERMINED.test(phrase[0] ?? '') ? 1 : 0, -1);
  return modifiers.some((m) => !GENERIC_MODIFIER.test(m));
}
const GENERIC_MODIFIER = /^(?:next|final|first|last|upcoming|coming|current|annual|yearly|quarterly|monthly|regular|usual|required|necessary|relevant|needed|expected|planned|internal|external|formal|official|same|new|full|whole|entire|right|proper|appropriate|initial|second|third|further|additional|more)$/;
const PERIOD_NAME = new RegExp(`^(?:[QH][1-4]|FY\\d*|\\d{4}(?:-\\d\\d){0,2}|(?:${MONTHS}))$`, 'i');

/**
 * Whether a clause states a checkable criterion of its own: a target, a quantifier or a pointer, or a done-state (`budget
 * approved …`, `be ASVS level 2 compliant`) or one deliverable finished, its verb leading or after a short subject (`pass
 * the review`, `it passes the review`; not the light `make`, `get`, `have`: `make releases boring`), with a definite or
 * named object (`pass SOC 2`; `catch regressions` is how many?).
 */
function statesCriterion(clause: string): boolean {
  const w = analyse(clause, true);
  if (w.basis === 'target' || w.basis === 'pointer' || w.basis === 'quantifier') return true;
  const lower = w.clean.toLowerCase();
  const cased = w.clean.match(/[A-Za-z0-9][\w-]*/g)?.slice(0, 5) ?? [];
  const words = cased.map((v) => v.toLowerCase());
  const finishing = (v: string): boolean => COMPLETION_VERBS.has(v) && !/^(?:make|get|have)$/.test(v);
  return (
    w.basis === 'done-criterion' &&
    // (a state alone, `: done`, `- complete`, is progress written into the KR, not what is done)
    words.length > 1 &&
    (PARTICIPLE.test(lower) ||
      BARE_PARTICIPLE.test(lower) ||
      CHECKABLE_STATE.test(lower) ||
      words.some((v, i) => {
        const before = words[i - 1];
        // (with a definite or named object: `run over PGA`, `catch regressions` name no deliverable)
        const object = cased[i + 1];
        if (i > 3 || object === undefined || !(DETERMINED.test(object) || /^[A-Z0-9]/.test(object))) return false;
        const base = before === undefined || /^(?:can|could|will|would|must|should)$/.test(before) ? v : !DETERMINED.test(before) && /s$/.test(v) ? [v.slice(0, -1), v.replace(/es$/, '')].find(finishing) : undefined;
        if (base === undefined || !finishing(base)) return false;
        // Passing or obtaining is checkable only against a named standard, review or certificate (`pass the OWASP ASVS
        // review`, `pass SOC 2`); `pass the review`, `obtain the certification` leave whose judgement open.
        return !EVALUATED_VERB.test(base) || namedObject(w.clean.slice(w.clean.toLowerCase().indexOf(v) + v.length));
      }))
  );
}

/** `(seamless and intuitive)`: an aside made only of vague words is the criterion said in brackets, not a comment on it. */
function onlyJudgements(aside: string): boolean {
  // (`immediately (or as soon as possible)`: an alternative offered is a comment on the words outside.)
  if (/^\s*or\b/i.test(aside)) return false;
  const rest = aside.replace(VAGUE_WORDS, ' ').replace(/\b(?:and|or|very|really|more|truly|fully)\b|[,;/&]/gi, ' ').trim();
  return rest.length === 0 && aside.trim().length > 0;
}

/** `… and book the venue`: a second verb that finishes something. */
function finishingAfter(rest: string): boolean {
  const second = /\band\s+([a-z]+)\b/.exec(rest);
  return second !== null && (COMPLETION_VERBS.has(second[1]!) || /^(?:book|reserve|sign)$/.test(second[1]!)) && !/^(?:make|get|have)$/.test(second[1]!);
}

/** Analyses a KR's text. */
export function analyseWording(text: string): Wording {
  return analyse(text, false);
}

/** `nested`: a clause of a KR, read without looking for criterion clauses of its own. */
function analyse(text: string, nested: boolean): Wording {
  const clean = cleanKeyResultText(text.length > MAX_WORDING_LENGTH ? text.slice(0, MAX_WORDING_LENGTH) : text);
  const lower = clean.toLowerCase();
  const numbers = findNumbers(clean);
  const numberWord = NUMBER_WORDS.exec(lower);
  const wordTarget =
    /\b(?:at least|at most|exactly|more than|fewer than|less than)\)?\s+one\b|\bone or more\b/.test(lower) ||
    // `Cut cost by a third`, `Reduce drop-off by a quarter`, `two thirds of users`: a fraction is an amount (`a quarter`
    // elsewhere is a period).
    /\b(?:by|to)\s+(?:a|one)\s+(?:third|quarter|fifth|tenth)\b|\b(?:a|one|two)\s+(?:thirds?|quarters?|fifths?|tenths?)\s+of\b/.test(lower) ||
    // `Lead time below one day`, `Reply within a single hour`: a limit of one unit.
    /\b(?:below|under|within|less\s+than|at\s+most|no\s+more\s+than)\s+(?:one|a\s+single)\s+(?:second|minute|hour|day|week|month|sprint|click|step)\b/.test(lower) ||
    // `Bake one loaf a week`, `one post per month`: one of something per period is a rate.
    /\bone\s+(?:[a-z-]+\s+){0,2}?(?:a|per|each|every)\s+(?:day|week|month|quarter|year|sprint)\b/.test(lower) ||
    (numberWord !== null && !/(?<!at least )\bone of\b|\bno one\b|\bone\s+(?:place|source|team|tool|platform|view)\b/.test(lower)) ||
    // `Respond to issues within a week`, `Fix it within an hour`: a time limit on each of many (a plural or `it`
    // before it) is a service level; on one thing (`Improve onboarding within a month`) it is a deadline.
    /\b(?:[a-z]+[^s\s]s|it|each|every)\b[^,;.]*?\b(?:(?:within|under|in\s+under|in\s+less\s+than)\s+(?:a|an|one|a\s+single)\s+(?:business\s+|working\s+|calendar\s+)?(?:minute|hour|day|week|sprint)|(?:on\s+)?the\s+same\s+(?:business\s+|working\s+)?day|same[- ]day)\b/.test(lower);
  const hasTarget = numbers.some((n) => n.target) || wordTarget;
  const hasQuantifier = QUANTIFIER.test(lower);

  let verb = firstWord(clean);
  let verbClass: Wording['verbClass'] = null;
  if (verb) {
    const w = verb.word;
    // `Reduction in time spent …`, `Growth of …`: a direction named as a noun.
    if (/^(?:reduction|increase|growth|improvement|decrease|rise|drop|uplift|boost|gains?)$/.test(w) && /^\s+(?:in|of)\b/.test(lower.slice(verb.end))) verbClass = 'direction';
    // `Level up our data skills`, `Step up security`: a phrasal verb of degree, vague like `improve`.
    const phrasal = /^(?:level|step)$/.test(w) ? /^\s+up\b/.exec(lower.slice(verb.end)) : null;
    if (phrasal) {
      verb = { word: `${w} up`, start: verb.start, end: verb.end + phrasal[0].length };
      verbClass = 'vague';
    }
    // `Clean up tech debt`, `Tidy up the backlog`, `Sort out the CI situation`, `Shore up security`: tidying names no
    // end state, like a verb of degree; tidying away a set of things (`Clean up the old S3 buckets`, `all unused
    // flags`) leaves none, a state like `Remove …`.
    const tidy = /^(?:clean|tidy|sort|shore|beef|firm|spruce|straighten)$/.test(w) ? /^\s+(?:up|out)\b/.exec(lower.slice(verb.end)) : null;
    if (tidy) {
      const end = verb.end + tidy[0].length;
      const rest = lower.slice(end);
      // (Identifiers with digits are words of the noun phrase: `the old S3 buckets`.)
      const head = headNoun(rest.replace(/\d/g, 'n')) ?? '';
      verb = { word: `${w} ${tidy[0].trim()}`, start: verb.start, end };
      // (`Clean up the repo so the build runs without warnings`, `… until every page has an owner`, `… by decommissioning
      // it`, `Firm up the date and publish it`: a clause of purpose or a second, finishing verb states the end state, unless
      // it is itself vague: `Shore up security so we feel safer`.)
      const endClause = /\bso\s+(?:that\s+)?[a-z]|\buntil\b|\bby\s+[a-z]+ing\b/.exec(rest);
      const second = /\band\s+([a-z]+)\b/.exec(rest);
      const endState =
        (endClause !== null && rest.slice(endClause.index).match(VAGUE_WORDS) === null) ||
        (second !== null && COMPLETION_VERBS.has(second[1]!) && !/^(?:make|get|have)$/.test(second[1]!));
      verbClass = endState || QUANTIFIER.test(rest) || (DETERMINED.test(rest) && /[^s]s$/.test(head) && !NOT_PLURAL.test(head)) ? 'activity' : 'vague';
    }
    if (verbClass) {
      // set above
    } else if (DIRECTION_VERBS.has(w)) {
      // `Cut over to the new provider`, `Cut off access to …`, `Drop support for Python 3.8`: a switch made or a
      // capability removed, one deliverable done or not; a direction moves an amount.
      verbClass = /^(?:cut|drop)$/.test(w) && SWITCH_OR_REMOVAL.test(lower.slice(verb.end)) ? 'activity' : 'direction';
    }
    else if (VAGUE_VERBS.has(w)) verbClass = 'vague';
    // (`Position X as …` is a stance; `Position the booth near the entrance` places a thing.)
    else if (STANCE_VERBS.has(w) && (w !== 'position' || /\bas\b/.test(lower.slice(verb.end)))) verbClass = hasTarget ? null : 'ongoing';
    // `Be the trusted partner`, `Stay on top of patches`: a stance, unless the state is checkable (`Be SOC 2 compliant`).
    else if (/^(?:be|stay|remain)$/.test(w) && !hasTarget && !CHECKABLE_STATE.test(lower)) verbClass = 'vague';
    // Taking part, with a preposition and no object (`Contribute to the RFC`, `Partner with sales`, `Join in
    // community calls`), is ongoing; with an object it hands something over (`Contribute the rate limiter upstream`)
    // or the word is a noun (`Partner portal launched`, `Partner in Japan signed`: a done-state follows).
    else if (PARTAKING_VERBS.has(w) && /^\s+(?:(?:closely|actively|more)\s+)?(?:to|towards|in|into|on|with|across|alongside)\b/.test(lower.slice(verb.end)) && !PARTICIPLE.test(lower) && !BARE_PARTICIPLE.test(lower)) verbClass = 'ongoing';
    else if (ONGOING_VERBS.has(w)) verbClass = w === 'support' && /^\s+for\b/.test(lower.slice(verb.end)) ? 'activity' : 'ongoing';
    else if (ACTIVITY_VERBS.has(w)) verbClass = 'activity';
    else if (OUTCOME_VERBS.has(w)) verbClass = 'outcome';
    else if (/ing$/.test(w)) {
      // A headline gerund takes its verb's reading: `Launching of the new program` finishes one thing like `Launch
      // the new program`; `Exploring options` is as open as `Explore options`.
      const stem = [w.slice(0, -3), `${w.slice(0, -3)}e`, w.slice(0, -4)].find((s) => ACTIVITY_VERBS.has(s) || ONGOING_VERBS.has(s));
      if (stem !== undefined) {
        verb = { ...verb, word: stem };
        verbClass = ONGOING_VERBS.has(stem) ? 'ongoing' : 'activity';
      }
    }
    // `Conduct research over …`, `Draft and maintain …`: no end state.
    if (verbClass === 'activity' && (/^\s+(?:\w+\s+)?research\b/.test(lower.slice(verb.end)) || /^\s+and\s+(?:maintain|continue|support|monitor|keep|iterate)\b/.test(lower.slice(verb.end)))) verbClass = 'ongoing';
    if (verbClass === 'activity' && /^\s+and\s+(?:maintain|continue|support|monitor|keep|iterate)\b/.test(lower.slice(lower.indexOf(' ', verb.end + 1)))) verbClass = 'ongoing';
  }
  // `Deliver value to customers`, `Build relationships with partners`, `Gather feedback`: the object is
  // abstract, so the activity has no end state (any number, even `from 3 members`, bounds it instead).
  if (verb && verbClass === 'activity' && numbers.length === 0 && new RegExp(`^\\s+(?:(?:the|a|an|our|more|new|real|customer|user|partner|early|key|clear|deeper|better|strong|strategic|growth|business)\\s+){0,2}${ABSTRACT_OBJECT}`).test(lower.slice(verb.end))) verbClass = 'ongoing';
  // `Measure the baseline of X` is one deliverable; `Reach out to …` is open-ended outreach.
  if (verb && verbClass === 'ongoing' && verb.word === 'measure' && /\bbaselines?\b/.test(lower)) verbClass = 'activity';
  if (verb && verb.word === 'reach' && /^\s+out\b/.test(lower.slice(verb.end))) verbClass = 'ongoing';
  // `Start attending meetups`, `Dev to start work on chat`, `Keep shipping`: beginning or keeping up a
  // habit names no end state, whatever comes first.
  const habit = /\b(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began|begun|keep(?:s|ing)?)\s+(?:to\s+[a-z]+|(?!during\b|morning\b|thing\b|nothing\b|something\b|everything\b)[a-z]{3,}ing\b|work(?:ing)?\s+on\b)/.exec(lower);
  // Only a gerund of an activity (`attending`, `posting`) is a habit; `Start charging for Pro` is a switch flipped
  // once, and a cadence (`Begin publishing a monthly newsletter`) makes it countable.
  const habitVerb = habit ? /([a-z]+)ing\s*$/.exec(habit[0])?.[1] : undefined;
  const habitActivity = habitVerb === undefined || [habitVerb, `${habitVerb}e`, habitVerb.replace(/(.)\1$/, '$1')].some((v) => ACTIVITY_VERBS.has(v) || ONGOING_VERBS.has(v));
  if (habit && habitActivity && !CADENCE.test(lower) && (verbClass === null || verbClass === 'activity' || verbClass === 'outcome') && habit.index < mainClause(lower, verb ? verb.end : 0).length) {
    const word = /^[a-z]+/.exec(habit[0])![0];
    verb = { word: /^kee/.test(word) ? 'keep' : /^beg/.test(word) ? 'begin' : 'start', start: habit.index, end: habit.index + word.length };
    verbClass = 'ongoing';
  }
  // `Keep reducing churn`, `Continue improving the docs`, `Keep on growing`: keeping up a change is the change, read by
  // the verb of the gerund (a direction or a degree, still with no amount).
  // (`Continue to grow …` reads the same.)
  const keptChange = verb && /^(?:keep|continue)$/.test(verb.word) ? /^\s+(?:on\s+)?([a-z]+)ing\b|^\s+to\s+([a-z]+)\b/.exec(lower.slice(verb.end)) : null;
  if (verb && keptChange) {
    const base = keptChange[1] ?? keptChange[2]!;
    const stem = (keptChange[1] ? [base, `${base}e`, base.replace(/(.)\1$/, '$1')] : [base]).find((v) => DIRECTION_VERBS.has(v) || VAGUE_VERBS.has(v));
    // (`Continue to cut over the remaining services`, `Keep dropping support for …`: the kept verb is a switch made or a
    // capability removed, read as the verb alone would be, not a direction.)
    const switched = stem !== undefined && /^(?:cut|drop)$/.test(stem) && SWITCH_OR_REMOVAL.test(lower.slice(verb.end + keptChange.index + keptChange[0].length));
    if (stem !== undefined && !hasTarget && !switched) {
      // (The span covers `Keep reducing`, so a fix that puts `Reduce` in its place reads `Reduce churn`.)
      verb = { word: stem, start: verb.start, end: verb.end + keptChange.index + keptChange[0].length };
      verbClass = DIRECTION_VERBS.has(stem) ? 'direction' : 'vague';
    }
  }

  // What follows the leading verb (its object, a particle, a clause).
  const afterVerb = verb ? lower.slice(verb.end) : '';
  const main = mainClause(lower, verb ? verb.end : 0);
  const vagueWords: Wording['vagueWords'] = [];
  const quality = QUALITY_PREDICATE.exec(main);
  if (quality && !VAGUE_WORDS_ONE.test(quality[1]!)) {
    const at = quality.index + quality[0].length - quality[1]!.length;
    vagueWords.push({ word: clean.slice(at, at + quality[1]!.length), start: at, end: at + quality[1]!.length });
  }
  // `Consistent brand voice`, `Sustainable pace for the team`: a verbless KR that is an evaluative quality and its noun
  // says the noun has the quality (`the brand voice is consistent`), the same judgement as the predicate. Adjectives
  // that classify rather than grade (`Private channels`, `Secure login`, `Safe mode`) name a kind of thing, and on a
  // deliverable (`Inclusive language guide`, `Transparent pricing page`) the adjective is decoration, as in `Ship a
  // robust importer`.
  if (verb && verbClass === null && !QUALITY_PREDICATE.test(main) && QUALITY_ADJECTIVE.has(verb.word) && !CLASSIFYING_ADJECTIVE.test(verb.word) && !VAGUE_WORDS_ONE.test(verb.word) && /^\s+[a-z]/i.test(clean.slice(verb.end)) && !DELIVERABLE_AFTER.test(afterVerb)) {
    vagueWords.push({ word: clean.slice(verb.start, verb.end), start: verb.start, end: verb.end });
  }
  // `Ensure a smooth migration`, `Have a good plan for X`, `Make sure we have a solid plan`: verbs that hand nothing over
  // but assure a state; a judgement on their object (`smooth`, `good`) is the whole criterion, not decoration on a
  // deliverable as in `Ship a robust importer`. (`clear` says a thing is stated explicitly, a form anyone can check:
  // `Make sure we have a clear framework for …`.)
  const assurance = verb !== null && (/^(?:ensure|have|guarantee)$/.test(verb.word) || (verb.word === 'make' && /^\s+sure\b/.test(afterVerb)));
  if (assurance) {
    const judged = /^\s+(?:sure\s+(?:that\s+)?(?:we|you|they|i|the\s+team|everyone)\s+(?:have|has|get|run|deliver)\s+)?(?:a|an|the|our)\s+([a-z][a-z-]*)\s+[a-z]/.exec(afterVerb);
    const adjective = judged?.[1];
    if (adjective !== undefined && QUALITY_ADJECTIVE.has(adjective) && !CLASSIFYING_ADJECTIVE.test(adjective) && !VAGUE_WORDS_ONE.test(adjective)) {
      const start = verb!.end + judged!.index + judged![0].lastIndexOf(adjective);
      vagueWords.push({ word: clean.slice(start, start + adjective.length), start, end: start + adjective.length });
    }
  }
  // A quoted title (`Complete "Website Improvements"`) names a project; its words are not the criterion.
  const words = clean.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const titleCase = words.filter((w) => /^[A-Z]/.test(w)).length > words.length * 0.6;
  const quoted = [...clean.matchAll(/"[^"\n]{1,80}"|“[^”\n]{1,80}”/g)].map((q) => [q.index!, q.index! + q[0].length] as const);
  const manner = [...clean.matchAll(QUALITY_ADVERB)].filter((m) => !VAGUE_WORDS_ONE.test(m[0]));
  const mannerAt = new Set(manner.map((m) => m.index!));
  // An aside in parentheses after the KR's own words (`… journal (needs more thought)`, `… immediately (or as soon as
  // possible) after eating`) comments on it; the words outside say what is to be done.
  const asides = [...clean.matchAll(/\(([^()\n]{1,160})\)/g)].filter((a) => a.index! > 0 && /[a-z]{3,}\s+[a-z]{3,}/i.test(clean.slice(0, a.index!)) && !onlyJudgements(a[1]!)).map((a) => [a.index!, a.index! + a[0].length] as const);
  for (const m of [...clean.matchAll(VAGUE_WORDS), ...manner].sort((a, b) => a.index! - b.index!)) {
    if (m.index! >= main.length) break;
    const word = m[0].toLowerCase();
    if (quoted.some(([s, e]) => s <= m.index! && m.index! < e)) continue;
    if (asides.some(([s, e]) => s <= m.index! && m.index! < e)) continue;
    // `the Customer Success playbook`, `Head of Developer Experience`: a capitalised word inside a sentence
    // written in sentence case is part of a name (not when every word is capitalised, as in headings).
    if (/^[A-Z][a-z]/.test(m[0]) && clean.slice(0, m.index!).trim().length > 0 && !titleCase) continue;
    // `Launch the Trust Center page`, `Ship the customer health score`: a noun that names a concrete
    // deliverable is part of its name, not the criterion (an adjective such as `good plan` still judges).
    if (
      verbClass === 'activity' &&
      NAMING_NOUN.test(word) &&
      DELIVERABLE_AFTER.test(lower.slice(m.index! + m[0].length))
    )
      continue;
    // `more than 5`, `less than 2`, `no more than`: comparators, not vagueness.
    if (/^(?:more|less|fewer|greater)$/.test(word) && /^\s+than\b/.test(lower.slice(m.index! + m[0].length))) continue;
    // `Fewer interceptions than the other team`, `Faster checkout than Shopify`: a comparison with another party is a
    // threshold (its value); with our own past (`than last year`, `than before`) or a judgement (`than needed`) it still says
    // only which way.
    if (COMPARATIVE.test(word) && /^[^,.;:()]{0,40}?\bthan\s+(?!(?:before|now|today|ever|usual|previously|currently|last|in\s+the\s+past|the\s+(?:previous|last|current)|our\s+(?:current|previous|last)|it\s+(?:is|was)|we\s+(?:do|did|are|were|need)|needed|necessary|required|expected|planned|possible|enough|usual|normal)\b)[a-z]/.test(lower.slice(m.index! + m[0].length))) continue;
    if (word === 'quality' && !/\b(?:improv|better|high|enhanc)/.test(lower)) continue;
    // `regular (weekly) updates`: the cadence says how often.
    if (/^regular(?:ly)?$/.test(word) && CADENCE.test(lower)) continue;
    if (word === 'success' && !/\bsuccess\s*$/.test(lower)) continue;
    vagueWords.push({ word: m[0], start: m.index!, end: m.index! + m[0].length });
  }

  const trimmed = lower.trim();
  // A value left undecided where the amount, target or threshold would be (`Grow seats to TBD`, `Newsletter once a
  // TBD`), with no other target (a baseline before it, `from 10 to TBD`, is not one): nothing to check yet, unlike a
  // target redacted in a public copy (`$N`). Anywhere else TBD leaves a detail open (`the TBD pricing page`, `owner
  // TBD`) or the deadline (`by TBD`, `dates to be confirmed`), not the target.
  const undecidedTarget =
    undecidedAt(lower, verb === null ? null : verb.word, verbClass) &&
    !wordTarget &&
    numbers.every((n) => !n.target || UNDECIDED_AFTER_BASELINE.test(lower.slice(n.end)));
  const placeholder =
    undecidedTarget ||
    /^(?:todo|n\/a|\?+|xxx)\b/.test(trimmed) ||
    (trimmed.endsWith('?') && QUESTION_START.test(trimmed) && !hasTarget) ||
    // Little more than TBD (`TBD`, `KR to be defined`, `TBD (waiting on finance)`).
    (!hasTarget && UNDECIDED.test(trimmed) && littleMoreThanUndecided(trimmed));

  // `Write blog posts`, `Fix bugs`, `Try different approaches`: how many?
  let unboundedPlural = false;
  // Verbs that produce or win countable units (`Conduct user interviews`, `Acquire new customers`,
  // `Hire engineers`): a bare plural object leaves "how many?" open.
  // Coordinated verbs share their object (`Research and write blog posts`, `Plan, host and record talks`): it follows
  // the last of them, and any of them may produce it.
  const chain = verb ? verbChain(lower, verb) : null;
  const producing = chain?.verbs.filter((v) => PRODUCING_VERBS.has(v) || ACQUIRING_VERBS.has(v)) ?? [];
  if (verb && chain && producing.length > 0) {
    const objStart = chain.end;
    const obj = clean.slice(objStart).trimStart();
    // Modifiers are words, or identifiers with a digit (`Fix P0 bugs`, `Close S1 tickets`), never a count nor a period
    // (`Publish Q3 OKRs` is one known set); the head may be an acronym's plural (`Document and roll out APIs`). The plural
    // is the head only when no noun follows it: `Update meeting notes template` is one template.
    const np = /^((?:(?:[A-Za-z][a-z-]*|(?![QqHh][1-4]\b|[Ff][Yy]\d)[A-Za-z]+\d[\w-]*)\s+){0,2}?)([a-z][a-z-]{2,}s|[A-Z]{2,}s|people)\b(?=\s|$|[.,;:(])(?!\s+(?!(?:to|for|of|in|on|with|and|or|from|by|at|into|across|before|after|within|under|per|via|through|over|using|the|a|an|our|their|its|this|that|these|those|each|every|all|as|so|until|that|which|who|where|when|than)\b)[a-z][a-z-]*\b(?<!ed|ing|ly|er)(?=\s|$|[.,;:(]))/.exec(obj);
    // (`existing`, `remaining`, `already fetched`: a set that exists now, all of it, as `the legacy services` is.)
    if (np && !DETERMINED.test(obj) && !/^(?:down|up|out)\b/i.test(obj) && !/^(?:existing|remaining|current|already|outstanding)\b/i.test(obj)) {
      const head = np[2]!.toLowerCase();
      const modifiers = np[1]!.trim().split(/\s+/).filter(Boolean);
      // (`guidelines`, `requirements`, `terms`: one document in a plural form.)
      // (A plural joined by `of` to a bare singular names one thing: `articles of association`, `terms of reference`.)
      const compound = /^\s+of\s+(?!(?:the|a|an|our|their|its|this|that|these|those|all|every|each|some|any|new|more)\b)[a-z][a-z-]*[^s\s-](?=$|[\s.,;:(])/.test(obj.slice(np[0].length));
      const isPlural = (/^[A-Z]{2,}s$/.test(np[2]!) || !NOT_PLURAL.test(head)) && !ONE_DOCUMENT_PLURAL.test(head) && !compound;
      // `Ship features` is how many? `Land push notifications` names one capability.
      const generic = producing.some((v) => !/^(?:ship|release|land)$/.test(v)) || GENERIC_UNITS.test(head);
      if (isPlural && generic && modifiers.every((w) => !/^(?:to|for|of|in|on|with|and|or|from|by|at|how|what|why)$/i.test(w))) unboundedPlural = true;
    }
  }

  // Any other verb that finishes things (`Introduce empathy sessions`, `Create success story content`), or no verb
  // (`Additional blog posts`): generic units of output with no count are as open.
  if (!unboundedPlural && !hasTarget) {
    const rest = verb && chain && chain.verbs.some((v) => COMPLETION_VERBS.has(v)) ? lower.slice(chain.end) : verbClass === null ? lower : null;
    const head = rest === null ? null : headNoun(rest);
    if (head !== null && !DETERMINED.test(rest!) && (GENERIC_UNITS.test(head) || /^(?:sessions|meetings|calls|interviews)$/.test(head))) {
      unboundedPlural = verbClass !== null || /^\s*(?:additional|more|new|further|extra|various|regular|ongoing|other|several|some)\b/.test(rest!);
    }
    // A bare plural introduced by `at` after an activity (`Speak at conferences`: events, like `Attend conferences`), or
    // as `new`, `additional`, `other` (`Identify new revenue streams`, `Onboard new customers`: a set that does not
    // exist yet, unlike `the legacy services`): how many?
    if (!unboundedPlural && chain && (verbClass === 'activity' || verbClass === 'outcome')) {
      const m = NEW_PLURAL.exec(lower.slice(chain.end));
      if (m && (m[1] === undefined || verbClass === 'activity') && m[2]!.split(/\s+/).every((w) => !DETERMINED.test(w) && !NOT_A_NOUN.test(w))) unboundedPlural = true;
    }
    // A mass noun of output (`Create success story content`) is as open as a plural, unless a scope says what it
    // covers (`Publish SEO content for the boat pages`, `training material on the portal`).
    // (Finishing presupposes a known whole: `Complete API documentation` is the API's, all of it.)
    if (verbClass !== null && head !== null && MASS_OUTPUT.test(head) && !chain?.verbs.some((v) => /^(?:complete|finish|finali[sz]e)$/.test(v)) && !DETERMINED.test(rest!)) {
      const after = rest!.slice(rest!.indexOf(head) + head.length);
      if (!/^\s*(?:for|on|about|in|of|to|at|from|around|covering)\b/.test(after)) unboundedPlural = true;
    }
  }

  // `Add new payment methods: Apple Pay and Google Pay`, `Create demo videos (overview, per product)`: a list after the
  // plural says which, so the count is known.
  // So does a list of names after a preposition, one each (`Open new offices in Berlin and Lisbon`, `Write case studies
  // for Acme and Globex`), unless the plural is people or units won, many to a name (`Hire engineers in Berlin and Lisbon`).
  if (unboundedPlural && /^[^:(–—]*?(?::|\(|\s[-–—]\s)\s*[^,;.:)]{1,40}(?:,|\s(?:and|&|\+)\s)/.test(lower)) unboundedPlural = false;
  if (unboundedPlural && chain && !chain.verbs.some((v) => ACQUIRING_VERBS.has(v)) && CLOSED_SET.test(clean.slice(chain.end))) unboundedPlural = false;
  // Items that exist already, of one period (`Review financial statements for FY2026`, `Reconcile invoices of 2025`): the
  // period's set, all of it. (Output made for a period is still how many: `Write blog posts for Q3`.)
  if (unboundedPlural && chain && chain.verbs.every((v) => ITEM_VERBS.has(v)) && PERIOD_SET.test(lower.slice(chain.end))) unboundedPlural = false;
  if (unboundedPlural && chain && !SUPPORTED_PEOPLE.test(lower.slice(chain.end)) && !OUTCOME_NOUNS.test(lower.slice(chain.end).trim()) && NAMED_LIST.test(clean.slice(chain.end))) unboundedPlural = false;

  // Frequency or duration with no count and no end (`regular`, `ongoing`, `day-to-day`, `continuously`).
  // (`day to day` is read in the whole text: its `to` is not a purpose clause.)
  // (The adjectives say the same of an effort noun, `Continuous work on the docs`, `Steady stream of contributions`; of
  // any other noun they name a practice or capability that runs by itself once it is there, so setting it up is a
  // done-criterion: `Enable continuous archiving`, `Roll out continuous localization`.)
  // (A cadence beside it says how often, so the count is checkable: `regular (weekly) updates`.)
  const ongoingMatch = CADENCE.test(lower) || hasTarget
    ? null
    : (/\b(?:regular(?:ly)?|ongoing|continuously|constantly|continually|steadily)\b/.exec(main) ??
      (/\b(?:set(?:ting)?\s+up|enabl\w*|adopt\w*|roll(?:ing)?\s+out|introduc\w*|implement\w*|establish\w*|launch\w*|deploy\w*|configur\w*|turn(?:ing)?\s+on|automat\w*|stand(?:ing)?\s+up)\s+(?:(?:a|an|the|our)\s+)?(?:continuous|constant|continual|steady)\b/.test(main)
        ? null
        : /\b(?:continuous|constant|continual|steady)(?=\s+(?:work|attention|efforts?|engagement|stream|focus|support|communication|contact|involvement|improvements?|learning|feedback|collaboration|dialogue|outreach|presence|participation|investment|commitment|care|progress|flow)\b)/.exec(main)) ??
      /^(?:(?!\bto\b).)*\b(day[- ]to[- ]day)\b/.exec(lower));
  const ongoingWords = ongoingMatch !== null;
  const ongoingWord = ongoingMatch ? (ongoingMatch[1] ?? ongoingMatch[0]).toLowerCase() : null;

  // Outcome: a metric moved or kept, a capability, a state of the world the work should cause.
  let outcome = false;
  if (verbClass === 'direction' || verbClass === 'outcome') outcome = true;
  if (verbClass === 'vague') outcome = true;
  if (verb && /^(?:make|remove)$/.test(verb.word) && !/^\s+sure\b/.test(afterVerb) && vagueWords.length > 0) outcome = true;
  if (verb && /^(?:add|get|onboard|bring|drive|win|land|have|acquire|gain)$/.test(verb.word)) {
    const obj = afterVerb.replace(/["“”]/g, '').replace(/^\s*(?:over|at least|more than|around|about|~|>|≥)?\s*[$€£]?[\d.,]+(?:[kmb+]+\b|\s*%)?\s*(?:of\s+)?/, '');
    if (hasTarget && OUTCOME_NOUNS.test(obj.trim())) outcome = true;
    if (/^(?:have|get)$/.test(verb.word) && hasTarget && /\b(?:adopt|use|using|report|rating|positive)\b/.test(lower)) outcome = true;
    if (/^\s+more\b/.test(afterVerb)) outcome = true;
  }
  // No leading verb of ours: a metric statement (`NPS above 50`, `Maximum churn of 2%`) or a capability / state.
  // `OCTO has delivered 10 artifacts`, `Our platforms hit …`: the verb after a subject.
  const scanned = !verbClass && verb ? scanVerb(lower, verb.end) : null;
  const userSubject = /^\s*(?:\S+\s+){0,3}?(?:users?|customers?|people|visitors|developers|members|teams|adopters|readers|clients|projects)\b/.test(lower);
  // `3 teams adopt the new API`, `80% of new users finish onboarding`: adoption and behaviour
  // (outcomes); `Users can create a pad`: a feature.
  const adoption =
    scanned?.kind === 'activity' &&
    userSubject &&
    (/^(?:adopt|use|try|buy|pay|return|switch|upgrade|migrate|choose|select|recommend|renew|convert|sign)$/.test(scanned.verb) || !/\b(?:can|could|able to)\b/.test(lower));
  const later = scanned ? (adoption || (scanned.kind === 'activity' && othersAct(lower, scanned.verb)) ? 'outcome' : scanned.kind) : null;
  if (later === 'outcome') outcome = true;
  if (later === 'activity') {
    // A subject doing an activity: an output, whatever numbers follow.
  } else if (verbClass !== 'activity' && verbClass !== 'ongoing') {
    if (hasTarget && !PARTICIPLE.test(lower)) outcome = true;
    if (CAPABILITY.test(main) && !PARTICIPLE.test(lower)) outcome = true;
    if (/\b(?:paid|on time|stable|sound|thriving|diverse|presence|satisf|crash)\b/.test(lower) && !PARTICIPLE.test(lower)) outcome = true;
    if (/^\s*(?:maximum|minimum|max|min|less|fewer|more|at least|at most|under|over|below|above|no more|no\s|not a single|zero|\d)/.test(lower)) outcome = true;
  }
  if (verb && verb.word === 'make' && /\b(?:stable|not crash|reliable|faster|secure)\b/.test(lower)) outcome = true;
  // `Make the dashboard load in under 2 seconds`: making something reach a number is the outcome itself.
  if (verb && verb.word === 'make' && hasTarget && !/^\s+sure\b/.test(afterVerb) && !countAfter(afterVerb)) outcome = true;
  if (verb && /^(?:build|create|grow)$/.test(verb.word) && /\b(?:thriving|community|audience|following)\b/.test(lower)) outcome = true;
  if (/\b(?:achieve|obtain|get|pass|earn)\b.*\b(?:certif|audit|compliance|soc\b|iso\b|accreditation)/.test(lower)) outcome = false;
  if (/^\s*(?:users|customers|contributors|developers|teams|people|members)\b.*\b(?:able to|can|will|receive|adopt|use)/.test(lower)) outcome = true;

  // `Number of experiments …`, `Most of the team …`: a metric or a state, not a deliverable.
  if (/^\s*(?:number|%|percentage|percent|share|rate|ratio|proportion|most|majority|half)\s+of\b/.test(lower)) outcome = true;
  // `Peerpad is used by every meeting`: adoption.
  if (/\b(?:is|are)\s+(?:being\s+)?used\s+(?:by|at|in|for)\b/.test(lower)) outcome = true;
  // `go and js are interoperable`: a property of the product.
  if (/\b(?:is|are)\s+(?:\w+\s+)?(?:\w+able|\w+ible|private|secure|fast|compliant|interoperable)\b/.test(main) && !PARTICIPLE.test(lower)) outcome = true;
  // A vague outcome ("Improve customer satisfaction", "Rock solid webhooks") is unmeasurable, not task-like.
  if (vagueWords.length > 0 && verbClass !== 'activity' && verbClass !== 'ongoing' && later !== 'activity' && !PARTICIPLE.test(lower)) outcome = true;
  // A question with nothing to check is not a task either.
  if (placeholder && trimmed.endsWith('?')) outcome = true;
  if (/^\s*(?:bi-weekly|weekly|monthly|daily|regular|quarterly)\s+(?:\w+\s+)?(?:tweets|posts|meetings|newsletters|updates|videos|calls|demos)\b/.test(lower)) outcome = false;
  // `2 customer interviews per week`: a count of activities.
  if (/^\s*[\d.,]+\s*[k+]*\s+(?:\w+\s+){0,2}(?:interviews?|posts?|talks?|meetings?|workshops?|sessions?|calls?|demos?|videos?|articles?|releases?|features?|tests?|podcasts?|events?|webinars?|tweets?)\b/.test(lower)) outcome = false;

  // `Reach out to …` is an activity, `Reach 200 teams` an outcome.
  if (verb && verb.word === 'reach' && /^\s+out\b/.test(afterVerb)) outcome = false;
  // `Ensure retention stays above 90%`: a threshold kept, whatever the verb.
  if (hasTarget && /\b(?:stays?|remains?|is kept|kept)\s+(?:above|below|under|over|at least|at most|within)\b/.test(lower)) outcome = true;
  // `Not spend more than 5 hours …`: a limit to keep.
  if (hasTarget && /^\s*(?:not|never|don't|do not)\s+\w+\s+(?:more|less|fewer|longer)\s+than\b/.test(lower)) outcome = true;
  // `We have offers accepted by 2 SREs`: hiring.
  if (/\boffers?\s+accepted\b/.test(lower)) outcome = false;
  // `Citation of publications: median of peer universities`, `Philanthropy for research: a total of $200 million`,
  // `Sponsored funding by year: increase by 2% each year`: a metric named as a label, then its target after the colon.
  // (Not an output counted: `Lean events completed: baseline 4, target 12` has a done-state in its label.)
  // (Read on the text as written: cleaning blanks a short label.)
  const labelled = /^\s*([^:]{3,160}?):\s+(\S.*)$/s.exec(text.slice(0, MAX_WORDING_LENGTH).toLowerCase().replace(/^\s*(?:\[[^\]]{1,12}\]\s*|kr\s*\d+\s*[:.)-]\s*)+/, ''));
  const metricColon = labelled && verbClass === null ? labelled : null;
  if (metricColon && !PARTICIPLE.test(metricColon[1]!) && !BARE_PARTICIPLE.test(metricColon[1]!) && TARGET_VALUE.test(metricColon[2]!)) outcome = true;
  // `Starting in 2024, the graduation rate will increase by 5%`, `By the end of FY26, 80% of clinics report weekly`: a time
  // or condition put first is not the sentence; what follows the comma is read as the KR.
  if (!outcome && !nested) {
    const fronted = FRONTED_CLAUSE.exec(clean);
    if (fronted && analyse(clean.slice(fronted[0].length), true).outcome) outcome = true;
  }
  // `Automate the checks to achieve a 90% pass rate`, `Configure alerts, achieving a response time under 5 minutes`,
  // `Benchmark the pipeline, improve it by 10%`, `… with a 99% uptime goal`: the activity is the means, and the clause
  // after it states the result with its own target; that result is what is measured. (Without a number the result
  // clause is a manner, not a target: `Implement a pipeline, achieving successful deployments in all environments`.)
  if (!outcome && (verbClass === 'activity' || verbClass === 'ongoing' || later === 'activity')) {
    const result = RESULT_CLAUSE.exec(lower.slice(verb ? verb.end : 0));
    const at = result ? (verb ? verb.end : 0) + result.index : -1;
    if (result && numbers.some((n) => n.target && n.start > at)) outcome = true;
  }

  const milestone =
    !outcome &&
    (PARTICIPLE.test(lower) || (verbClass === 'activity' && !unboundedPlural) || /^\s*(?:[a-z0-9#+/.-]+\s+){0,4}(?:driver|api|apis|tool|guide|setup|prototype|playground|logo|page|website|site|document|plan|policy|strategy|feature|integration|support for)\b/.test(lower));

  // `Figure out if we can do $200k deals`: research with a condition, whatever the numbers.
  const RESEARCH_DELIVERABLE = /\b(?:and|then|to)\s+(?:decide|choose|select|pick|recommend|publish|present|document|share|write|propose|agree)\b|\b(?:report|recommendation|decision|proposal|write-?up|summary|memo|doc|document|plan|rfc)\b/;
  // `Explore page is live`, `Discover page launched`, `Support portal is published`: a verb-looking first word
  // followed by a noun, with a done-state after, names a thing (the subject of the state), not the activity.
  const namedThing =
    verb !== null &&
    /^\s+(?!(?:the|a|an|our|their|its|my|your|his|her|this|that|these|those|to|on|with|for|in|into|of|and|or|at|by|from|out|up|how|what|why|whether|if|new|more|all|every|each|some|any|no)\b)[a-z]/.test(afterVerb) &&
    (PARTICIPLE.test(lower) || BARE_PARTICIPLE.test(lower));
  // Studying, in one word or a phrase (`Look into serverless`, `Find out why users churn`, `Get to know our users`).
  const studying = verb !== null && (/^(?:explore|investigate|research|evaluate|assess|study|analy[sz]e|examine|discover)$/.test(verb.word) || /^(?:find\s+out|look\s+into|dig\s+(?:into|deeper)|get\s+to\s+know)\b/.test(lower.slice(verb.start)));
  // … or one deliverable finished after it (`Explore options and ship a prototype`).
  const thenDeliver = /\b(?:and|then)\s+([a-z]+)\s+(?:a|an|the|one|our)\b/.exec(lower);
  const researchDeliverable = studying && (RESEARCH_DELIVERABLE.test(lower) || (thenDeliver !== null && COMPLETION_VERBS.has(baseVerb(thenDeliver[1]!))));
  const research =
    verb !== null &&
    (studying || /^(?:figure|consider)$/.test(verb.word)) &&
    !namedThing &&
    // `Evaluate alternatives to our CI provider`: studying names no end state, unless a decision or a write-up does.
    (/\b(?:if|whether)\b/.test(lower) || (!hasTarget && !hasQuantifier && !researchDeliverable));
  // `… easily accessible to all staff`: a vague word before the quantifier carries the KR.
  const quantifierAt = lower.search(QUANTIFIER);

  // What the KR commits to, when it names no amount: one deliverable done or one state reached.
  const objectHead = verb ? headNoun(afterVerb) : null;
  const completionVerb =
    verb !== null &&
    (verbClass === 'activity' || verbClass === 'outcome' || verb.word === 'ensure' || verb.word === 'support') &&
    COMPLETION_VERBS.has(verb.word === 'make' && /^\s+sure\b/.test(afterVerb) ? 'make' : verb.word);
  // Where the done-state is stated (`… is documented`, `… in place`; headline style `2.0 released` when no verb leads), or -1.
  const participleAt = firstOf(lower.search(PARTICIPLE), verbClass === null || verbClass === 'outcome' ? (BARE_PARTICIPLE.exec(lower)?.[0].length ?? -1) : -1);

  const doneCore =
    !unboundedPlural &&
    ((participleAt >= 0 && !/^\s*(?:make|keep)\b/.test(lower)) || (completionVerb && (objectHead === null || !ABSTRACT_HEAD.test(objectHead))));
  // Vague words that carry the KR: those that are the criterion, not decoration on a deliverable. With a
  // done-criterion, an adjective on the deliverable (`Ship a robust importer`), words in the name of the thing
  // done (`Approach to track public awareness … in place`) and a manner clause after it (`Site launched,
  // effectively capturing …`) leave it checkable; comparatives (`a better onboarding flow`: which way, not how
  // far), frequency without a count (`regular`), idioms of standing (`best practices`, `world-class`) and a
  // vague predicate (`documented and easily accessible`, `Make X stable`) still carry it.
  // A later coordinated clause (`Launch the pricing page and make checkout faster`, `Obtain a scale and track weight
  // regularly`): with a done-criterion in the first clause, that clause is the KR's criterion (the guide's "at least
  // one of"), and how the later one is worded does not take it away, as a purpose clause does not.
  const laterAt = completionVerb && chain ? laterClause(lower, chain.end) : -1;
  const carrying = vagueWords.filter((v) => {
    const word = v.word.toLowerCase();
    if (!doneCore) return true;
    if (laterAt >= 0 && v.start >= laterAt) return false;
    // The manner of finishing one deliverable (`Migrate secrets securely to Vault`) decorates it, as an adjective
    // does (`Ship a robust importer`); without a finishing verb it is the criterion (`data is handled securely`).
    if (completionVerb && mannerAt.has(v.start)) return false;
    if (COMPARATIVE.test(word) || /^(?:regular(?:ly)?|ongoing)$/.test(word) || /[\s-]/.test(word)) return true;
    const after = lower.slice(v.end);
    const before = lower.slice(0, v.start);
    // In the subject of a state (`Approach to track public awareness … in place`).
    if (verbClass === null && participleAt > v.end && !/\b(?:is|are|was|were|be|been|becomes?)\s*$/.test(before)) return false;
    // After the done-criterion, past a comma: a manner clause.
    if (participleAt >= 0 && participleAt < v.start && /,/.test(lower.slice(participleAt, v.start))) return false;
    // An adjective before a concrete noun, in the object of a completion verb (not of one that only assures a state).
    const next = /^\s+([a-z][a-z-]*)/.exec(after)?.[1];
    if (
      completionVerb &&
      (!assurance || /^(?:clear(?:er)?|complete|full)$/.test(word)) &&
      !/ly$/.test(word) &&
      next !== undefined &&
      !NOT_A_NOUN.test(next) &&
      !/\b(?:is|are|be|been|become|becomes|stay|stays|remain|remains|make|makes|keep|keeps|feel|feels|look|looks|seem|seems)\s+(?:\w+\s+){0,1}$/.test(before) &&
      !ABSTRACT_HEAD.test(headNoun(lower.slice(v.start)) ?? '')
    )
      return false;
    return true;
  });
  // (A quantifier that is itself a criterion, `with zero data loss`, `never`, `without downtime`, says when the vague
  // word before it holds: `Migrate data safely with zero data loss`; a scope, `to all staff`, does not.)
  const criterionQuantifier = /^(?:zero|no\s|never|none|without|not\s|do(?:es)?\s+not|100)/.test(lower.slice(quantifierAt));
  const carriedFirst = carrying.length > 0 && quantifierAt >= 0 && carrying[0]!.start < quantifierAt && !criterionQuantifier;
  // `Support ARM64 builds` is a capability; `Support the sales team` is open-ended help.
  const supportCapability = verb !== null && verb.word === 'support' && !SUPPORTED_PEOPLE.test(afterVerb);
  const helpPeople =
    verb !== null &&
    !hasQuantifier &&
    ((/^(?:enable|equip|empower)$/.test(verb.word) && SUPPORTED_PEOPLE.test(afterVerb)) ||
      (/^(?:provide|offer|give)$/.test(verb.word) && supportedAfterPreposition(afterVerb)));
  // `Ensure every endpoint is documented`, `Make sure we have a runbook`: the clause after it is the criterion.
  const ensureClause = verb !== null && verb.word === 'ensure' && (objectHead === null || !ABSTRACT_HEAD.test(objectHead));
  // `Work towards …`, `Make headway on …`, `Strive for …`: effort promised, not the criterion it points at.
  // (`Make hiring a priority`, `Make security our focus`: a stance declared, no end state.)
  const effortOnly = /^\s*(?:make\s+(?:[\w-]+\s+){1,3}?(?:a|our|the|my)\s+(?:top\s+|key\s+|real\s+)?(?:priority|focus)\b|lay(?:ing)?\s+(?:the\s+)?(?:groundwork|foundations?)|pave\s+the\s+way|set\s+the\s+stage|work(?:ing)?\s+(?:towards?|on|at)|make\s+(?:\w+\s+)?(?:headway|progress|strides|inroads)|made\s+(?:\w+\s+)?(?:headway|progress)|strive|aim\s+to|try\s+to|attempt\s+to|push\s+(?:for|towards?))\b/.exec(lower);
  // `Maintain the KPI hub`, `Keep documents organised`: upkeep with no threshold to keep and no state to check.
  const upkeep = verb !== null && /^(?:maintain|keep|sustain)$/.test(verb.word) && !/\b(?:flat|green|constant|unchanged|compliant|compliance|certified|certification|accreditation|status|at zero|in place|up to date|current)\b/.test(lower);
  // `Churn is reduced`, `Site evolved into a core mechanism`: a direction after the subject, still no amount.
  const predicateDirection = verbClass === null && !/\b(?:can|could|able to)\b/.test(main) && PREDICATE_DIRECTION.test(/\bcontinu(?:e|es|ing)\s*$/.test(main) ? lower : main);

  // `Gain muscle`, `Save money`, `Spend time with family`, `Gain market share`: gaining or giving up an amount measured
  // in units, bare (no article, no number), names the direction but not how much. Anything else gained or lost is a
  // state reached (`Gain access to the Japanese market`, `Lose dependency on the legacy cluster`, `Gain SOC 2
  // certification`), and a quality gained is not handed over (`Gain confidence`, as `Build resilience`).
  // (`Make time for deep work`, `Find time to read`, `Make money`: the same amount made or found, with no amount.)
  const amountVerb = verb !== null && (/^(?:gain|lose|save|spend|earn|burn|waste)$/.test(verb.word) || (/^(?:make|find)$/.test(verb.word) && /^\s+(?:time|money|space)\b/.test(afterVerb)));
  const amountUnstated =
    amountVerb &&
    AMOUNT_NOUN.test(objectHead ?? '') &&
    !hasTarget &&
    !hasQuantifier &&
    numbers.every((n) => n.reason === 'a date' || n.reason === 'a period' || n.reason === 'a year') &&
    !DETERMINED.test(afterVerb);

  // Which reading decided `measurable` (kept for messages and for measuring each criterion).
  let basis: Wording['basis'];
  if (research) basis = 'research';
  else if (undecidedTarget) basis = 'placeholder';
  else if (hasTarget) basis = 'target';
  else if (POINTER.test(lower)) basis = 'pointer';
  // (`Make the offsite the top priority and book the venue by January`: a finishing clause after it is the end state.)
  else if ((effortOnly && !(/^\s*make\b/.test(effortOnly[0]) && finishingAfter(lower.slice(effortOnly.index + effortOnly[0].length)))) || (verbClass === 'ongoing' && verb !== null && STANCE_VERBS.has(verb.word))) basis = 'ongoing';
  // `Number of experiments completed`, `Percentage of teams on the new API`: a metric named, no target for it.
  else if (/^\s*(?:the\s+)?(?:number|#|percentage|percent|%|share|rate|ratio|proportion|amount|count|level)\s+of\b/.test(lower)) basis = 'metric-only';
  else if (placeholder) basis = 'placeholder';
  // `Reduce open P0 bugs to zero`, `Expand SSO to all plans`, `Cut setup to a single command`: the end point is a number word.
  // (`Keep reducing the backlog until it is empty`: the end point said as a state.)
  else if ((verbClass === 'direction' || verbClass === 'vague') && /\b(?:to|into|down to|under|below)\s+(?:zero|none|nil|one|a single|all|every|each|100\s?%)\b|\buntil\s+(?:it|they|there)\s+(?:is|are)\s+(?:empty|gone|zero|none\s+left|nothing\s+left)\b/.test(lower)) basis = 'target';
  else if (verbClass === 'direction') basis = 'direction';
  // `Improve all onboarding emails`: the scope is bounded, the improvement is not (like a direction).
  else if (verbClass === 'vague') basis = verbClass;
  else if (hasQuantifier && !carriedFirst) basis = 'quantifier';
  // `Drive the Cells rollout to completion`: the effort is aimed at a named end state.
  // (`Continue the weekly release`, `Continue monthly office hours`: a cadence makes the count checkable, as in `Hold weekly
  // reviews`; `Continue the blog` has none.)
  else if (verbClass === 'ongoing' && !supportCapability && !ensureClause && !researchDeliverable && !namedThing && !TOWARDS_CHECKABLE_STATE.test(lower) && !(verb !== null && verb.word === 'continue' && CADENCE.test(main))) basis = verbClass;
  else if (predicateDirection || amountUnstated) basis = 'direction';
  else if (upkeep || helpPeople) basis = 'ongoing';
  // `Create a culture of ownership`, `Build a developer ecosystem`: no one hands over a culture, whatever the verb.
  // (A quality named as the whole object is the same: `Build resilience`, `Add observability to checkout`.)
  else if ((completionVerb || amountVerb) && objectHead !== null && (ABSTRACT_HEAD.test(objectHead) || namedQuality(objectHead)) && numbers.length === 0 && !hasQuantifier && !PARTICIPLE.test(lower)) basis = 'ongoing';
  else if (carrying.length > 0) basis = 'vague-words';
  // `Become a platform company`: a stance, like `Be …`, unless the state is checkable (`Become profitable`).
  // (`Become an AWS Advanced Tier partner`, `Become a Google Cloud partner`: a status someone named grants, checkable.)
  else if (verb !== null && verb.word === 'become' && !hasQuantifier && !CHECKABLE_STATE.test(lower) && !namedStatus(clean.slice(verb.end))) basis = 'vague';
  else if (ongoingWords && !(doneCore && laterAt >= 0 && !/\b(?:regular(?:ly)?|ongoing|continuously|constantly|continually|steadily|continuous|constant|continual|steady|day[- ]to[- ]day)\b/.test(lower.slice(0, laterAt)))) basis = 'ongoing-words';
  // `Hold weekly reviews`: a cadence makes the count checkable.
  else if (unboundedPlural && !CADENCE.test(lower)) basis = 'unbounded-plural';
  // `Implement the missing pieces`: whatever is missing, never listed. (`The rest of the migration`, `the remaining part
  // of the redesign`, `the remaining services` are all of what is left: checkable.)
  // (A part with no amount or place is as open: `Implement a part of the plan`, `Migrate some of the services`, `some
  // services`, `most of the services`, `a few of the services`; not `the first part of the course`, nor in an aside.)
  else if (/\bmissing pieces\b|\b(?:some|most\s+of\s+(?:the|these|those|our|their|its)|a\s+few\s+of\s+(?:the|these|those|our|their|its))\s+(?:[a-z][a-z-]*\s+)?[a-z][a-z-]{2,}s\b|(?<!\b(?:first|second|third|last|final|next|main|hardest|remaining|[a-z]+est)\s+)\b(?:part|parts|portion|portions|some|bits)\s+of\s+(?:the|this|that|these|those|our|their|its)\b/.test(main.replace(/\([^)]*\)?/g, ' '))) basis = 'open-scope';
  // `ML academia relations`, `Video tutorials`: an area of work named, nothing to check.
  // (`Customer research`: the only "verb" found is the head noun itself.)
  else if (!verbClass && (!scanned || new RegExp(`\\b${scanned.verb}[.!]*$`).test(firstLabel(trimmed))) && !PARTICIPLE.test(lower) && (areaOnly(firstLabel(trimmed)) || qualityHead(firstLabel(trimmed)))) basis = 'area';
  else basis = 'done-criterion';
  // `Harden the gateway to pass the ASVS level 2 review`, `The board believes in the plan: budget approved in December`: a
  // vague verb or a subjective state with a clause that states its own criterion, which is the KR's criterion (as a
  // done-criterion in the first of coordinated clauses is). A comparative still asks how far (`Get more people to buy`).
  const criterionClause = !nested && (basis === 'vague' || (basis === 'vague-words' && !carrying.some((v) => COMPARATIVE.test(v.word.toLowerCase())))) && criterionClauses(clean, verb ? verb.end : 0).some(statesCriterion);
  if (criterionClause) basis = 'done-criterion';
  // `Video tutorials`: a label that is a plural of generic units is how many?, not an area.
  if (basis === 'area' && GENERIC_UNITS.test(labelHead(firstLabel(trimmed)))) unboundedPlural = true;
  const measurable = basis === 'target' || basis === 'pointer' || basis === 'quantifier' || basis === 'done-criterion';
  // Possibly unmeasurable (an opt-in reading): a label of common nouns and nothing else (`Keyboard shortcuts`, `Partner
  // onboarding`, `Dark mode for the dashboard`): a feature whose presence can be checked, or a theme with nothing to hit;
  // the sentence does not say which. A name (`YouTube channel`, `C# driver`), a number, a done-state or a capability
  // makes it a deliverable.
  const borderline =
    basis === 'done-criterion' &&
    !criterionClause &&
    !verbClass &&
    (!scanned || new RegExp(`\\b${scanned.verb}[.!]*$`).test(firstLabel(trimmed))) &&
    numbers.length === 0 &&
    !hasQuantifier &&
    !PARTICIPLE.test(lower) &&
    !BARE_PARTICIPLE.test(lower) &&
    !CAPABILITY.test(lower) &&
    !CHECKABLE_STATE.test(lower) &&
    // (`Allow uploads from a patch`, `Let admins export logs`: a capability granted.)
    !/^\s*(?:allow|let)s?\b/.test(lower) &&
    commonNounLabel(firstLabel(clean.trim()));

  // A bare quality (`API scalability`, `Observability`, `Visibility into the pipeline`) is a vague outcome, like
  // `Improve DHT scalability`, not an area of work (`Developer relations`, `Docs maintenance`).
  const qualityArea = basis === 'area' && namedQuality(labelHead(firstLabel(trimmed)));
  const taskLike = !outcome && !qualityArea;

  return {
    clean,
    numbers,
    hasTarget,
    hasQuantifier,
    vagueWords,
    ...(basis === 'ongoing-words' && ongoingWord ? { ongoingWord } : {}),
    ...(basis === 'ongoing' && effortOnly ? { ongoingWord: effortOnly[0].trim() } : {}),
    verb,
    verbClass,
    placeholder,
    unboundedPlural,
    outcome,
    milestone,
    measurable,
    basis,
    borderline,
    taskLike,
  };
}
