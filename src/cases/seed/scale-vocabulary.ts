// Names for `seed --scale`: a few thousand distinct Flemish and Belgian surnames with a skewed
// distribution (a few very common ones, a long tail), and a few hundred first names. With a
// handful of names, a misspelled-name search at a million cases matched tens of thousands of
// people; with a realistic spread it matches the handful a worker would actually scroll through.
// Surnames are real common ones plus the compounds Flemish names are built from ("Van den
// Broeck", "Vandenbroeck", "De Smet", "Verhaegen"): spelling variants are part of the realism.
// Invented people only: no list of real persons is used.

const commonSurnames = [
  'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Dubois', 'Hermans', 'Aerts',
  'Lambrechts', 'Van den Broeck', 'Vermeulen', 'Verstraete', 'De Clercq', 'Desmet', 'Coppens', 'Vandenberghe', 'Van Damme', 'Cools', 'Segers',
  'Michiels', 'Smets', 'De Backer', 'Martens', 'Pauwels', 'Declercq', 'Vercammen', 'Hendrickx', 'Claeys', 'Leclercq', 'Stevens', 'Geerts',
  'Dumont', 'Verbruggen', 'Van de Velde', 'Thys', 'Gielen', 'Lemmens', 'Van Dyck', 'Wuyts', 'Bogaerts', 'Vos', 'Verhoeven', 'Devos', 'Verbeke',
  'Jansen', 'Cornelis', 'Lenaerts', 'Huybrechts', 'Hendrikx', 'Simons', 'Verschueren', 'Wijns', 'Dierckx', 'Nys', 'Adriaens', 'Van Hoof',
  'Engelen', 'Hermans', 'Van Acker', 'Vanhove', 'Baert', 'Moens', 'Verlinden', 'Vandamme', 'Vanderstraeten', 'Mahieu', 'Bauwens', 'Boeckx',
  'Cuypers', 'Daems', 'Driesen', 'Franssen', 'Geens', 'Heylen', 'Hoste', 'Jorissen', 'Kerkhofs', 'Laenen', 'Luyten', 'Meeus', 'Nijs', 'Op de Beeck',
  'Pieters', 'Raes', 'Renders', 'Roels', 'Schepers', 'Sels', 'Swinnen', 'Tielemans', 'Torfs', 'Vaes', 'Valcke', 'Verheyen', 'Vervoort', 'Wauters',
  'Geens', 'Cleymans', 'Deckers', 'Dewulf', 'Ghijs', 'Govaerts', 'Haesendonck', 'Indekeu', 'Kenis', 'Loos', 'Mees', 'Neyens', 'Opdebeeck', 'Philips',
  'Ooms', 'Plessers', 'Reynders', 'Schoofs', 'Stas', 'Thijs', 'Vanhoutte', 'Vranckx', 'Wyns', 'Beckers', 'Bosmans', 'Buysse', 'Callens', 'Cauwenberghs',
  'Coenen', 'Cox', 'Creemers', 'Daneels', 'Dillen', 'Dockx', 'Eeckhout', 'Fierens', 'Gijbels', 'Goris', 'Hannes', 'Hellemans', 'Huysmans', 'Ieven',
  'Jaspers', 'Knaepen', 'Lauwers', 'Leemans', 'Lievens', 'Mattheus', 'Meulemans', 'Mommaerts', 'Noppe', 'Ongena', 'Pattyn', 'Ramaekers', 'Robijns',
  'Saelens', 'Sterckx', 'Stroobants', 'Tack', 'Timmermans', 'Van Aken', 'Vanneste', 'Verhaeghe', 'Vlaeminck', 'Weyns', 'Wyckmans', 'Yperman',
  'El Amrani', 'Benali', 'El Idrissi', 'Bouzid', 'Ait Ouali', 'El Ouardi', 'Azzouzi', 'Haddouchi', 'Bakkali', 'Amrani', 'Chaouki', 'Ouali',
  'El Khattabi', 'Boukhari', 'Ben Ali', 'Ahmadi', 'Aydin', 'Yilmaz', 'Kaya', 'Demir', 'Sahin', 'Celik', 'Yildiz', 'Ozturk', 'Arslan', 'Dogan',
  'Kilic', 'Aslan', 'Nowak', 'Kowalski', 'Wisniewski', 'Popescu', 'Ionescu', 'Rossi', 'Russo', 'Esposito', 'Diallo', 'Mbuyi', 'Kabongo', 'Ilunga',
  'Tshibangu', 'Lukusa', 'Nguyen', 'Tran', 'Petrov', 'Ivanov', 'Garcia', 'Fernandes', 'Bakker', 'de Jong', 'Visser', 'Smit', 'Mulder',
];

