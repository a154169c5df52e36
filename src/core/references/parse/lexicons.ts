// Word lists of the reference tagger's features: months, journal and publisher words, places,
// editor and page marks, ... (lower case).

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Word lists, lower case. Each gives a feature `lex=<name>` to the words it holds. */
const LEXICONS: readonly [string, ReadonlySet<string>][] = [
  [
    'month',
    set(`january february march april may june july august september october november december
      jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter`),
  ],
  [
    'journal',
    set(`journal j jour proc proceedings review rev trans transactions letters lett annals ann
      bulletin bull acta quarterly magazine mag archives arch research res science sci
      zeitschrift zeitschr revue rivista cahiers studies stud phys chem biol med am int nat`),
  ],
  [
    'publisher',
    set(`press publishers publisher publishing publ books verlag editions éditions edizioni
      editorial editora springer wiley elsevier routledge sage palgrave macmillan blackwell
      pergamon academic kluwer pearson mcgraw hill cambridge oxford harvard mit penguin norton
      ltd inc co company gmbh addison wesley prentice taylor francis brill`),
  ],
  [
    'place',
    set(`london new york oxford cambridge berlin paris chicago boston amsterdam princeton
      washington heidelberg leiden dordrecht basel tokyo philadelphia toronto stanford
      frankfurt münchen munich wien vienna madrid barcelona rome roma milano beijing
      singapore sydney melbourne geneva genève zürich hamburg leipzig stuttgart berkeley
      baltimore thousand oaks hoboken malden ny ma ca uk usa nj il ct`),
  ],
  ['editor', set(`ed eds edt edited editor editors hrsg hg herausgegeben dir coord comp`)],
  ['pages', set(`p pp pages page pgs s seiten`)],
  ['volume', set(`vol vols volume volumes bd band tome t`)],
  ['issue', set(`no nos nr num number issue iss heft n`)],
  ['in', set(`in dans im en`)],
  ['etal', set(`et al others u a`)],
  [
    'thesis',
    set(`thesis theses dissertation phd ph doctoral master masters msc diss thèse
      habilitation doktorarbeit`),
  ],
  [
    'report',
    set(`report reports technical tech working paper papers memo memorandum rep series
      discussion brief document documents preprint`),
  ],
  [
    'org',
    set(`university univ universität université universidad universita institute institut
      department dept school college laboratory lab centre center`),
  ],
  ['edition', set(`edition edn ed rev revised nd rd th st ausgabe aufl auflage`)],
  ['conf', set(`conference conf workshop symposium congress meeting colloquium proceedings proc`)],
  ['web', set(`retrieved accessed available online url http https www accessed viewed`)],
  ['doi', set(`doi`)],
  ['press', set(`press forthcoming print`)],
];

/** Each word's lexicon names ("may" -> ["month"]), built once. */
export const LEXICON_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [name, words] of LEXICONS) {
    for (const w of words) map.set(w, [...(map.get(w) ?? []), name]);
  }
  return map;
})();
export const NO_LEXICON: readonly string[] = [];

/** The words that mark editors ("eds.", "hrsg."). */
export const EDITOR = LEXICONS.find(([name]) => name === 'editor')![1];
