/** Word and name lists the library generator draws from (real surnames, academic vocabulary, venues). */

const words = (s: string): string[] => s.trim().split(/\s+/);

/** Real surnames from many languages, diacritics as written. */
export const FAMILY_NAMES = words(`
Köhler Müller Schäfer Jäger Krüger Schröder Hübner Böhm Förster Günther Fröhlich Weiß Strauß
Gößling Dürr Lübke Héritier Lefèvre Dupré Béranger Chénier Lévêque Ménard Rivière Mercier Girard
Rousseau Faure Bégin Côté García Núñez Peña Muñoz Ibáñez Sánchez Gonçalves Conceição Magalhães
Araújo Gutiérrez Fernández Rodríguez Domínguez Álvarez Søndergaard Åberg Ødegård Løvlie Jørgensen
Ström Björk Ekström Sjöberg Lindqvist Dvořák Novák Łukasiewicz Wójcik Kowalczyk Šimić Petrović
Đurić Žižek Čapek Kovačević Horváth Szabó Kovács Tóth Erdős Şahin Yılmaz Öztürk Çelik Doğan
Smith Johnson O'Brien McDonald Betts Lahav Boswell Geddes Hollifield Castles Papademetriou
Guiraudon Joppke Hansen Lavenex Panizzon Kunz Trauner Carrera Boswell Koslowski Ghosh Newland
Martin Thielemann Geddes Bigo Huysmans Hampshire Freeman Sassen Soysal Brubaker Favell Zolberg
Nguyễn Trần Lê Phạm Zhang Wang Li Chen Liu Kim Park Lee Tanaka Suzuki Satō Gupta Sharma Iyer
Okafor Mensah Adébáyọ̀ Nkrumah Haddad Khalil Saïd Abdelaziz Cohen Levi Mizrahi Rossi Bianchi
Ferrari Russo Esposito Romano Colombo Papadopoulos Oikonomou Nikolaidis Ivanov Smirnov Kuznetsov
`);

/** Surnames with particles: [particle, family, kind]; 'nd' = non-dropping, 'd' = dropping. */
export const PARTICLE_NAMES: [string, string, 'nd' | 'd'][] = [
  ['van der', 'Berg', 'nd'],
  ['van', 'Dijk', 'nd'],
  ['van der', 'Heijden', 'nd'],
  ['de', 'Wit', 'nd'],
  ['ter', 'Haar', 'nd'],
  ['de la', 'Cruz', 'nd'],
  ['de', 'Haas', 'nd'],
  ['da', 'Silva', 'nd'],
  ['dos', 'Santos', 'nd'],
  ['di', 'Stefano', 'nd'],
  ['von', 'Humboldt', 'd'],
  ['von', 'Weizsäcker', 'd'],
  ['zu', 'Löwenstein', 'd'],
  ['de', 'Tocqueville', 'd'],
  ["d'", 'Alembert', 'd'],
  ['al-', 'Rashid', 'nd'],
];

/** Syllables for synthetic surnames in several languages' styles, so the name vocabulary is large. */
export const NAME_SYLLABLES: [string[], string[], string[]][] = [
  [
    words('Hof Brand Stein Berg Wald Lind Fels Mar Kal Rein Eich Grün Hoch Tann Wer'),
    words('en er el au ö ü a i'),
    words('mann berger hauser müller bach ler feld hofer stätter brück'),
  ],
  [
    words('Mar Val Cas Ord Fer Gal Mend Ser Quin Bel Ar Ech Ur Zam Lar'),
    words('a e i o á é ó'),
    words('tínez dés ández illo ejo eño ón ida anza arría'),
  ],
  [
    words('Nov Kov Petr Hor Vuč Mil Drag Rad Stan Bož Zor Lub Jan Pav Vel'),
    words('a o e i'),
    words('ić ák ović ský ek čík ewicz owski ová enko'),
  ],
  [
    words('Ber Lund Sand Holm Dahl Fjell Stor Vik Ask Ny Sø Hå Bjø Ek Gran'),
    words('e a ø å i'),
    words('gren qvist ström sen lie rud gaard bakken nes dal'),
  ],
  [
    words('Ash Black Brad Wood Har Wes Kings Mor Stan Ald Whit Pen Craw Hollo Fair'),
    words('e i o a'),
    words('ford well ley ton field worth by combe stone more'),
  ],
];

/** Given names (full forms; the generator sometimes abbreviates them to initials). */
export const GIVEN_NAMES = words(`
Sandra Marion Alexander Christina Andrew Virginie Sabine Jürgen Zoë Søren François Hélène Ángel
José María João Łucja Dvořák Renée Ólafur Björn Åsa Jiří Tomáš Małgorzata Željko İlker Gülşen
Nguyễn Thị Wei Jun Hiroshi Yūko Anjali Rahul Chinedu Abena Youssef Leïla Mohammed Noa Giulia
Matteo Dimitra Yannis Olga Dmitri Elena Peter James Mary Patricia Robert Linda David Susan
Thomas Karen Daniel Nancy Mark Lisa Paul Sarah Kevin Emily Christian Anne Laura Céline Anaïs
Ramón Inés Nuño Joaquín Friederike Lutz Annegret Käthe Grégoire Aurélien Marguerite Éloïse
`);

/** Institutional authors (CSL `literal`). */
export const INSTITUTIONS = [
  'European Commission',
  'International Organization for Migration',
  'United Nations High Commissioner for Refugees',
  'Organisation for Economic Co-operation and Development',
  'World Bank',
  'International Labour Organization',
  'Global Commission on International Migration',
  'Council of the European Union',
  'Bundesamt für Migration und Flüchtlinge',
  'Comisión Económica para América Latina y el Caribe',
];