/** Place and landscape words behind "Van den …" names. */
const placeStems = [
  'Broeck', 'Velde', 'Bossche', 'Berghe', 'Putte', 'Steen', 'Wiele', 'Walle', 'Poel', 'Heyden', 'Linden', 'Eynde', 'Acker', 'Kerckhove', 'Hove',
  'Straeten', 'Meersch', 'Bogaert', 'Dycke', 'Driessche', 'Haute', 'Moortel', 'Casteele', 'Perre', 'Voorde', 'Mullen', 'Hecke', 'Daele', 'Maele',
  'Leene', 'Abeele', 'Bulcke', 'Damme', 'Dorpe', 'Goethem', 'Gucht', 'Hauwe', 'Landeghem', 'Loo', 'Mol', 'Nieuwenhove', 'Oost', 'Parys', 'Reeth',
  'Rompaey', 'Roy', 'Sande', 'Schoor', 'Vlierberghe', 'Wesemael', 'Wynsberghe', 'Zande', 'Bruggen', 'Camp', 'Cauter', 'Eeckhaut', 'Hoeck', 'Kerckhoven',
  'Laer', 'Mieghem', 'Neste', 'Poucke', 'Riet', 'Schuere', 'Torre', 'Veken', 'Wouwe', 'Aelst', 'Biesen', 'Brande', 'Dijck', 'Geel', 'Hool',
  'Hulle', 'Kerchove', 'Lint', 'Meulebroeck', 'Overstraeten', 'Pee', 'Raemdonck', 'Steene', 'Vreckem', 'Wassenhove', 'Elst', 'Boven', 'Haelst',
  'Bael', 'Belle', 'Bever', 'Bockstal', 'Coillie', 'Craen', 'Daele', 'Deuren', 'Eeckhoutte', 'Gaever', 'Gestel', 'Ginderachter', 'Haecke', 'Herreweghe',
  'Hyfte', 'Impe', 'Kets', 'Lancker', 'Leeuwe', 'Lierde', 'Malderen', 'Maercke', 'Nuffel', 'Ongevalle', 'Opstal', 'Ransbeeck', 'Rentergem', 'Ryckeghem',
  'Severen', 'Stappen', 'Thielen', 'Tichelen', 'Uytvanck', 'Vaerenbergh', 'Vooren', 'Waeyenberghe', 'Wichelen', 'Zeebroeck', 'Zwalm', 'Kerrebroeck',
];

/** Trade, trait and animal words behind "De …" names. */
const deStems = [
  'Smet', 'Wolf', 'Bock', 'Coster', 'Vos', 'Keyser', 'Wilde', 'Groote', 'Cock', 'Meyer', 'Baets', 'Bruyne', 'Pauw', 'Ridder', 'Schepper', 'Witte',
  'Clercq', 'Backer', 'Mey', 'Vriendt', 'Neve', 'Graeve', 'Rycke', 'Wever', 'Bie', 'Brabander', 'Vlieger', 'Kimpe', 'Moor', 'Paepe', 'Roo', 'Saeger',
  'Schryver', 'Temmerman', 'Vleeschauwer', 'Waele', 'Zutter', 'Beule', 'Boeck', 'Craene', 'Decker', 'Greef', 'Haene', 'Jonghe', 'Keersmaecker',
  'Langhe', 'Loose', 'Mulder', 'Nolf', 'Pril', 'Raedt', 'Vuyst', 'Wachter', 'Winter', 'Busschere', 'Coninck', 'Geyter', 'Hertogh', 'Kock', 'Laet',
  'Meester', 'Muynck', 'Potter', 'Proft', 'Rijck', 'Schutter', 'Sutter', 'Taeye', 'Vadder', 'Valck', 'Vijlder', 'Wit', 'Bondt', 'Brouwer',
];

/** First-name stems behind patronymic surnames ("Janssens", "Hendrickx", "Geerts"). */
const patronymStems = [
  'Jan', 'Peter', 'Geer', 'Hendrick', 'Willem', 'Goos', 'Maarten', 'Lambrecht', 'Gooss', 'Adriaen', 'Claes', 'Govaer', 'Joris', 'Huyb', 'Gijs',
  'Lenaer', 'Wouter', 'Michiel', 'Anthon', 'Aert', 'Bernaer', 'Cornel', 'Dier', 'Everaer', 'Fran', 'Gerard', 'Herman', 'Ida', 'Jacob', 'Lauwer',
  'Marten', 'Niel', 'Paul', 'Reyn', 'Sander', 'Theun', 'Vincen', 'Wynan', 'Bouden', 'Gielen', 'Heynd', 'Lodewijck', 'Mathij', 'Roel', 'Steven',
];

