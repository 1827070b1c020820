// Synthetic children for tests and benchmarks: invented people with Flemish-sounding names,
// recorded by several registries with known overlaps and realistic recording errors. Nothing
// here is real data; the ground truth (who is who) is what lets tests measure precision and
// recall of the linkage.
import { nationalNumberCheckDigits } from './national-number.js';
import { seededRandom } from './seeded-random.js';

const GIRLS = 'Emma Olivia Louise Mila Alice Juliette Elena Marie Lina Nora Sofia Lena Noor Ella Fleur Hanne Lotte Amber Julie Zoë Laura Sara Fien Lise Anna Eva Jana Roos Yana Femke Lisa Ines Elise Charlotte Camille Chloé Lucie Manon Axelle Margot Amira Yasmina Nina Luna Mona Liv Jade Tess Kato Silke Bo Marthe Febe Nell Lore Ilse Aline Paulien Leonie Oona Saar Ayla Mirthe Estée Hira Aya Salma'.split(' ');
const BOYS = 'Noah Arthur Louis Liam Jules Adam Lucas Victor Finn Mathis Leon Vic Lars Seppe Warre Mauro Stan Wout Jasper Kobe Senne Milan Ruben Thibo Robbe Jens Bram Lander Cas Mats Gust Staf Tuur Lou Nand Daan Sem Rune Ferre Emiel Jef Vince Maxime Thomas Simon Pieter Jonas Wannes Ibe Kasper Aaron Yusuf Mohamed Rayan Ilyas Amir Otis Remi Briek Miel Fons Lowie Nathan Hugo Elias'.split(' ');
const SURNAMES = 'Peeters,Janssens,Maes,Jacobs,Mertens,Willems,Claes,Goossens,Wouters,De Smet,Dubois,Hermans,Aerts,Michiels,Lambrechts,Dumont,Desmet,Pauwels,Cools,Verstraete,Martens,Smets,Leclercq,Vermeulen,Van Damme,Hendrickx,Van de Velde,Stevens,Bogaert,Thys,Verhoeven,De Backer,Declercq,Coppens,Wuyts,Segers,Lemmens,Geerts,Dewulf,Verbruggen,Van den Broeck,Mariën,Vandenberghe,Van Dyck,Baert,De Clercq,Vermeersch,Van Hecke,Verhaegen,De Cock,Vervoort,Jansen,Claeys,Moens,Van Acker,Verlinden,Renard,Sels,Devos,Van Looy,Wijns,Huybrechts,Bosmans,Lenaerts,Engelen,Schepers,Nijs,Vos,Daems,Kerkhofs,Coenen,Bastiaens,Van Camp,Dierckx,Buelens,Vanderstraeten,Hoste,De Vos,Van Goethem,Verschueren,Timmermans,Heylen,Geens,Vandamme,Bertels,Slegers,Van Laere,Beckers,Verhelst,Vanhoof,Smolders,Debruyne,Van der Linden,Laenen,Gielen,Gijsels,Van Rompaey,Cuypers,Vanhove,Roels,Van Houtte,Mestdagh,Ceulemans,Theunis,Deprez,Stas,Vanneste,Verbeke,Dhondt,Cornelis,Bruneel,Govaerts,Meeus,Boeckx,Van Gucht,Tack,Vandeputte,De Wilde,Lievens,Vanhoutte,Steenackers,Janssen,Verheyen,Peters,Wauters,Jorissen,Van Hoof,Philips,Simons,Bollen,Van Roy,Keersmaekers,Verbist,Verachtert,Celis,Van Aelst,Teugels,Michels,Bracke,Deckers,Pieters,Rombouts,Ooms,Verreth,Hellemans,Smeets,Mahieu,Vanderhaeghen,Van Mol,Seghers,El Amrani,Benali,Yilmaz,Kaya,El Idrissi,Bouzian,Nowak,Kowalski,Popescu,Diallo,Mukendi,Kabila,Nguyen'.split(',');
// A few surnames above are two words on purpose ("Van den Broeck"): the bigram encoding must cope with spaces.

// Real surnames have a long tail: most children in a large register share their surname with
// few others. Without that tail a synthetic population of 100,000 has dozens of children per
// name and birth year, far more look-alikes than any real registry, so the rest of the
// surnames are composed from Flemish-looking parts.
const PLACE_PREFIXES = ['Van', 'Van de', 'Van den', 'Van der', 'Vanden', 'Vande', 'De', 'Ver'];
const PLACE_ROOTS = 'Broeck Velde Hoeve Berghe Bossche Putte Meulen Linden Acker Dycke Steen Hove Walle Poel Damme Straete Heyden Eynde Plas Cauter Gheluwe Kerckhove Moortel Vijver Bempt Leemput Kerkhof Brande Borre Daele Hecke Wiele Driessche Poucke Mele Voorde Casteele Haute Looy'.split(' ');
const ONSETS = 'B Br D Dr G Gr H K Kl L M N P R S St T V Vl W Z Sch'.split(' ');
const VOWELS = 'a e i o u ae ee oo ou ij ui ie eu'.split(' ');
const CODAS = ['l', 'n', 'r', 's', 'k', 'm', 'rt', 'ck', 'ng', 'ld', 'nd', 'rg', ''];
const SUFFIXES = 'ens aerts mans eckx ckx ers s en ier ijns ez ys ouwers inck aert elle ems'.split(' ');

