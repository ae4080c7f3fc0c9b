/**
 * A light suffix-stripping stemmer and a stop-word list, for comparing the content words of two
 * texts (an answer and its question, a question and a principle). Crude on purpose: it only has
 * to make "disagreed", "disagreement" and "disagreeing" meet, and it must be fast.
 */

const SUFFIXES = [
  "ational",
  "ization",
  "fulness",
  "iveness",
  "ements",
  "ations",
  "ement",
  "ation",
  "ments",
  "ities",
  "ingly",
  "ness",
  "ment",
  "ings",
  "ship",
  "ful",
  "ing",
  "ity",
  "ies",
  "ied",
  "ers",
  "est",
  "ive",
  "ous",
  "ed",
  "er",
  "ly",
  "es",
  "al",
  "s",
];

const stemCache = new Map<string, string>();

export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let out = word;
  if (word.length > 4) {
    for (const suffix of SUFFIXES) {
      if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
        out = word.slice(0, word.length - suffix.length);
        break;
      }
    }
    // "stopped" → "stopp" → "stop"; "planning" → "plann" → "plan".
    const n = out.length;
    if (n > 3 && out[n - 1] === out[n - 2] && !"lsz".includes(out[n - 1]!)) out = out.slice(0, n - 1);
    if (out.endsWith("e") && out.length > 4) out = out.slice(0, -1);
    if (out.endsWith("i") && out.length > 4) out = `${out.slice(0, -1)}y`;
  }
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(word, out);
  return out;
}

/**
 * Function words and the interview boilerplate every question shares ("tell me about a time"),
 * which say nothing about what a question is about.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below between both but by " +
    "can could did do does doing done down during each few for from further get got had has have having he her here hers herself " +
    "him himself his how i if in into is it its itself just let me more most my myself no nor not now of off on once only or other " +
    "our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they " +
    "this those through to too under until up very was we were what when where which while who whom why will with would you your " +
    "yours yourself yourselves time tell describe example give share walk talk told thing things way ways really one two use used using " +
    "make made take took want wanted need needed like well even still much many lot lots also say said get getting go went going " +
    "n't 's 're 've 'll 'd 'm ca wo"
  ).split(" "),
);

const contentStemCache = new Map<string, string | null>();

/** The stem of a content word, or null for stop words, short words and non-words. */
export function contentStem(word: string): string | null {
  let cached = contentStemCache.get(word);
  if (cached === undefined) {
    cached = word.length < 3 || STOP_WORDS.has(word) || !/^[a-z][a-z'-]*$/.test(word) ? null : stem(word);
    if (contentStemCache.size > 50_000) contentStemCache.clear();
    contentStemCache.set(word, cached);
  }
  return cached;
}

/** Stems of the content words of a lowercase word list, skipping stop words and short words. */
export function contentStems(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    const s = contentStem(word);
    if (s !== null) out.add(s);
  }
  return out;
}

/** Lowercase words of a text, for texts not worth a wink pass (principle prose, key points). */
export function plainWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replaceAll("’", "'")
      .match(/[a-z][a-z'-]*/g) ?? []
  );
}