/** Roots and endings of place-derived names ("Rosbeke", "Meerhout", "Van Eeckhout"). */
const toponymRoots = [
  'Ooster', 'Wester', 'Hol', 'Brug', 'Wyn', 'Ros', 'Eek', 'Lede', 'Baer', 'Meer', 'Vyn', 'Zel', 'Hamme', 'Lom', 'Ker', 'Rum', 'Wal', 'Moor',
  'Ber', 'Lan', 'Sleu', 'Dender', 'Schel', 'Lei', 'Oude', 'Nieu', 'Hoog', 'Zwae', 'Wael', 'Ter', 'Pol', 'Merel', 'Hees', 'Gel', 'Ver', 'Mal',
  'Daem', 'Kwaad', 'Sint', 'Hulst',
];
const toponymEndings = ['beke', 'ghem', 'hout', 'dael', 'broeck', 'velde', 'mans', 'aert', 'zeele'];
const vanPrefixes = ['Van den ', 'Van der ', 'Van de ', 'Vanden', 'Vander', 'Vande', 'Van '];
const patronymSuffixes = ['s', 'ens', 'sen', 'x', 'kx', 'ts'];

/** Distinct surnames, the common ones first (their order is their rank in the distribution). */
export const scaleSurnames: readonly string[] = (() => {
  const generated = [
    ...placeStems.flatMap((stem) => vanPrefixes.map((prefix) => (prefix.endsWith(' ') ? prefix + stem : prefix + stem.toLowerCase()))),
    ...deStems.flatMap((stem) => [`De ${stem}`, `De${stem.toLowerCase()}`, `Ver${stem.toLowerCase()}`]),
    ...patronymStems.flatMap((stem) => patronymSuffixes.map((suffix) => stem + suffix)),
    ...toponymRoots.flatMap((root) => toponymEndings.flatMap((ending) => [root + ending, `Van ${root}${ending}`])),
  ];
  return [...new Set([...commonSurnames, ...generated])];
})();