function surname(random: () => number): string {
  const kind = random();
  if (kind < 0.4) return pick(random, SURNAMES);
  if (kind < 0.6) return `${pick(random, PLACE_PREFIXES)} ${pick(random, PLACE_ROOTS)}`;
  return `${pick(random, ONSETS)}${pick(random, VOWELS)}${pick(random, CODAS)}${pick(random, SUFFIXES)}`;
}

export interface SyntheticPerson {
  /** Position in the population; the ground truth identity. */
  person: number;
  name: string;
  /** YYYY/MM/DD, the example schema's format. */
  birthDate: string;
  sex: 'M' | 'F';
  nationalNumber: string;
}

export interface RegistryRecord extends SyntheticPerson {
  /** Whether this registry's copy differs from the true person (a typo in name or date). */
  corrupted: boolean;
}

export interface SyntheticScenario {
  population: SyntheticPerson[];
  registries: RegistryRecord[][];
  /** Observed capture histories ("101" = registries 1 and 3) with the number of children. */
  trueHistories: Map<string, number>;
}

export interface ScenarioOptions {
  seed: number;
  people: number;
  /** Probability that each registry records a given child. */
  captureProbabilities: number[];
  /** Probability that a registry's copy of a name or birth date carries an error. */
  errorRate: number;
  /** First year of birth (children are born in [firstBirthYear, firstBirthYear + 18)). */
  firstBirthYear?: number;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** `issued` holds the national numbers given out so far: real ones are unique, so these are too. */
export function makePerson(random: () => number, person: number, firstBirthYear = 2007, issued = new Set<string>()): SyntheticPerson {
  const sex = random() < 0.5 ? 'F' : 'M';
  const given = pick(random, sex === 'F' ? GIRLS : BOYS);
  // One child in eight has a double first name or a hyphenated surname, as in real registers.
  const second = random() < 0.125 ? ` ${pick(random, sex === 'F' ? GIRLS : BOYS)}` : '';
  const family = random() < 0.05 ? `${surname(random)}-${surname(random)}` : surname(random);
  const born = new Date(Date.UTC(firstBirthYear, 0, 1) + Math.floor(random() * 18 * 365.25) * 86_400_000);
  const yyyy = String(born.getUTCFullYear());
  const mm = String(born.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(born.getUTCDate()).padStart(2, '0');
  let body: string;
  do {
    const serialBase = 1 + Math.floor(random() * 498);
    const serial = String(sex === 'M' ? serialBase * 2 - 1 : serialBase * 2).padStart(3, '0');
    body = `${yyyy.slice(2)}${mm}${dd}${serial}`;
  } while (issued.has(body));
  issued.add(body);
  return {
    person,
    name: `${given}${second} ${family}`,
    birthDate: `${yyyy}/${mm}/${dd}`,
    sex,
    nationalNumber: `${body}${nationalNumberCheckDigits(body, born.getUTCFullYear() >= 2000)}`,
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');

/** One typing error: substitution, deletion, insertion or transposition of neighbours. */
export function typo(random: () => number, text: string): string {
  const at = 1 + Math.floor(random() * (text.length - 2));
  const kind = Math.floor(random() * 4);
  if (kind === 0) return `${text.slice(0, at)}${pick(random, LETTERS)}${text.slice(at + 1)}`;
  if (kind === 1) return `${text.slice(0, at)}${text.slice(at + 1)}`;
  if (kind === 2) return `${text.slice(0, at)}${pick(random, LETTERS)}${text.slice(at)}`;
  return `${text.slice(0, at)}${text.charAt(at + 1)}${text.charAt(at)}${text.slice(at + 2)}`;
}

/** A date error that keeps the date valid: day and month swapped, or a day off by one. */
function dateSlip(random: () => number, birthDate: string): string {
  const [yyyy, mm, dd] = birthDate.split('/') as [string, string, string];
  if (random() < 0.5 && Number(dd) <= 12 && dd !== mm) return `${yyyy}/${dd}/${mm}`;
  const day = Number(dd) === 1 ? 2 : Number(dd) - 1;
  return `${yyyy}/${mm}/${String(day).padStart(2, '0')}`;
}

export function buildScenario(options: ScenarioOptions): SyntheticScenario {
  const random = seededRandom(options.seed);
  const issued = new Set<string>();
  const population = Array.from({ length: options.people }, (_, i) => makePerson(random, i, options.firstBirthYear, issued));
  const registries: RegistryRecord[][] = options.captureProbabilities.map(() => []);
  const trueHistories = new Map<string, number>();
  for (const child of population) {
    const seenBy = options.captureProbabilities.map((p) => random() < p);
    if (!seenBy.includes(true)) continue;
    const history = seenBy.map((seen) => (seen ? '1' : '0')).join('');
    trueHistories.set(history, (trueHistories.get(history) ?? 0) + 1);
    seenBy.forEach((seen, registry) => {
      if (!seen) return;
      const nameError = random() < options.errorRate;
      const dateError = random() < options.errorRate / 4;
      registries[registry]?.push({
        ...child,
        name: nameError ? typo(random, child.name) : child.name,
        birthDate: dateError ? dateSlip(random, child.birthDate) : child.birthDate,
        corrupted: nameError || dateError,
      });
    });
  }
  // Registries list children in their own order, not the population's.
  for (const records of registries) shuffle(random, records);
  return { population, registries, trueHistories };
}

export function shuffle<T>(random: () => number, items: T[]): void {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}
