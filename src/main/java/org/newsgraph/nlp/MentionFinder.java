package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the entity mentions of an article from general cues: gazetteer names (longest match), runs
 * of capitalised words (a person, or an organisation when the run ends in a word such as "Council"
 * or "Party"), acronyms, a single capitalised word after a title ("President Kern"), and surnames
 * of people named in full elsewhere in the same article. Title-case headlines only confirm names
 * already known; "the Norwegian" standing alone is the person last tied to Norway. Thread-safe.
 */
public final class MentionFinder {

    private static final Set<String> ORGANISATION_HEADS = Set.of(
            "council", "commission", "parliament", "party", "bank", "ministry", "department", "agency", "office",
            "committee", "union", "organization", "organisation", "alliance", "assembly", "congress", "senate",
            "court", "fund", "forces", "army", "navy", "institute", "foundation", "corporation", "group", "inc",
            "ltd", "authority", "board", "bureau", "service", "association", "federation", "league", "coalition",
            "government", "administration", "cabinet", "treaty", "summit", "house", "street", "university",
            "times", "post", "news", "social", "east", "west", "square", "republic", "kingdom", "states", "nations");
    private static final Set<String> PLACE_OR_EVENT_HEADS = Set.of("treaty", "summit", "street", "east", "west", "square", "social", "times", "post", "news");
    private static final Set<String> CALENDAR = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "the", "a", "an", "in", "as", "at", "on", "by", "for", "from", "with", "without", "after", "before", "during",
            "despite", "however", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "while",
            "when", "although", "but", "and", "so", "if", "since", "earlier", "later", "meanwhile", "nevertheless",
            "moreover", "additionally", "originally", "throughout", "among", "looking", "having", "under", "over",
            "some", "many", "both", "all", "each", "every", "several", "other", "major", "countries", "critics",
            "western", "eastern", "northern", "southern", "former", "outgoing", "incoming", "acting", "interim", "then",
            "new", "yes", "no", "it", "he", "she", "they", "we", "i", "you", "there", "here", "what", "why", "how",
            "according", "speaking", "asked", "still", "make", "getting", "keep", "join", "read");
    /** Acronyms that name no organisation. */
    private static final Set<String> NOT_ORGANISATIONS = Set.of(
            "GDP", "GNP", "GNI", "CPI", "VAT", "CEO", "CFO", "AI", "IT", "TV", "PM", "MP", "MPS", "OK", "ID", "PR", "COVID",
            "HIV", "AIDS", "CO2", "EV", "USD", "EUR", "GBP", "BIG", "THE", "LNG", "GMT", "UTC", "BC", "AD", "PHD", "DNA");

    /** Capitalised words that describe people without naming them ("a Social Democrat"). */
    private static final Set<String> NOT_NAMES = Set.of(
            "democrat", "democrats", "republican", "republicans", "socialist", "socialists", "conservative", "conservatives",
            "liberal", "liberals", "green", "greens", "communist", "communists", "labour", "tory", "tories", "christian");
    /** Words before a name that are no part of it: forms of address and military ranks. */
    private static final Set<String> PERSON_CUES = Set.of("mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady",
            "general", "lieutenant", "admiral", "colonel", "brigadier", "marshal", "captain", "sergeant", "corporal");
    private static final Set<String> NAME_PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "ter");

    private final Gazetteer gazetteer;
    private final Titles titles;
    private final Tokenizer tokenizer = new Tokenizer();
    private final DemonymResolver demonyms = new DemonymResolver();

    public MentionFinder(Gazetteer gazetteer, Titles titles) {
        this.gazetteer = gazetteer;
        this.titles = titles;
    }

    /** The mentions of all {@code sentences}, in text order. */
    public List<Mention> find(List<Sentence> sentences) {
        List<List<Token>> tokens = sentences.stream().map(s -> tokenizer.tokenize(s.plain())).toList();
        List<Mention> firstPass = new ArrayList<>();
        List<Candidate> singles = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            scan(sentences.get(s), tokens.get(s), firstPass, singles);
        }
        Map<String, Entity> surnames = surnames(firstPass);
        List<Mention> mentions = new ArrayList<>(firstPass);
        for (Candidate single : singles) {
            resolveSingle(single, surnames).ifPresent(mentions::add);
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        return List.copyOf(demonyms.resolve(sentences, mentions));
    }

    /** Where "member states", "members", "member countries" or "allies" after an organisation end, or {@code at}. */
    private static int membersEnd(List<Token> tokens, int at) {
        if (at < tokens.size() && tokens.get(at).text().matches("members|allies")) {
            return at + 1;
        }
        if (at + 1 < tokens.size() && tokens.get(at).text().equals("member") && tokens.get(at + 1).text().matches("states|countries|nations")) {
            return at + 2;
        }
        return at;
    }

    /** A capitalised word or run that only the whole article can classify. */
    private record Candidate(Sentence sentence, List<Token> tokens, int from, int to, boolean afterTitle, boolean headline) {
        String text() {
            return sentence.plain().substring(tokens.get(from).begin(), tokens.get(to - 1).end());
        }
    }

    private void scan(Sentence sentence, List<Token> tokens, List<Mention> mentions, List<Candidate> singles) {
        boolean headline = isHeadline(tokens);
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            Optional<Gazetteer.Name> known = gazetteer.longestMatch(tokens, i);
            if (known.isPresent()) {
                int end = i + known.get().tokens().size();
                int members = membersEnd(tokens, end);
                if (known.get().entity().kind() == EntityKind.ORGANIZATION && members > end) {
                    // "NATO member states", "EU members": the organisation's members, acting as a group
                    String words = sentence.plain().substring(tokens.get(end).begin(), tokens.get(members - 1).end());
                    mentions.add(mention(sentence, tokens, i, members,
                            Entity.of(EntityKind.GROUP, known.get().entity().label() + " " + words), false, "members"));
                    i = members;
                    continue;
                }
                mentions.add(mention(sentence, tokens, i, end, known.get().entity(), known.get().demonym(), "gazetteer"));
                i = end;
                continue;
            }
            if (!token.isWord() || !token.isCapitalised() || isBreakWord(token.text())) {
                i++;
                continue;
            }
            int end = runEnd(tokens, i);
            int start = i;
            if (start == 0 && SENTENCE_STARTERS.contains(token.text().toLowerCase(Locale.ROOT))) {
                start++;
            }
            if (start < end) {
                classifyRun(new Candidate(sentence, tokens, start, end, afterTitle(tokens, start), headline), mentions, singles);
            }
            i = end;
        }
    }

    private int runEnd(List<Token> tokens, int start) {
        int end = start + 1;
        while (end < tokens.size()) {
            Token next = tokens.get(end);
            int afterParticles = end;
            while (afterParticles < tokens.size() && NAME_PARTICLES.contains(tokens.get(afterParticles).text())) {
                afterParticles++; // "von der Leyen", "de la Cruz"
            }
            boolean particle = afterParticles > end && afterParticles < tokens.size() && tokens.get(afterParticles).isCapitalised();
            boolean initial = next.text().length() == 1 && next.isCapitalised() && end + 1 < tokens.size() && tokens.get(end + 1).text().equals(".");
            if (initial) {
                end += 2;
                continue;
            }
            int ofLength = organisationOf(tokens, end);
            if (ofLength > 0) {
                end += ofLength + 1; // "Bank of Canada": the name after "of" is part of it, even a known one
                continue;
            }
            if (!(particle || next.isWord() && next.isCapitalised()) || isBreakWord(next.text())
                    || gazetteer.longestMatch(tokens, end).isPresent()) {
                break;
            }
            end++;
        }
        return end;
    }

    /** After an organisation's head word, "of" or "of the" and a capitalised word continue its name ("House of Representatives"). */
    private static int organisationOf(List<Token> tokens, int at) {
        if (at == 0 || !ORGANISATION_HEADS.contains(tokens.get(at - 1).text().toLowerCase(Locale.ROOT)) || !tokens.get(at).text().equals("of")) {
            return 0;
        }
        int next = at + 1;
        if (next < tokens.size() && tokens.get(next).text().equals("the")) {
            next++;
        }
        return next < tokens.size() && tokens.get(next).isWord() && tokens.get(next).isCapitalised() ? next - at : 0;
    }

    private void classifyRun(Candidate run, List<Mention> mentions, List<Candidate> singles) {
        int size = run.to() - run.from();
        String last = run.tokens().get(run.to() - 1).text().toLowerCase(Locale.ROOT);
        for (int i = run.from() + 1; i < run.to(); i++) {
            if (run.tokens().get(i).text().equals("of")) {
                last = run.tokens().get(i - 1).text().toLowerCase(Locale.ROOT); // "House of Representatives"
                break;
            }
        }
        if (size >= 2 && ORGANISATION_HEADS.contains(last)) {
            EntityKind kind = PLACE_OR_EVENT_HEADS.contains(last) ? EntityKind.PLACE : EntityKind.ORGANIZATION;
            int from = run.from();
            Mention before = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
            int runBegin = run.sentence().span().begin() + run.tokens().get(from).begin();
            if (kind == EntityKind.ORGANIZATION && before != null && before.kind() == EntityKind.COUNTRY
                    && before.sentence() == run.sentence().index() && runBegin - before.span().end() == 1) {
                // "US House of Representatives", "German Bundestag": the country is part of the name
                mentions.remove(mentions.size() - 1);
                int begin = before.span().begin() - run.sentence().span().begin();
                int end = run.tokens().get(run.to() - 1).end();
                String text = run.sentence().text().substring(begin, end);
                mentions.add(new Mention(run.sentence().toArticle(begin, end), run.sentence().index(), text,
                        Entity.of(kind, text), false, "name-run"));
                return;
            }
            mentions.add(mention(run.sentence(), run.tokens(), from, run.to(), Entity.of(kind, run.text()), false, "name-run"));
        } else if (size == 1 && run.tokens().get(run.from()).isAcronym() && !run.afterTitle()
                && !NOT_ORGANISATIONS.contains(run.tokens().get(run.from()).text().replace(".", "")) && !isDateline(run)) {
            Token t = run.tokens().get(run.from());
            mentions.add(mention(run.sentence(), run.tokens(), run.from(), run.to(), Entity.of(EntityKind.ORGANIZATION, t.text()), false, "acronym"));
        } else if (size >= 2 && size <= 4 && !run.headline() && isPersonLike(run) && !beforeTitle(run)) {
            mentions.add(mention(run.sentence(), run.tokens(), run.from(), run.to(), Entity.of(EntityKind.PERSON, run.text()), false, "name-run"));
        } else {
            singles.add(run);
        }
    }

    /** "Homeland Security Secretary": capitalised words right before a title belong to it. */
    private boolean beforeTitle(Candidate run) {
        return run.to() < run.tokens().size() && isBreakWord(run.tokens().get(run.to()).text())
                && titles.isTitleWord(run.tokens().get(run.to()).text().split("-")[0]);
    }

    /** "OTTAWA, June 2, 2025 —": the capitalised place that opens a dateline names no organisation. */
    private static boolean isDateline(Candidate run) {
        return run.from() == 0 && run.to() < run.tokens().size() && run.tokens().get(run.to()).text().equals(",");
    }

    private static boolean isPersonLike(Candidate run) {
        for (int i = run.from(); i < run.to(); i++) {
            String text = run.tokens().get(i).text();
            if (text.length() > 1 && text.chars().allMatch(Character::isUpperCase) || NOT_NAMES.contains(text.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private Optional<Mention> resolveSingle(Candidate single, Map<String, Entity> surnames) {
        for (int i = single.from(); i < single.to(); i++) {
            Entity person = surnames.get(single.tokens().get(i).text());
            if (person != null && single.to() - single.from() <= 2) {
                return Optional.of(mention(single.sentence(), single.tokens(), i, i + 1, person, false, "surname"));
            }
        }
        if (single.afterTitle() && single.to() - single.from() == 1 && !single.headline()) {
            return Optional.of(mention(single.sentence(), single.tokens(), single.from(), single.to(),
                    Entity.of(EntityKind.PERSON, single.text()), false, "after-title"));
        }
        return Optional.empty();
    }

    /** Surname to person, for the people named in full; a surname two people share is left out. */
    private static Map<String, Entity> surnames(List<Mention> mentions) {
        Map<String, Entity> surnames = new HashMap<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        for (Mention m : mentions) {
            if (m.kind() != EntityKind.PERSON) {
                continue;
            }
            String[] parts = m.entity().label().split("\\s+");
            String surname = parts[parts.length - 1];
            Entity earlier = surnames.putIfAbsent(surname, m.entity());
            if (earlier != null && !earlier.sameAs(m.entity())) {
                ambiguous.put(surname, true);
            }
        }
        ambiguous.keySet().forEach(surnames::remove);
        return surnames;
    }

    private boolean afterTitle(List<Token> tokens, int index) {
        if (index == 0) {
            return false;
        }
        String previous = tokens.get(index - 1).text();
        if (previous.equals(".") && index >= 2) {
            previous = tokens.get(index - 2).text();
        }
        return titles.isTitleWord(previous) || PERSON_CUES.contains(previous.toLowerCase(Locale.ROOT));
    }

    private boolean isBreakWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String part : lower.split("-")) {
            if (titles.isTitleWord(part)) {
                return true; // "Secretary-General", "Minister-designate"
            }
        }
        return CALENDAR.contains(lower) || PERSON_CUES.contains(lower) || lower.startsWith("then-") || lower.startsWith("ex-");
    }

    /** A title-case line without closing punctuation: a headline or a caption, where capitals say nothing. */
    private static boolean isHeadline(List<Token> tokens) {
        String last = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1).text();
        if (last.matches("[.!?\"']")) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            if (t.isWord() && t.text().length() > 3) {
                words++;
                if (t.isCapitalised()) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    private static Mention mention(Sentence sentence, List<Token> tokens, int from, int to, Entity entity, boolean demonym, String rule) {
        int begin = tokens.get(from).begin();
        int end = tokens.get(to - 1).end();
        return new Mention(sentence.toArticle(begin, end), sentence.index(), sentence.text().substring(begin, end), entity, demonym, rule);
    }
}
