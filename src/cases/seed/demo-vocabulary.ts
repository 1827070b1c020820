// Words for believable demo families: common Flemish and Brussels first names and surnames,
// places per province, and short texts in the voice of VK workers. Invented people only.
export const girlNames = ['Noor', 'Emma', 'Olivia', 'Lina', 'Mila', 'Ella', 'Lotte', 'Fien', 'Nora', 'Amira', 'Yasmine', 'Lore', 'Julie', 'Marie', 'Hanne', 'Elif', 'Zoë', 'Lisa', 'Ines', 'Aya'];
export const boyNames = ['Daan', 'Lucas', 'Noah', 'Arthur', 'Louis', 'Jules', 'Liam', 'Mathis', 'Adam', 'Rayan', 'Wout', 'Seppe', 'Kobe', 'Milan', 'Yusuf', 'Bilal', 'Finn', 'Vince', 'Lars', 'Mohamed'];
export const womenNames = ['Sofie', 'Katrien', 'Els', 'Annelies', 'Sarah', 'Fatima', 'Nathalie', 'Veerle', 'Ilse', 'Naima', 'Leen', 'Sandra', 'Evelien', 'Hatice', 'Kelly'];
export const menNames = ['Kristof', 'Bart', 'Tom', 'Pieter', 'Steven', 'Youssef', 'Jeroen', 'Dirk', 'Wim', 'Karim', 'Geert', 'Tim', 'Mehmet', 'Jan', 'Kevin'];
export const surnames = [
  'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Dubois', 'Hermans', 'Aerts', 'Lambrechts',
  'Van den Broeck', 'Vermeulen', 'Verstraete', 'De Clercq', 'Desmet', 'Coppens', 'Vandenberghe', 'El Amrani', 'Aydin', 'Yilmaz', 'Bakker', 'Van Damme',
  'Cools', 'Segers', 'Michiels', 'Smets', 'De Backer', 'Martens', 'Pauwels', 'Declercq', 'Vercammen', 'Benali', 'Kaya', 'Nowak', 'Rossi', 'Diallo',
];

/** A few towns per centre: schools, GPs and services in the demo are placed there. */
export const placesByCentre: Record<string, string[]> = {
  'vk-antwerpen': ['Antwerpen', 'Mechelen', 'Turnhout', 'Geel', 'Mol', 'Boom', 'Lier', 'Herentals'],
  'vk-limburg': ['Hasselt', 'Genk', 'Sint-Truiden', 'Tongeren', 'Beringen', 'Maasmechelen', 'Lommel', 'Bilzen'],
  'vk-oost-vlaanderen': ['Gent', 'Aalst', 'Sint-Niklaas', 'Dendermonde', 'Oudenaarde', 'Eeklo', 'Lokeren', 'Ninove'],
  'vk-west-vlaanderen': ['Brugge', 'Kortrijk', 'Oostende', 'Roeselare', 'Ieper', 'Waregem', 'Tielt', 'Poperinge'],
  'vk-vlaams-brabant': ['Leuven', 'Vilvoorde', 'Halle', 'Aarschot', 'Tienen', 'Diest', 'Zaventem', 'Dilbeek'],
  'vk-brussel': ['Brussel', 'Anderlecht', 'Schaarbeek', 'Molenbeek', 'Elsene', 'Jette', 'Laken', 'Sint-Gillis'],
};

export const professionals = [
  { roleLabel: 'klasleraar', organisation: (place: string) => `Basisschool De Regenboog, ${place}` },
  { roleLabel: 'zorgcoördinator', organisation: (place: string) => `Sint-Jozefscollege, ${place}` },
  { roleLabel: 'huisarts', organisation: (place: string) => `Huisartsenpraktijk Centrum, ${place}` },
  { roleLabel: 'CLB-medewerker', organisation: (place: string) => `CLB ${place}` },
  { roleLabel: 'kinderverzorgster', organisation: (place: string) => `Kinderdagverblijf Het Nest, ${place}` },
  { roleLabel: 'maatschappelijk werker', organisation: (place: string) => `CAW, ${place}` },
  { roleLabel: 'vroedvrouw', organisation: (place: string) => `Kind en Gezin, ${place}` },
  { roleLabel: 'wijkagent', organisation: (place: string) => `Politiezone ${place}` },
];