export const scaleGirlNames = [
  'Noor', 'Emma', 'Olivia', 'Lina', 'Mila', 'Ella', 'Lotte', 'Fien', 'Nora', 'Amira', 'Yasmine', 'Lore', 'Julie', 'Marie', 'Hanne', 'Elif', 'Zoë',
  'Lisa', 'Ines', 'Aya', 'Louise', 'Alice', 'Juliette', 'Camille', 'Lucie', 'Anna', 'Sara', 'Nina', 'Elena', 'Liv', 'Roos', 'Fleur', 'Jana',
  'Lien', 'Febe', 'Margot', 'Paulien', 'Axelle', 'Ilse', 'Amber', 'Jade', 'Eline', 'Lara', 'Luna', 'Mona', 'Kato', 'Tess', 'Yara', 'Selin',
  'Zeynep', 'Hiba', 'Salma', 'Malak', 'Rania', 'Imane', 'Maryam', 'Hajar', 'Nour', 'Ayla', 'Defne', 'Zuzanna', 'Maja', 'Ioana', 'Chloé',
  'Manon', 'Léa', 'Estelle', 'Celine', 'Britt', 'Charlotte', 'Helena', 'Merel', 'Nele', 'Saar', 'Silke', 'Vic', 'Wies', 'Xanthe', 'Jolien',
  'Kaat', 'Lize', 'Elise', 'Janne', 'Lise', 'Mirthe', 'Oona', 'Pien', 'Rosalie', 'Stien', 'Tine', 'Ymke', 'Zita', 'Anouk', 'Bo', 'Dina',
];
export const scaleBoyNames = [
  'Daan', 'Lucas', 'Noah', 'Arthur', 'Louis', 'Jules', 'Liam', 'Mathis', 'Adam', 'Rayan', 'Wout', 'Seppe', 'Kobe', 'Milan', 'Yusuf', 'Bilal',
  'Finn', 'Vince', 'Lars', 'Mohamed', 'Victor', 'Leon', 'Oscar', 'Matteo', 'Elias', 'Mauro', 'Warre', 'Lowie', 'Tuur', 'Nand', 'Stan', 'Rune',
  'Jasper', 'Robbe', 'Ruben', 'Thibo', 'Bram', 'Jonas', 'Senne', 'Cas', 'Ferre', 'Mats', 'Jens', 'Siebe', 'Bent', 'Lou', 'Otis', 'Sem',
  'Emir', 'Amir', 'Ilias', 'Youssef', 'Ayoub', 'Hamza', 'Zakaria', 'Omar', 'Ali', 'Mustafa', 'Emre', 'Kerem', 'Baran', 'Kacper', 'Jakub',
  'Andrei', 'Luca', 'Enzo', 'Hugo', 'Gabriel', 'Nathan', 'Théo', 'Maxime', 'Simon', 'Tibo', 'Xander', 'Yorben', 'Zeno', 'Aaron', 'Brent',
  'Cedric', 'Dries', 'Emiel', 'Fabian', 'Gust', 'Hannes', 'Ian', 'Jef', 'Kian', 'Lander', 'Mo', 'Niels', 'Pepijn', 'Quinten', 'Remi', 'Sam',
];
export const scaleWomenNames = [
  'Sofie', 'Katrien', 'Els', 'Annelies', 'Sarah', 'Fatima', 'Nathalie', 'Veerle', 'Ilse', 'Naima', 'Leen', 'Sandra', 'Evelien', 'Hatice', 'Kelly',
  'An', 'Ann', 'Anke', 'Barbara', 'Caroline', 'Charlotte', 'Delphine', 'Elke', 'Ellen', 'Eva', 'Femke', 'Greet', 'Hilde', 'Inge', 'Isabelle',
  'Joke', 'Karen', 'Kim', 'Kristel', 'Liesbeth', 'Lies', 'Lieve', 'Marijke', 'Martine', 'Nancy', 'Nele', 'Petra', 'Sabine', 'Sanne', 'Stefanie',
  'Tinne', 'Valerie', 'Vicky', 'Wendy', 'Yasmina', 'Khadija', 'Samira', 'Nadia', 'Latifa', 'Saida', 'Ayse', 'Emine', 'Fatma', 'Zeynep', 'Anna',
  'Monika', 'Elena', 'Mihaela', 'Grace', 'Esther', 'Jessica', 'Tamara', 'Melissa', 'Cindy', 'Debby', 'Glenda', 'Jolien', 'Lotte', 'Heidi',
];
export const scaleMenNames = [
  'Kristof', 'Bart', 'Tom', 'Pieter', 'Steven', 'Youssef', 'Jeroen', 'Dirk', 'Wim', 'Karim', 'Geert', 'Tim', 'Mehmet', 'Jan', 'Kevin', 'Koen',
  'Peter', 'Filip', 'Frederik', 'Gert', 'Hans', 'Jo', 'Johan', 'Joris', 'Jurgen', 'Kurt', 'Luc', 'Marc', 'Nick', 'Olivier', 'Patrick', 'Philippe',
  'Raf', 'Sven', 'Stijn', 'Thomas', 'Vincent', 'Wouter', 'Yves', 'Bert', 'Dieter', 'Davy', 'Glenn', 'Gunther', 'Ivan', 'Jens', 'Lieven', 'Maarten',
  'Nico', 'Rudi', 'Sam', 'Tony', 'Ahmed', 'Mohammed', 'Rachid', 'Mustapha', 'Abdel', 'Hassan', 'Said', 'Ali', 'Murat', 'Hasan', 'Ibrahim', 'Tomasz',
  'Piotr', 'Marius', 'Florin', 'Jean', 'Patrice', 'Christophe', 'Bjorn', 'Jelle', 'Michaël', 'Ruben', 'Brecht', 'Dries', 'Ward', 'Wannes',
];

/**
 * The names as a lookup table of `slots` entries in which each name holds a share proportional to
 * a Zipf-like weight 1/(rank + offset): the first names of the list fill many slots, the tail one
 * each. Picking a uniformly random slot then gives a skewed but long-tailed spread.
 */
export function weightedSlots(names: readonly string[], slots: number, offset: number): string[] {
  const weights = names.map((_, rank) => 1 / (rank + offset));
  const total = weights.reduce((a, b) => a + b, 0);
  const table: string[] = [];
  names.forEach((name, rank) => {
    const share = Math.max(1, Math.round((weights[rank]! / total) * slots));
    for (let i = 0; i < share; i++) table.push(name);
  });
  return table;
}
