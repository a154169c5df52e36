/**
 * Curated lexicon of proper nouns that .bib export case-protects in Title Case titles, where
 * capitals alone cannot tell a name from an ordinary capitalised word (see titleCase.ts).
 *
 * Scope: names common in social-science and policy bibliographies — the world's countries
 * (English short names), continents and world regions with their adjectives, the adjectives of
 * the larger or migration-relevant nations, and the cities that name treaties, processes or
 * institutions (Cotonou, Schengen, Washington ...). It is deliberately not a gazetteer: a word
 * belongs here only if it is a name in any title (no "Chad"-vs-"chad" ambiguity matters in a
 * title, but "Union" or "Policy" alone would, so those are listed as NAME_HEADS instead).
 * Spellings are written without diacritics; lookups fold them away the same way.
 */

/** Single words that are always names: countries, regions, demonyms, treaty and summit towns. */
export const PROPER_NOUNS: ReadonlySet<string> = new Set(
  // Continents, world regions and their adjectives.
  (
    'Africa African Africans America American Americas Americans Asia Asian Asians Europe ' +
    'European Europeans Oceania Australasia Antarctica Eurasia Eurasian Arctic Caribbean ' +
    'Mediterranean Balkan Balkans Baltic Maghreb Mashreq Sahel Sahara Saharan Scandinavia ' +
    'Scandinavian Nordic Andean Arab Arabs Arabian Latin Pacific Atlantic Levant ' +
    'Mesoamerica Francophone Anglophone Lusophone Hispanic Schengen Eurozone ' +
    // Countries (English short names of one word).
    'Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria ' +
    'Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan ' +
    'Bolivia Bosnia Herzegovina Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon ' +
    'Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark ' +
    'Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France ' +
    'Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras ' +
    'Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan ' +
    'Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia ' +
    'Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta ' +
    'Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco ' +
    'Mozambique Myanmar Burma Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway ' +
    'Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar ' +
    'Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia Slovenia ' +
    'Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania ' +
    'Thailand Timor Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay ' +
    'Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Britain Holland ' +
    // National adjectives of the larger or migration-relevant states.
    'Afghan Albanian Algerian Australian Austrian Belgian Brazilian British Canadian Chinese ' +
    'Colombian Cuban Danish Dutch Egyptian Eritrean Ethiopian Filipino Finnish French German ' +
    'Ghanaian Greek Haitian Hungarian Indian Indonesian Iranian Iraqi Irish Israeli Italian ' +
    'Japanese Jordanian Kenyan Kurdish Lebanese Libyan Malian Mexican Moroccan Nigerian ' +
    'Norwegian Pakistani Palestinian Polish Portuguese Romanian Russian Senegalese Somali ' +
    'Spanish Sudanese Swedish Swiss Syrian Tunisian Turkish Ukrainian Venezuelan ' +
    // Cities and towns that name treaties, processes, summits and institutions.
    'Amsterdam Barcelona Berlin Brussels Budapest Cotonou Dublin Geneva Khartoum Lisbon Lome ' +
    'Maastricht Prague Rabat Rome Seville Strasbourg Tampere Valletta Washington Yaounde ' +
    'London Paris Vienna Helsinki Stockholm Copenhagen'
  ).split(' '),
);

/**
 * Words that are part of a name when they follow one (European Union, Cotonou Agreement,
 * Washington Consensus, European Neighbourhood ...), and only then: "the Council" stays plain.
 */
export const NAME_HEADS: ReadonlySet<string> = new Set(
  (
    'Union Parliament Council Commission Committee Court Community Communities Neighbourhood ' +
    'Neighborhood Partnership Partnerships Agreement Agreements Consensus Convention Treaty ' +
    'Charter Declaration Pact Bank Accord Accords Compact Conference Summit Forum Dialogue'
  ).split(' '),
);

/**
 * Generic words that continue a name only after a NAME_HEADS word (European Neighbourhood
 * Policy, Cotonou Partnership Agreement), so "European Policy" does not become a name.
 */
export const NAME_TAILS: ReadonlySet<string> = new Set(
  'Policy Process Programme Program Strategy Framework Initiative Instrument Agenda'.split(' '),
);

/**
 * Multi-word names whose words are not names alone: named policies and bodies, and countries of
 * more than one word. Matched word for word, in this case; protected as one group.
 */
export const PROPER_PHRASES: readonly (readonly string[])[] = [
  'Global Approach to Migration and Mobility',
  'Global Approach to Migration',
  'Mobility Partnerships',
  'Mobility Partnership',
  'European Economic and Social Committee',
  'Committee of the Regions',
  'United Nations',
  'United States',
  'United Kingdom',
  'United Arab Emirates',
  'South Africa',
  'South Sudan',
  'North Macedonia',
  'North Korea',
  'South Korea',
  'Saudi Arabia',
  'Sri Lanka',
  'New Zealand',
  'Costa Rica',
  'El Salvador',
  'Sierra Leone',
  'Burkina Faso',
  'Cape Verde',
  'Cabo Verde',
  "Cote d'Ivoire",
  'Dominican Republic',
  'Central African Republic',
  'Czech Republic',
  'Papua New Guinea',
  'Trinidad and Tobago',
  'Middle East',
  'Horn of Africa',
  'Third World',
  'Global South',
  'Global North',
  'Cold War',
  'World Bank',
  'Red Cross',
].map((phrase) => phrase.split(' '));