/** Common academic title vocabulary, most frequent first (drawn with a Zipf-like skew). */
export const TITLE_WORDS = words(`
migration governance policy european international global analysis social political study
regional state development theory cooperation evidence approach perspective change rights labour
mobility integration border security asylum refugee citizenship transnational partnership
institutions network networks model models data effects impact role public power democracy
multilevel national local urban rural economic economy market markets trade agreements law legal
regime regimes norms diffusion externalisation conditionality agenda framework frameworks
comparative historical critical empirical case cases countries union africa asia europe america
mediterranean balkans sahel maghreb gulf pacific nordic baltic caribbean andean south north east
west new old emerging changing contested politics practice practices identity identities
gender family household remittances diaspora diasporas return circular temporary skilled workers
students health education climate environmental displacement conflict violence crisis crises
humanitarian protection detention deportation visa visas readmission smuggling trafficking
irregular undocumented legality illegality sovereignty territory territoriality space spaces
borders bordering surveillance technology technologies digital biometric data-driven algorithmic
administration bureaucracy implementation compliance enforcement accountability legitimacy
transparency participation civil society actors organisations organizations agencies experts
knowledge expertise discourse discourses framing narratives media representation public opinion
attitudes values trust welfare inequality poverty growth employment wages housing cities
neighbourhoods communities belonging membership nationality naturalisation language culture
religion religious secularism multiculturalism assimilation inclusion exclusion discrimination
racism ethnicity race class intersectional generation generations youth children childhood
ageing care domestic work agriculture construction seasonal platforms gig informal formal
institutionalism rational choice constructivism realism liberalism pragmatism methodology methods
survey surveys interviews ethnography ethnographic quantitative qualitative mixed longitudinal
panel experiment experiments causal inference measurement index indicators statistics census
reform reforms crisis-driven path dependence policymaking decision making negotiation bargaining
diplomacy foreign summit treaty treaties convention conventions protocol compact compacts dialogue
process processes soft hard informal venue shopping forum shopping orchestration delegation
agencification europeanisation europeanization externalization securitisation securitization
humanitarianism development-migration nexus brain drain gain circulation capital human rights-based
`);

/** Function words used between title words. */
export const TITLE_GLUE = words(
  'of the and in for on a to with between beyond towards after under',
);

/** Roots and endings for rarer technical terms, so the vocabulary is as large as a real library's. */
export const TECH_ROOTS = words(`
neuro bio geo socio micro macro hydro electro photo thermo chrono psycho immuno crypto agro eco
cyto morpho astro petro demo carto ethno onto patho pharmaco
`);
export const TECH_ENDINGS = words(`
genesis logy metric metrics tropic plasty scopy graphy synthesis kinetic dynamic phobic centric
lytic morphic politics economics informatics system systems
`);

/** Places that appear in titles (diacritics included). */
export const PLACES = words(`
Geneva Kraków São-Paulo Zürich Malmö Bogotá Québec Reykjavík Thessaloníki Istanbul Tunis Rabat
Dakar Lagos Nairobi Addis-Ababa Cairo Beirut Amman Dhaka Manila Jakarta Hà-Nội Seoul Tōkyō Lima
Ciudad-Juárez Tijuana Lampedusa Ceuta Melilla Calais Lesbos Évros Brussels Strasbourg
`);

export const JOURNALS = [
  'Journal of Ethnic and Migration Studies',
  'International Migration Review',
  'International Migration',
  'Journal of European Public Policy',
  'Journal of Common Market Studies',
  'West European Politics',
  'Comparative Political Studies',
  'Global Governance',
  'Review of International Studies',
  'European Journal of International Relations',
  'Journal of Refugee Studies',
  'Population and Development Review',
  'Ethnic and Racial Studies',
  'Citizenship Studies',
  'Revue européenne des migrations internationales',
  'Zeitschrift für Ausländerrecht und Ausländerpolitik',
  'Migraciones Internacionales',
  'Politique européenne',
  'Österreichische Zeitschrift für Politikwissenschaft',
  'Mediterranean Politics',
  'Territory, Politics, Governance',
  'Regulation & Governance',
  'Journal of International Economic Law',
  'World Development',
  'Annals of the American Academy of Political and Social Science',
];

export const PUBLISHERS = [
  ['Oxford University Press', 'Oxford'],
  ['Cambridge University Press', 'Cambridge'],
  ['Routledge', 'London'],
  ['Palgrave Macmillan', 'Basingstoke'],
  ['Edward Elgar', 'Cheltenham'],
  ['Springer', 'Cham'],
  ['Nomos', 'Baden-Baden'],
  ['Presses de Sciences Po', 'Paris'],
  ['Éditions La Découverte', 'Paris'],
  ['T.M.C. Asser Press', 'The Hague'],
  ['Amsterdam University Press', 'Amsterdam'],
  ['Editorial Tirant lo Blanch', 'València'],
] as const;

/** User tags. */
export const TAGS = words(`
to-read read important methods theory review core chapter-2 chapter-3 teaching seminar thesis
eu-policy asylum labour-migration borders data interviews quantitative qualitative to-cite
disagree follow-up classic recent grey-literature legal history africa asia latin-america
`);

/** Markdown flavour for note bodies. */
export const NOTE_OPENERS = [
  'Key argument:',
  'Compare with',
  'Useful for the literature review:',
  'Method note —',
  'Disagree here:',
  'Quote for chapter 2:',
  'Follow up on',
  'Summary.',
];
