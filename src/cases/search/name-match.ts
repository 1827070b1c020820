// When a person's name matches what a worker typed. Pure SQL building, shared by the search and by
// the case-load benchmark's bare SQL, so both ask the database the same question.
import { and, or, sql, type SQL } from 'drizzle-orm';
import { casePersons, personNameWords } from '../cases.tables.js';

/** Words of one letter say too little to look up; more than six is not a name. */
const MIN_WORD = 2;
const MAX_WORDS = 6;
const JOINED_SIMILARITY = 0.6;

/**
 * The small words of Dutch, French and Arabic surnames. "van" starts a word of ~15 % of the names
 * in a Flemish register and "de" of more: looked up like any word, they made the index intersect
 * hundreds of thousands of people (~100 ms) to keep a few dozen. Typed next to other words, they
 * are checked on the people those words found instead.
 */
const PARTICLES = new Set(['van', 'vander', 'vanden', 'von', 'de', 'den', 'der', 'des', 'del', 'di', 'da', 'du', 'ter', 'ten', 'te', 'het', 'le', 'la', 'les', 'op', 'el', 'al']);

const escapeLike = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

// The same expression as the index case_persons_search_words (migration 0015).
const nameWords = sql`person_search_words(${casePersons.firstName}, ${casePersons.lastName})`;

/** How many of the most similar dictionary words a typed word stands for (more only adds noise). */
const NEAREST = 10;
/** Up to this length a dropped or changed letter leaves too few trigrams in common ("mas" for Maes). */
const SHORT_WORD = 5;

/** LIKE patterns for the words one letter away from a short typed word: changed, added or dropped. */
export function oneLetterAway(word: string): string[] {
  const letters = [...word].map(escapeLike);
  const patterns = new Set<string>();
  for (let i = 0; i <= letters.length; i++) {
    patterns.add([...letters.slice(0, i), '_', ...letters.slice(i)].join(''));
    if (i < letters.length) {
      patterns.add([...letters.slice(0, i), '_', ...letters.slice(i + 1)].join(''));
      if (letters.length > 2) patterns.add([...letters.slice(0, i), ...letters.slice(i + 1)].join(''));
    }
  }
  return [...patterns];
}

/**
 * The dictionary words a typed word may stand for: the most similar ones (trigram: "jansens" ~
 * janssens), for a short word those one letter away, and for the word being typed (the last) those
 * it starts, so results follow each keystroke. All words above pg_trgm's 0.3 made "vandervoore"
 * stand for 134 words starting with vande-, and the index then intersected thousands of people.
 * A word followed by another is finished: "bo" in "bo van den bossche" starting every bo- name
 * made the index read ~12,000 people to keep a few.
 */
const spellings = (word: string, typing: boolean) => {
  const w = personNameWords.word;
  const short = word.length <= SHORT_WORD ? sql` UNION SELECT ${w} FROM ${personNameWords} WHERE ${w} LIKE ANY (ARRAY[${sql.join(oneLetterAway(word).map((pattern) => sql`${pattern}`), sql`, `)}])` : sql``;
  const started = typing ? sql` UNION SELECT ${w} FROM ${personNameWords} WHERE ${w} LIKE ${`${escapeLike(word)}%`}` : sql``;
  return sql`(SELECT array_agg(word) FROM ((SELECT ${w} FROM ${personNameWords} WHERE ${w} % ${word} ORDER BY similarity(${w}, ${word}) DESC LIMIT ${NEAREST})${started}${short}) AS spelt)`;
};

/** The dictionary words close to several typed words written as one ("van den broek" ~ vandenbroeck). */
const joinedSpellings = (joined: string) =>
  sql`(SELECT array_agg(${personNameWords.word}) FROM ${personNameWords} WHERE ${personNameWords.word} % ${joined} AND similarity(${personNameWords.word}, ${joined}) >= ${JOINED_SIMILARITY})`;

const hasSpelling = (word: string, typing: boolean) => sql`${nameWords} && ${spellings(word, typing)}`;

/** A particle checked on the people found by the other words: a word of the name starts with it. */
const startsAWord = (particle: string) => sql`EXISTS (SELECT 1 FROM unnest(${nameWords}) AS w WHERE w LIKE ${`${escapeLike(particle)}%`})`;

/**
 * The typed words split into runs of particles closed by the next word: "mats van den broek" is
 * mats + (van den broek), so the run can also be matched as one word, as the surname Vandenbroeck.
 */
function runsOf(words: string[]): { alone: string[]; joined: string[] } {
  const alone: string[] = [];
  const joined: string[] = [];
  let run: string[] = [];
  for (const word of words) {
    if (PARTICLES.has(word)) run.push(word);
    else if (run.length) {
      joined.push([...run, word].join(''));
      run = [];
    } else alone.push(word);
  }
  return { alone, joined };
}

/**
 * A person matches when their name holds, for every typed word, one of its spellings: a word in
 * `person_name_words` that resembles it (or, for the word being typed, starts with it).
 * Each typed word becomes a small array looked up in the few-thousand-word dictionary, and people
 * are found by one GIN index on their name's words. Alternatively, the typed words written as
 * one, or each particle run written as one, match a surname written as one.
 */
export function nameCondition(text: string): SQL | null {
  const typed = text.split(' ');
  const words = [...new Set(typed.filter((word) => word.length >= MIN_WORD))].slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  const spelt = (word: string) => hasSpelling(word, word === typed.at(-1));
  if (words.length === 1) return spelt(words[0]!);
  const significant = words.filter((word) => !PARTICLES.has(word));
  // Only particles typed ("van de"): nothing else to find people by, so they are looked up.
  const everyWord = significant.length
    ? and(...significant.map(spelt), ...words.filter((word) => PARTICLES.has(word)).map(startsAWord))!
    : and(...words.map(spelt))!;
  const alternatives = [everyWord, sql`${nameWords} && ${joinedSpellings(words.join(''))}`];
  const { alone, joined } = runsOf(words);
  // A run that is the whole text is the alternative above already.
  if (joined.length && (alone.length || joined.length > 1)) {
    alternatives.push(and(...alone.map(spelt), ...joined.map((run) => sql`${nameWords} && ${joinedSpellings(run)}`))!);
  }
  return or(...alternatives)!;
}