export const concerns: Record<string, string[]> = {
  physical_abuse_neglect: [
    'De leerkracht zag opnieuw blauwe plekken op de bovenarmen. Het kind zegt dat het gevallen is, maar wil niet naar huis na school.',
    'Het kind komt al weken zonder ontbijt en in dezelfde kleren naar school; de brooddoos is vaak leeg.',
    'De huisarts ziet een baby met een breuk die niet past bij het verhaal van de ouders.',
  ],
  emotional_abuse_neglect: [
    'Buren horen bijna elke avond roepen en schelden tegen de kinderen; de oudste zorgt voor de jongsten.',
    'Het kind is teruggetrokken, eet slecht en vertelt dat mama zegt dat ze beter nooit geboren was.',
    'De ouders zitten in een zware scheiding en betrekken de kinderen bij elke ruzie.',
  ],
  sexual_boundary_violation: [
    'Het meisje vertelde aan de CLB-medewerker dat de nieuwe partner van mama ’s nachts op haar kamer komt.',
    'Een jongere meldt via de chat dat een oudere neef foto’s van haar vraagt en dreigt ze te verspreiden.',
  ],
  risk_situation: [
    'Mama is zwanger en gebruikt dagelijks; de vroedvrouw maakt zich zorgen over de voorbereiding op de geboorte.',
    'Papa komt binnenkort vrij na een veroordeling voor geweld en wil de kinderen opnieuw zien.',
    'Het gezin woont sinds kort in een opvangcentrum; de kinderen lijken getraumatiseerd en slapen slecht.',
  ],
  unclear: ['Een grootmoeder belt omdat ze een “niet-pluisgevoel” heeft bij het gezin van haar dochter, zonder precies te weten waarom.'],
  past_abuse: ['Een jongvolwassene wil praten over misbruik in de jeugdvoorziening waar zij als kind verbleef.'],
  other: ['Een leerkracht vraagt hoe hij een gesprek met ouders kan aanpakken over zorgen om hun kind.'],
};

export const noteTexts = {
  contact: [
    'Telefonisch contact met mama. Ze bevestigt dat het thuis moeilijk loopt en staat open voor een huisbezoek.',
    'Huisbezoek: beide ouders aanwezig. De kinderen waren rustig; afspraken gemaakt over toezicht ’s avonds.',
    'Gesprek met het kind op school, samen met de zorgcoördinator. Het kind kon vertellen wat er gebeurde.',
    'Opvolgingsgesprek met het gezin: de afspraken uit het veiligheidsplan worden grotendeels nageleefd.',
  ],
  consultation: [
    'Casusoverleg met CLB en huisarts (art. 458ter): informatie gedeeld over de schoolaanwezigheid en de gezondheid.',
    'Overleg met de school over wat de leerkracht kan doen als het kind opnieuw iets vertelt.',
  ],
  observation: ['Het kind oogt vermoeid, maar lacht tijdens het spel. Contact met de zus lijkt een steun.'],
  decision: ['Teambeslissing: we gaan verder in vrijwillige hulpverlening; herevaluatie binnen zes weken.'],
};

export const stories = {
  worries: [
    'Het kind werd meermaals geslagen wanneer papa gedronken had. Als er niets verandert, blijft het kind thuis onveilig en angstig.',
    'Mama is uitgeput en de kinderen worden ’s avonds alleen gelaten. Als er niets verandert, lopen de jongsten gevaar bij een ongeluk.',
    'Het kind werd seksueel benaderd door een huisgenoot. Zolang hij in huis woont, is het kind niet veilig.',
  ],
  strengths: [
    'Mama zoekt zelf hulp en is eerlijk over wat er gebeurt. Oma woont dichtbij en wil helpen.',
    'De school is een veilige plek; de klasleraar is een vertrouwenspersoon voor het kind.',
    'Papa erkent het probleem en is gestart met begeleiding bij het CAW.',
  ],
  nextSteps: [
    'Veiligheidsplan opstellen met het netwerk; wekelijks huisbezoek de komende maand.',
    'Aanmelding bij de intersectorale toegangspoort voorbereiden; tot dan tweewekelijks contact.',
    'Gesprek met beide ouders samen; school volgt aanwezigheid en welbevinden op.',
  ],
};
