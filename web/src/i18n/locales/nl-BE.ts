// Dutch (Belgium) is the source language: every other locale must have exactly these keys
// (checked by the compiler through `Messages`). Staff are addressed with the polite "u".
export const nlBE = {
  app: { name: 'Schakel' },
  common: { loading: 'Bezig met laden…', cancel: 'Annuleren', tryAgain: 'Opnieuw proberen' },
  errors: {
    network_error: 'Schakel is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
    unexpected_response: 'Er ging iets mis bij de server. Probeer het later opnieuw.',
    unexpected: 'Er ging iets onverwachts mis. Probeer het opnieuw.',
    pageTitle: 'Deze pagina kon niet geladen worden',
  },
  form: {
    required: 'Vul dit veld in.',
    requiredHint: 'Velden met * zijn verplicht.',
    choose: 'Maak een keuze',
  },
  language: { label: 'Taal' },
  layout: {
    skipToContent: 'Naar de inhoud',
    footer: 'Schakel · Vertrouwenscentra Kindermishandeling in Vlaanderen en Brussel',
    homeLink: 'Schakel, naar de startpagina',
    demoBadge: 'DEMO',
    demoExplanation:
      'Dit is een demo-account. Alle gegevens zijn fictief; voer geen echte gegevens in.',
  },
  nav: { label: 'Hoofdnavigatie', home: 'Start', audit: 'Auditlog', users: 'Gebruikers', partners: 'Partnerlijst', retention: 'Bewaartermijnen' },
  account: {
    menuLabel: 'Account van {{name}}',
    signOut: 'Afmelden',
    signOutEverywhere: 'Overal afmelden',
    signOutFailed: 'Afmelden is niet gelukt. U bent nog aangemeld.',
    cancelAndSignOut: 'Annuleren en afmelden',
  },
  roles: {
    counsellor: 'Hulpverlener 1712 en chat',
    caseworker: 'Dossierbehandelaar',
    team_lead: 'Teamverantwoordelijke',
    analyst: 'Analist',
    dpo: 'Functionaris gegevensbescherming',
    admin: 'Beheerder',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    description: 'Deze pagina bestaat niet, of u hebt er geen toegang toe.',
    home: 'Naar de startpagina',
  },
  login: {
    title: 'Aanmelden',
    intro: 'Meld u aan met uw werkaccount van het vertrouwenscentrum.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Aanmelden',
    or: 'of',
    withProvider: 'Aanmelden met {{label}}',
    help: 'Lukt aanmelden niet? Neem contact op met de beheerder van uw centrum.',
    signedOut: 'U bent afgemeld.',
  },
  reauth: {
    title: 'Meld u opnieuw aan om te bewaren',
    intro: 'Uw sessie is verlopen. Wat u typte staat nog op het scherm en wordt bewaard zodra u zich opnieuw aanmeldt als {{email}}.',
    continue: 'Verder',
    confirm: 'Aanmelden en bewaren',
    leave: 'Naar de aanmeldpagina',
    failed: 'Aanmelden lukte niet. Probeer opnieuw.',
  },
  mfa: {
    codeLabel: 'Code van 6 cijfers',
    codeDescription: 'De code in uw authenticator-app verandert elke 30 seconden.',
  },
  mfaEnrol: {
    title: 'Tweestapsverificatie instellen',
    intro:
      'Schakel bevat gevoelige gegevens over kinderen en gezinnen. Daarom vragen we bij het aanmelden, naast uw wachtwoord, een code uit een authenticator-app op uw telefoon.',
    startFailed: 'Het instellen kon niet starten.',
    scanTitle: 'Scan de QR-code',
    scanText:
      'Open uw authenticator-app (bijvoorbeeld Microsoft Authenticator of FreeOTP) en scan deze code.',
    qrAlt: 'QR-code om Schakel toe te voegen aan uw authenticator-app',
    manualText: 'Lukt scannen niet? Voer dan deze sleutel handmatig in:',
    secretLabel: 'Sleutel voor handmatige invoer',
    confirmTitle: 'Voer de code uit de app in',
    confirm: 'Bevestigen',
  },
  recoveryCodes: {
    title: 'Bewaar uw herstelcodes',
    intro:
      'Met een herstelcode kunt u zich aanmelden als u uw telefoon niet bij de hand hebt. Elke code werkt één keer.',
    onlyOnce:
      'U ziet deze codes alleen nu. Kopieer of druk ze af en bewaar ze op een veilige plaats.',
    listLabel: 'Herstelcodes',
    copy: 'Kopiëren',
    print: 'Afdrukken',
    copied: 'De codes staan op het klembord.',
    copyFailed: 'Kopiëren lukte niet. Schrijf de codes over of druk ze af.',
    stored: 'Ik heb ze veilig bewaard',
  },
  mfaChallenge: {
    title: 'Bevestig dat u het bent',
    intro: 'Voer de code van 6 cijfers uit uw authenticator-app in.',
    recoveryIntro: 'Voer een van uw herstelcodes in. Elke code werkt één keer.',
    recoveryCodeLabel: 'Herstelcode',
    submit: 'Doorgaan',
    useApp: 'Toch de code uit de app gebruiken',
    useRecoveryCode: 'Geen toegang tot uw app? Gebruik een herstelcode',
  },
  home: {
    welcome: 'Welkom, {{name}}',
    demoTitle: 'Demo-omgeving',
    intro: {
      counsellor: 'Van hieruit voert u chatgesprekken en registreert u oproepen naar 1712.',
      caseworker: 'Van hieruit volgt u uw dossiers, evaluaties en termijnen op.',
      team_lead:
        'Van hieruit bewaakt u de wachtlijst en de capaciteit van uw team, en volgt u dossiers op.',
      analyst:
        'Van hieruit bekijkt u geaggregeerde cijfers en indicatoren, nooit individuele dossiers.',
      dpo: 'Van hieruit ziet u wie welke gegevens raadpleegde of wijzigde, en met welk doel.',
      admin:
        'Van hieruit beheert u accounts en instellingen. Dossierinhoud ziet u als beheerder niet.',
    },
  },
  capabilities: {
    consultRequests: {
      title: 'Advies en consult',
      description: 'Vragen van professionals registreren, adviseren, opvolgen en zo nodig omzetten in een melding.',
    },
    kindreflexStats: {
      title: 'Kindreflex-cijfers',
      description: 'Hoe vaak de Kindreflex werd doorlopen, per sector en uitkomst, zonder persoonsgegevens.',
    },
    chatConsole: {
      title: 'Chatconsole',
      description:
        'Chatgesprekken met kinderen en jongeren van nupraatikerover.be voeren en overdragen.',
      open: 'Chatconsole openen',
    },
    hotlineCalls: {
      title: 'Oproepen 1712',
      description: 'Snel een oproep registreren, met doorverwijzing naar het juiste centrum.',
      open: 'Een oproep registreren',
    },
    myCases: {
      title: 'Mijn dossiers',
      description:
        'Het verhaal van elk gezin in één oogopslag: zorgen, wat goed gaat en wat moet gebeuren.',
      open: 'Mijn dossiers openen',
    },
    dueReviews: {
      title: 'Geplande evaluaties',
      description: 'Veiligheidsplannen en afspraken die binnenkort opnieuw bekeken moeten worden.',
      open: 'Evaluaties bekijken',
    },
    missedDeadlines: {
      title: 'Verstreken termijnen',
      description: 'Dossiers waarvan een termijn voorbij is, bijvoorbeeld binnen een MANO-traject.',
      open: 'Termijnen bekijken',
    },
    waitingList: {
      title: 'Wachtlijst',
      description: 'Wie wacht op een eerste of volgend gesprek, en hoe lang al.',
      open: 'Wachtlijst openen',
    },
    teamCapacity: {
      title: 'Capaciteit van het team',
      description: 'Caseload per medewerker en ruimte voor nieuwe aanmeldingen.',
      open: 'Capaciteit bekijken',
    },
    monitoring: {
      title: 'Monitoring',
      description:
        'Geaggregeerde cijfers, indicatoren en doelstellingen, zonder gegevens over individuele kinderen.',
      open: 'Monitoring openen',
    },
    auditLog: {
      title: 'Auditlog',
      description:
        'Wie zag of wijzigde welk record, wanneer en waarom. Met controle van de hashketen.',
      open: 'Auditlog openen',
    },
    users: {
      title: 'Gebruikers',
      description: 'Accounts aanmaken, uitschakelen en tweestapsverificatie opnieuw instellen.',
      open: 'Gebruikers beheren',
    },
    chatSupervision: {
      title: 'Chatsupervisie',
      description: 'De wachtrij, wie met wie chat en meldingen van acuut gevaar, voor de hele chatdienst.',
      open: 'Supervisie openen',
    },
    chatFeedback: {
      title: 'Feedback na de chat',
      description: 'Hoe vaak kinderen na een gesprek zeiden dat het hielp, per maand en zonder kleine aantallen.',
      open: 'Feedback bekijken',
    },
    partners: {
      title: 'Partnerlijst',
      description: 'Jeugdhulp, OCJ, CAW, politie, parket en andere diensten waarnaar het centrum doorverwijst.',
      open: 'Partnerlijst openen',
    },
  },
  audit: {
    title: 'Auditlog',
    intro:
      'Elke raadpleging en wijziging van gegevens wordt hier vastgelegd, met wie, wanneer, welk record en met welk doel.',
    eventsTitle: 'Gebeurtenissen',
    loading: 'Gebeurtenissen laden…',
    loadMore: 'Meer gebeurtenissen laden',
    empty: {
      title: 'Geen gebeurtenissen',
      filtered: 'Geen gebeurtenissen komen overeen met deze filters. Pas de filters aan of wis ze.',
      none: 'Er zijn nog geen gebeurtenissen vastgelegd.',
    },
    verify: {
      title: 'Integriteit van de keten',
      explanation:
        'Elke gebeurtenis bevat de hash van de vorige. Wordt er één gewijzigd of verwijderd, dan breekt de keten.',
      run: 'Keten controleren',
      intact: 'De keten is intact.',
      checked: 'Gecontroleerde gebeurtenissen: {{checked}}',
      broken: 'De keten is verbroken.',
      brokenAt: 'Eerste breuk bij gebeurtenis #{{seq}}: {{reason}}',
    },
    filters: {
      title: 'Filters',
      actor: 'Wie',
      actorHint: 'E-mailadres of gebruikers-id. Sneltoets: /',
      recordType: 'Soort record',
      recordId: 'Record-id',
      from: 'Vanaf',
      to: 'Tot en met',
      apply: 'Filteren',
      clear: 'Filters wissen',
    },
    table: {
      caption: 'Auditgebeurtenissen, nieuwste eerst',
      seq: 'Nr.',
      occurredAt: 'Tijdstip',
      actor: 'Wie',
      action: 'Handeling',
      record: 'Record',
      purpose: 'Doel',
      route: 'Route',
      hash: 'Hash',
      system: 'Systeem',
      filterOnActor: 'alleen deze persoon tonen',
      filterOnRecord: 'alleen dit record tonen',
    },
  },
  users: {
    title: 'Gebruikers',
    intro:
      'Accounts van medewerkers. Nieuwe medewerkers stellen bij hun eerste aanmelding tweestapsverificatie in.',
    new: 'Nieuwe gebruiker',
    created: 'Het account van {{name}} is aangemaakt.',
    empty: 'Er zijn nog geen gebruikers.',
    you: 'Uw eigen account',
    neverSignedIn: 'Nog nooit',
    table: {
      caption: 'Gebruikers',
      name: 'Naam',
      role: 'Rol',
      centre: 'Centrum en teams',
      status: 'Status',
      lastLogin: 'Laatst aangemeld',
      actions: 'Acties',
    },
    status: {
      active: 'Actief',
      disabled: 'Uitgeschakeld',
      mfaOn: '2FA ingesteld',
      mfaOff: 'Geen 2FA',
    },
    disable: {
      action: 'Uitschakelen',
      actionFor: '{{name}} uitschakelen',
      title: '{{name}} uitschakelen?',
      body: 'Deze persoon kan zich niet meer aanmelden en wordt overal afgemeld. Dossiers en de auditlog blijven bewaard.',
      confirm: 'Uitschakelen',
      done: '{{name}} is uitgeschakeld.',
    },
    resetMfa: {
      action: '2FA opnieuw',
      actionFor: '2FA opnieuw instellen voor {{name}}',
      title: 'Tweestapsverificatie van {{name}} opnieuw instellen?',
      body: 'Gebruik dit als de telefoon verloren is. Bij de volgende aanmelding stelt deze persoon een nieuwe app in; oude herstelcodes vervallen.',
      confirm: 'Opnieuw instellen',
      done: 'De tweestapsverificatie van {{name}} is gewist.',
    },
  },
  newUser: {
    title: 'Nieuwe gebruiker',
    intro:
      'Maak een account aan voor een medewerker. Bezorg het wachtwoord langs een veilige weg, apart van het e-mailadres.',
    displayName: 'Naam',
    email: 'E-mailadres',
    role: 'Rol',
    centre: 'Centrum',
    teams: 'Teams',
    teamsChooseCentre: 'Kies eerst een centrum.',
    teamsNone: 'Dit centrum heeft nog geen teams.',
    password: 'Wachtwoord',
    passwordHint:
      'Minstens 12 tekens. De medewerker stelt bij de eerste aanmelding tweestapsverificatie in.',
    submit: 'Account aanmaken',
  },
};

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** The shape every translation must have. */
export type MessageCatalogue = Messages<typeof nlBE>;
