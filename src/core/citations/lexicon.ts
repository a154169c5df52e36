// Closed word lists the citation grammar consults (particles, function words, corporate nouns, dates).

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Lower-case name particles that may precede a family name ("van der Heijden", "de Haas"). */
export const PARTICLES = set(`
  van von der den de del della des di da dos das du la le ten ter zu zum zur bin ibn al el
`);

/** Lower-case words that may join the capitalised words of a corporate name. */
export const CORPORATE_CONNECTORS = set(`of on for the to in at and`);

/**
 * Capitalised words that are never the first word of an author's name: sentence-initial function
 * words, discourse markers and citation prefixes ("Thus, Harrison (2002)" names Harrison only).
 */
export const NON_NAME_WORDS = set(`
  The A An This That These Those Its It Their His Her Our My Your We They He She I You
  In On At By For From With Within Without Into Onto To Of As Upon Under Over Between Among
  And But Or Nor So Yet Thus Hence Therefore However Moreover Furthermore Indeed Instead
  Also Then Here There Now When Where While Whereas Although Though Since After Before
  Because If Unless Until Unlike Like According Following Both Either Neither Each Every
  First Second Third Finally Lastly Similarly Likewise Recently Earlier Later Today
  Generally Accordingly Consequently Notably Nevertheless Nonetheless Meanwhile Still
  See Cf Compare Contra Ibid Ibidem Id Eg Ie Table Tables Figure Figures Fig Chapter
  Section Sections Appendix Annex Article Part Paragraph Box Note Notes Equation Eq
  Pp Ch Vol No
  Accessed Cited Retrieved Online Available Updated Viewed Published Revised Accepted
`);

/** Words that end a narrative name run when they come right before it: the name is then a noun phrase. */
export const DETERMINERS = set(`the a an this that these those its their his her our my your`);

/**
 * Nouns that mark a corporate author. A narrative name containing one keeps all its words
 * ("European Commission (2011)"), otherwise only the family name is kept ("Alexander Betts").
 */
export const CORPORATE_NOUNS = set(`
  Commission Office Organization Organisation Bank Union Council Institute Institution
  Agency Ministry Department Nations Group Forum Fund Programme Program Committee Secretariat
  Parliament Court Association Centre Center Foundation Government Board Service Services
  Bureau Authority Watch Federation Assembly Network Initiative International
  Unit Directorate Society Academy University College Trust Partnership
`);

/** Months and seasons: "(May 1996)", "(14 January 2013)" and "(Spring 2010)" are dates. */
export const MONTHS = set(`
  January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Spring Summer Autumn Fall Winter
`);
