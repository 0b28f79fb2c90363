package org.newsgraph.extract;

import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.Layer;
import org.newsgraph.nlp.Stage;

/**
 * An article as CoreNLP analysed it, with the entities its names stand for. A name is resolved to
 * an entity from its named-entity run: people by their fullest name in the article ("Varley" and
 * "Sir Tom Varley" are Tom Varley), countries also by their demonyms, and anything the
 * gazetteer knows to the gazetteer's entity, which wins on kind and carries the Wikidata id.
 */
public final class ParsedArticle {

    /** The layer holding an article's {@code ParsedArticle}, which the parse-based extractors read. */
    public static final Layer<ParsedArticle> LAYER = new Layer<>("parsed");

    /** The stage that provides {@link #LAYER} from the analysis. */
    public static Stage<ParsedArticle> stage(Gazetteer gazetteer) {
        return Stage.of(LAYER.name(), Set.of(Layer.ANALYSIS), LAYER,
                a -> new ParsedArticle(a.article(), a.get(Layer.ANALYSIS), gazetteer));
    }

    /** Words before a name that are no part of it: forms of address, honorifics, ranks, titles ("Rt Hon", "Czar"). */
    private static final Set<String> HONORIFICS = Set.copyOf(CueWords.lines("name-titles"));
    /** Words that head a place's name from its start ("Fort", "Camp"), even one named after a person. */
    private static final Set<String> PLACE_FIRSTS = placeHeads("first");
    /** Words that head a place's name from its end ("Airport", "Base"). */
    private static final Set<String> PLACE_LASTS = placeHeads("last");
    /** Generational suffixes after a name ("Jr.", "III"): no part of the name a person is known by. */
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    private static Set<String> placeHeads(String end) {
        return CueWords.lines("place-heads").stream().filter(l -> l.startsWith(end + " "))
                .map(l -> l.substring(end.length() + 1)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static final Set<String> PLACE_NER = Set.of("STATE_OR_PROVINCE", "CITY", "LOCATION");

    private final Article article;
    private final List<ParsedSentence> sentences;
    private final Gazetteer gazetteer;
    /** Fullest person name of the article by each of its words (surname, first name). */
    private final Map<String, List<String>> fullNames = new HashMap<>();
    /** The names, lower case, of people the tagger took for places ("Ana Costa" as a location). */
    private final Set<String> placeTaggedPeople = new java.util.HashSet<>();
    /** Every word of a name the tagger marked as a person's somewhere in the article. */
    private final Set<String> personWords = new java.util.HashSet<>();
    /** The acronyms the article defines ("National Defense University (NDU)"), with their names. */
    private final Map<String, String> acronyms;

    public ParsedArticle(Article article, Analysis analysis, Gazetteer gazetteer) {
        this.article = article;
        this.gazetteer = gazetteer;
        List<ParsedSentence> parsed = new ArrayList<>();
        List<CoreMap> raw = analysis.sentences();
        for (int i = 0; i < raw.size(); i++) {
            parsed.add(new ParsedSentence(i, raw.get(i), article.text()));
        }
        this.sentences = List.copyOf(parsed);
        collectFullNames();
        this.acronyms = Acronyms.defined(sentences);
    }

    /** Whether the tagger marked {@code word} as part of a person's name somewhere in the article. */
    public boolean personWord(String word) {
        return personWords.contains(key(word));
    }

    /** The organisation an acronym the article defines stands for ("NDU" after "National Defense University (NDU)"). */
    public Optional<Entity> acronym(String word) {
        String name = acronyms.get(word);
        return name == null ? Optional.empty()
                : Optional.of(known(name).orElseGet(() -> Entity.of(EntityKind.ORGANIZATION, stripThe(name))));
    }

    public Article article() {
        return article;
    }

    public String id() {
        return article.id();
    }

    public List<ParsedSentence> sentences() {
        return sentences;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    private void collectFullNames() {
        for (ParsedSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (s.ner(i).equals("PERSON") && (i == 0 || !s.ner(i - 1).equals("PERSON")) && placeNamed(s, s.nerRun(i)).isEmpty()) {
                    List<String> words = nameWords(s, s.nerRun(i));
                    words.stream().filter(w -> !officeWord(key(w)) && !HONORIFICS.contains(key(w))).forEach(w -> personWords.add(key(w)));
                    addFullName(words);
                }
            }
        }
        for (ParsedSentence s : sentences) {
            untaggedNames(s).forEach(this::addFullName);
            titledNames(s).forEach(this::addFullName);
            for (int[] run : placeTaggedNames(s)) {
                List<String> words = nameWords(s, run);
                addFullName(words);
                placeTaggedPeople.add(key(String.join(" ", words)));
            }
        }
        pairLoneNames();
    }

    /**
     * "Mr. Holt ... thank you, Ana": a lone first name and a lone surname that together are a person
     * the gazetteer knows are that one person.
     */
    private void pairLoneNames() {
        Set<String> lone = new LinkedHashSet<>();
        for (ParsedSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (s.ner(i).equals("PERSON") && (i == 0 || !s.ner(i - 1).equals("PERSON"))) {
                    List<String> words = nameWords(s, s.nerRun(i));
                    if (words.size() == 1 && !fullNames.containsKey(key(words.get(0)))) {
                        lone.add(words.get(0));
                    }
                }
            }
        }
        for (String first : lone) {
            for (String last : lone) {
                if (!first.equals(last)) {
                    known(first + " " + last).filter(e -> e.kind() == EntityKind.PERSON)
                            .ifPresent(e -> addFullName(List.of(e.label().split(" "))));
                }
            }
        }
    }

    private void addFullName(List<String> words) {
        if (words.size() < 2) {
            return;
        }
        for (String word : List.of(words.get(0), words.get(words.size() - 1))) {
            // A name written in capitals (a transcript's speaker label) gives way to the same name as written in text.
            fullNames.merge(key(word), words, (a, b) -> b.size() > a.size() || b.size() == a.size() && capitals(a) ? b : a);
        }
    }

    /**
     * "Minister of Defence Ana Kalnė" where only "Kalnė" is tagged elsewhere: a run of two or three capitalised
     * words the tagger left unmarked, past office words, ending in a word it marked as a person's elsewhere.
     */
    private List<List<String>> untaggedNames(ParsedSentence s) {
        List<List<String>> out = new ArrayList<>();
        for (int[] run : capitalisedRuns(s, "O")) {
            List<String> words = nameWords(s, run);
            if (words.size() >= 2 && words.size() <= 3 && personWord(words.get(words.size() - 1))
                    && words.stream().noneMatch(w -> officeWord(key(w)) || HONORIFICS.contains(key(w)))) {
                out.add(words);
            }
        }
        return out;
    }

    /**
     * "Secretary-General Ana Vorel": proper nouns right after a title that the tagger did not take for a person's
     * (it left them unmarked or took them for a miscellaneous name) are a person's name, so that a word of it alone
     * names the person later ("Secretary-General Vorel").
     */
    private static List<List<String>> titledNames(ParsedSentence s) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 1; i < s.size(); i++) {
            String ner = s.ner(i);
            if (!s.ner(i - 1).equals("TITLE") || !ner.equals("O") && !ner.equals("MISC") || !s.tag(i).equals("NNP") || !capitalised(s.word(i))) {
                continue;
            }
            int end = i + 1;
            // "Ki - moon": a hyphen joins the parts of one name.
            while (end < s.size() && s.ner(end).equals(ner) && (s.tag(end).equals("NNP") || s.tag(end).equals("HYPH") && end + 1 < s.size()
                    && s.tag(end + 1).equals("NNP") && s.ner(end + 1).equals(ner))) {
                end++;
            }
            List<String> words = nameWords(s, new int[] {i, end});
            if (words.size() >= 2 && words.size() <= 5 && (end == s.size() || !s.tag(end).startsWith("NN"))) {
                out.add(words);
            }
        }
        return out;
    }

    /**
     * "the choice of Ana Costa ... Costa will succeed B": a two- or three-word name the tagger took for a
     * place and the gazetteer does not know, whose last word stands alone elsewhere as a name. A
     * person is called by the surname alone; a place is not called by its last word.
     */
    private List<int[]> placeTaggedNames(ParsedSentence s) {
        List<int[]> out = new ArrayList<>();
        for (String ner : List.of("LOCATION", "CITY")) {
            for (int[] run : capitalisedRuns(s, ner)) {
                List<String> words = nameWords(s, run);
                boolean unknown = known(s.text(run[0], run[1])).isEmpty() && placeNamed(s, run).isEmpty();
                if (unknown && words.size() >= 2 && words.size() <= 3 && words.size() == run[1] - run[0]
                        && standsAlone(words.get(words.size() - 1))) {
                    out.add(run);
                }
            }
        }
        return out;
    }

    /** Whether {@code word} stands somewhere in the article as a proper noun alone, untagged or a person's. */
    private boolean standsAlone(String word) {
        for (ParsedSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                boolean alone = (i == 0 || !s.tag(i - 1).startsWith("NNP")) && (i + 1 >= s.size() || !s.tag(i + 1).startsWith("NNP"));
                if (alone && s.word(i).equals(word) && s.tag(i).equals("NNP") && (s.ner(i).equals("O") || s.ner(i).equals("PERSON"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The maximal runs of capitalised proper nouns of {@code s} the tagger marked {@code ner}. */
    private static List<int[]> capitalisedRuns(ParsedSentence s, String ner) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            int end = i;
            while (end < s.size() && s.ner(end).equals(ner) && s.tag(end).startsWith("NNP") && Character.isUpperCase(s.word(end).charAt(0))) {
                end++;
            }
            if (end > i) {
                out.add(new int[] {i, end});
            }
            i = Math.max(end, i + 1);
        }
        return out;
    }

    /** An office word the tagger may take into a name ("Defense Ola Brekke", "Senators Ann Pell"). */
    private static boolean officeWord(String w) {
        CueWords cues = CueWords.bundled();
        String singular = w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
        return cues.officeHeads().contains(w) || cues.officeHeads().contains(singular) || cues.modifiers().contains(w)
                || cues.national().contains(w);
    }

    /** The words of a person's name run without honorifics, office words and possessives. */
    private static List<String> nameWords(ParsedSentence s, int[] run) {
        List<String> words = new ArrayList<>();
        for (int i = run[0]; i < run[1]; i++) {
            String w = s.word(i);
            if (words.isEmpty() && (HONORIFICS.contains(s.lower(i)) || s.tag(i).equals("NNPS") || s.tag(i).equals("NNS")
                    || i + 1 < run[1] && officeWord(s.lower(i)))) {
                continue;
            }
            if (w.equals("'s") || w.equals("’s") || w.equals("'") || !words.isEmpty() && (SUFFIXES.contains(s.lower(i)) || PostNominals.letters(w))) {
                break;
            }
            // "Ana Holt Minister of Trade": an office after a name is no part of it.
            if (words.size() >= 2 && officeWord(s.lower(i)) && capitalised(w)) {
                break;
            }
            // "LLOYD AUSTIN" in a transcript's speaker line is the name as usually written.
            words.add(w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && w.chars().allMatch(Character::isLetter)
                    ? w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT) : w);
        }
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        // A middle initial is no part of the name a person is known by ("Ola J. Brekke" is Ola Brekke).
        for (int k = words.size() - 2; k > 0; k--) {
            if (words.get(k).matches("\\p{Lu}\\.?")) {
                words.remove(k);
            }
        }
        return words;
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static boolean capitals(List<String> words) {
        return words.stream().allMatch(w -> w.equals(w.toUpperCase(Locale.ROOT)));
    }

    /** Every entity the article names, each once, in the order first named. */
    public List<Entity> entities() {
        Set<Entity> named = new LinkedHashSet<>();
        for (ParsedSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (!s.ner(i).equals("O") && (i == 0 || !s.ner(i - 1).equals(s.ner(i)))) {
                    entityAt(s, i).ifPresent(named::add);
                }
            }
        }
        return List.copyOf(named);
    }

    /** The agent (person, organisation, country) named at token {@code i} of {@code s}, if any. */
    public Optional<Entity> agentAt(ParsedSentence s, int i) {
        return entityAt(s, i).filter(e -> e.kind().isAgent());
    }

    /** The entity named at token {@code i} of {@code s}, if any: a person, organisation, country or place. */
    public Optional<Entity> entityAt(ParsedSentence s, int i) {
        String ner = s.ner(i);
        int[] run = s.nerRun(i);
        String text = s.text(run[0], run[1]);
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty(); // a stray comma the tagger took into a place ("Washington , DC")
        }
        if (!ner.equals("PERSON") && PostNominals.at(s, run[0]) && IntStream.range(run[0], run[1]).allMatch(k -> PostNominals.letters(s.word(k)))) {
            return Optional.empty(); // "Ana Holt AC DSC": honours after a name, which the tagger may take for an organisation
        }
        Optional<Entity> region = region(s, i);
        if (region.isPresent()) {
            return region;
        }
        return switch (ner) {
            case "PERSON" -> placeNamed(s, run).or(() -> knownOrganisation(text)).or(() -> person(s, run));
            // "NDU" after "the National Defense University (NDU)": an acronym the article defines is that name's.
            case "ORGANIZATION" -> portfolio(s, run) ? known(text)
                    : known(text).or(() -> acronym(text)).or(() -> Optional.of(Entity.of(EntityKind.ORGANIZATION, stripThe(text))));
            case "COUNTRY" -> Optional.of(known(text).orElseGet(() -> Entity.of(EntityKind.COUNTRY, stripThe(text))));
            case "NATIONALITY" -> known(text).filter(e -> e.kind() == EntityKind.COUNTRY);
            case "STATE_OR_PROVINCE", "CITY", "LOCATION" -> place(s, run, text);
            default -> known(s.word(i)).filter(e -> e.kind() != EntityKind.PERSON && s.word(i).length() > 1
                    && Character.isUpperCase(s.word(i).charAt(0)));
        };
    }

    /**
     * Whether the tokens {@code run} are the portfolio of the title before them ("Minister of Defence", "Secretary of
     * Finance"), which the tagger may take for an organisation: words an office phrase holds, after a title and "of".
     */
    private static boolean portfolio(ParsedSentence s, int[] run) {
        if (run[0] < 2 || !s.lower(run[0] - 1).equals("of") || !s.ner(run[0] - 2).equals("TITLE")) {
            return false;
        }
        Set<String> words = CueWords.bundled().modifiers();
        return IntStream.range(run[0], run[1]).allMatch(k -> words.contains(s.lower(k)) || s.lower(k).equals("and"));
    }

    /**
     * The region or continent a name at token {@code i} names ("Eastern Europe", "Latin America"):
     * a place, whatever the tagger took it for, unless the gazetteer knows the name as an agent
     * ("South Africa", "America" for the United States).
     */
    private Optional<Entity> region(ParsedSentence s, int i) {
        return Regions.at(s, i).map(span -> stripThe(s.text(span[0], span[1])))
                .filter(name -> known(name).filter(e -> e.kind().isAgent()).isEmpty())
                .map(name -> known(name).orElseGet(() -> Entity.of(EntityKind.PLACE, name)));
    }

    /** The organisation the gazetteer knows by a name the tagger took for a person's ("Telegram", "Truth Social"). */
    private Optional<Entity> knownOrganisation(String name) {
        return known(name).filter(e -> e.kind() == EntityKind.ORGANIZATION);
    }

    /** Whether {@code word} is a form of address or title that comes before a name ("Hon", "Dr"), and no part of it. */
    boolean nameTitle(String word) {
        return HONORIFICS.contains(key(word));
    }

    /** The entity the gazetteer knows by this name, or stands behind it ("the White House" speaks for the United States). */
    public Optional<Entity> known(String name) {
        return gazetteer.lookup(name);
    }

    /** The place a place's run names, or the person when it is a person's name the tagger took for a place's. */
    private Optional<Entity> place(ParsedSentence s, int[] run, String text) {
        if (placeNamed(s, run).isEmpty() && (placeTaggedPeople.contains(key(String.join(" ", nameWords(s, run)))) || surnameTakenForPlace(s, run))) {
            return person(s, run);
        }
        return placeNamed(s, run).or(() -> Optional.of(known(text).orElseGet(() -> Entity.of(EntityKind.PLACE, text))));
    }

    /**
     * "Holt Praises the Plan ... Defence Secretary Ana Holt": one word the tagger took for a place that the
     * gazetteer does not know, and that is the surname of a person the article names in full.
     */
    private boolean surnameTakenForPlace(ParsedSentence s, int[] run) {
        String word = s.word(run[0]);
        List<String> full = fullNames.get(key(word));
        return run[1] - run[0] == 1 && full != null && full.get(full.size() - 1).equals(word) && personWord(word) && known(word).isEmpty();
    }

    /**
     * The place a name the tagger took for a person's names when a place's head word starts or ends it
     * ("Fort Ana Holt", "Varley Airport"), with that word.
     */
    private Optional<Entity> placeNamed(ParsedSentence s, int[] run) {
        int from = run[0];
        if (from > 0 && PLACE_FIRSTS.contains(s.lower(from - 1)) && capitalised(s.word(from - 1))) {
            from--;
        } else if (from > 0 && s.ner(from).equals("PERSON") && PLACE_NER.contains(s.ner(from - 1)) && PLACE_FIRSTS.contains(s.lower(s.nerRun(from - 1)[0]))) {
            from = s.nerRun(from - 1)[0]; // "Fort Ana" a place, "Holt" a person's: one place
        }
        int to = run[1];
        if (to < s.size() && s.ner(to).equals("PERSON") && PLACE_FIRSTS.contains(s.lower(from))) {
            to = s.nerRun(to)[1];
        }
        if (to < s.size() && PLACE_LASTS.contains(s.lower(to)) && capitalised(s.word(to))) {
            to++;
        }
        if (!PLACE_FIRSTS.contains(s.lower(from)) && !PLACE_LASTS.contains(s.lower(to - 1)) || to - from < 2) {
            return Optional.empty();
        }
        String text = s.text(from, to);
        return Optional.of(known(text).orElseGet(() -> Entity.of(EntityKind.PLACE, text)));
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private Optional<Entity> person(ParsedSentence s, int[] run) {
        List<String> words = nameWords(s, run);
        if (run[1] - run[0] == 1 && fullNames.containsKey(s.lower(run[0]))) {
            words = List.of(s.word(run[0])); // "King" where the article names Ana King: her surname, not a title
        }
        if (words.isEmpty() || words.size() == 1 && !fullNames.containsKey(key(words.get(0))) && officeWord(key(words.get(0)))) {
            return Optional.empty(); // "Mr. Speaker", "the King": a title alone names no one
        }
        if (words.size() == 1 || !fullNames.containsKey(key(words.get(words.size() - 1)))) {
            List<String> full = fullNames.get(key(words.get(words.size() - 1)));
            if (full == null && words.size() == 1) {
                full = fullNames.get(key(words.get(0)));
            }
            if (full != null) {
                words = full;
            }
        } else {
            List<String> full = fullNames.get(key(words.get(words.size() - 1)));
            if (full.get(0).equalsIgnoreCase(words.get(0)) && (full.size() > words.size() || capitals(words))) {
                words = full;
            }
        }
        String label = String.join(" ", words).replace(" - ", "-").replace(" -", "-").replace("- ", "-");
        return Optional.of(known(label).filter(e -> e.kind() == EntityKind.PERSON).orElseGet(() -> Entity.of(EntityKind.PERSON, label)));
    }

    /** The person named by the tokens {@code [from, to)} of {@code s} when the tagger did not mark them ("Mrs May"). */
    public Optional<Entity> personNamed(ParsedSentence s, int from, int to) {
        return person(s, new int[] {from, to});
    }

    /**
     * The person a lone proper noun the tagger left unmarked stands for, when it is the surname of a
     * person the article names in full ("Ana Costa ... Costa will succeed B"): taggers often miss a
     * surname standing alone at the start of a sentence.
     */
    public Optional<Entity> personBySurname(ParsedSentence s, int i) {
        if (!s.tag(i).equals("NNP") || !Set.of("O", "MISC").contains(s.ner(i)) || !Character.isUpperCase(s.word(i).charAt(0))
                || i + 1 < s.size() && s.tag(i + 1).startsWith("NNP") || i > 0 && s.tag(i - 1).startsWith("NNP")) {
            return Optional.empty();
        }
        List<String> full = fullNames.get(key(s.word(i)));
        if (full == null || !full.get(full.size() - 1).equalsIgnoreCase(s.word(i))) {
            return Optional.empty();
        }
        return person(s, new int[] {i, i + 1});
    }

    /**
     * The person an untagged capitalised word names when the article names someone in full by it elsewhere:
     * the tagger may miss a bare surname after a title ("Secretary-General Novak" after "Anna Novak").
     */
    public Optional<Entity> personByNameWord(ParsedSentence s, int i) {
        String w = s.word(i);
        if (!s.ner(i).equals("O") && !s.ner(i).equals("TITLE") || w.isEmpty() || !Character.isUpperCase(w.charAt(0))
                || !s.tag(i).startsWith("NNP") || !fullNames.containsKey(key(w))) {
            return Optional.empty();
        }
        return person(s, new int[] {i, i + 1});
    }

    private static String stripThe(String text) {
        return text.regionMatches(true, 0, "the ", 0, 4) ? text.substring(4) : text;
    }

    /**
     * The person a pronoun at token {@code i} of sentence {@code s} most likely means: the last
     * person named before it in the sentence, else in the three sentences before.
     */
    public Optional<Entity> lastPersonBefore(ParsedSentence s, int i) {
        for (int k = s.index(); k >= 0 && k >= s.index() - 3; k--) {
            ParsedSentence sentence = sentences.get(k);
            int limit = k == s.index() ? i : sentence.size();
            for (int j = limit - 1; j >= 0; j--) {
                if (sentence.ner(j).equals("PERSON")) {
                    return person(sentence, sentence.nerRun(j));
                }
            }
        }
        return Optional.empty();
    }
}
