package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Values.HoldingStatus;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;

/**
 * Finds the office phrases of a sentence from its tokens, tags and named entities: a head word
 * from the cue list ("Secretary", "Chair"), the modifiers before it ("Norwegian Defence",
 * "Deputy", "NATO's") and its "of/for/to/at" complements ("Chief of the Defence Staff",
 * "Secretary of State for Digital, Culture, Media and Sport"). Ranks ("Air Chief Marshal",
 * "General") head no office unless a complement follows. Thread-safe.
 */
final class OfficeFinder {

    private static final Set<String> COMPLEMENT_LEADS = Set.of("of", "for", "to", "at");
    private static final Set<String> ORG_NER = Set.of("COUNTRY", "NATIONALITY", "ORGANIZATION", "STATE_OR_PROVINCE");
    /** Tags a word before a country's name may carry and still begin an organisation's name ("Sport England"). */
    private static final Set<String> NAME_PARTS = Set.of("O", "LOCATION", "MISC");
    private static final Set<String> PLACE_NER = Set.of("CITY", "LOCATION");
    private static final Set<String> LEGISLATURES = Set.copyOf(CueWords.lines("legislature-words"));
    /** Offices "to" a country or body that they are sent to ("Ambassador to Uruguay"), which is not whose office it is. */
    static final Set<String> DESTINATION_HEADS = Set.of("ambassador", "representative", "envoy");

    private final CueWords cues;

    OfficeFinder(CueWords cues) {
        this.cues = cues;
    }

    /** The office phrases of {@code s}, left to right, none overlapping. */
    List<OfficePhrase> find(ParsedArticle article, ParsedSentence s) {
        List<OfficePhrase> found = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (!isHead(s, i)) {
                i++;
                continue;
            }
            int head = i;
            int to = i + 1;
            while (to < s.size()) {
                // "Secretary General", "Secretary-General": one office.
                int next = s.tag(to).equals("HYPH") && to + 1 < s.size() ? to + 1 : to;
                if (!(headWord(s, next) || s.lower(next).equals("general")) || rankFollows(s, next)) {
                    break;
                }
                head = next;
                to = next + 1;
            }
            Optional<HoldingStatus> status = Optional.empty();
            int end = complements(article, s, portfolio(article, s, to));
            if (end < s.size() && (s.lower(end).equals("-designate") || s.lower(end).equals("designate"))) {
                status = Optional.of(HoldingStatus.DESIGNATE);
                end++;
            }
            int from = left(article, s, i, found.isEmpty() ? 0 : found.get(found.size() - 1).to());
            status = status.or(() -> statusBefore(s, from));
            found.add(phrase(article, s, from, head, end, status));
            i = end;
        }
        return found;
    }

    boolean headWord(ParsedSentence s, int i) {
        String w = s.lower(i);
        String one = singular(s, i).toLowerCase(java.util.Locale.ROOT);
        // "party official": a party's office word is an office after "party" even where it alone is none.
        boolean party = i > 0 && s.lower(i - 1).equals("party") && cues.partyOffices().contains(one);
        return party || cues.officeHeads().contains(w) || cues.officeHeads().contains(one);
    }

    /**
     * Whether the office word at {@code i} is plural: tagged so, or a capitalised "Representatives"
     * the tagger took for a singular proper noun (it does before a list of names).
     */
    boolean plural(ParsedSentence s, int i) {
        if (s.tag(i).equals("NNS") || s.tag(i).equals("NNPS")) {
            return true;
        }
        String w = s.lower(i);
        return s.tag(i).equals("NNP") && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                && cues.officeHeads().contains(w.substring(0, w.length() - 1));
    }

    private boolean isHead(ParsedSentence s, int i) {
        // A head word inside a name's run is an office only where it starts the run ("Senators Ann Pell").
        if (s.ner(i).equals("PERSON") && (s.nerRun(i)[0] != i || s.nerRun(i)[1] - i < 3 && !s.tag(i).endsWith("S"))) {
            return false;
        }
        boolean complement = i + 1 < s.size() && (s.lower(i + 1).equals("to") || s.lower(i + 1).equals("of"))
                && i + 2 < s.size() && complementStart(s, i + 2) >= 0;
        if (cues.ranks().contains(s.lower(i))) {
            return complement;
        }
        // "As we head into the summer": an office word the tagger reads as a verb is none.
        if (!headWord(s, i) || s.tag(i).startsWith("VB") || rankFollows(s, i) || modifiesLaterOffice(s, i)) {
            return false;
        }
        // "member states", "head coach": a head word modifying a common noun is no office.
        return i + 1 >= s.size() || !(s.tag(i + 1).startsWith("NN") && Character.isLowerCase(s.word(i + 1).charAt(0))
                && !s.lower(i + 1).equals("designate"));
    }

    /** "Chief Pentagon Spokesman": an office word before a name and another office word qualifies that office. */
    private boolean modifiesLaterOffice(ParsedSentence s, int i) {
        for (int k = i + 1; k < s.size() && k <= i + 3; k++) {
            if (headWord(s, k)) {
                return k > i + 1;
            }
            if (!capitalised(s, k) || !s.tag(k).startsWith("NNP") || s.ner(k).equals("PERSON") || s.ner(k).equals("TITLE")) {
                return false;
            }
        }
        return false;
    }

    private boolean rankFollows(ParsedSentence s, int i) {
        return i + 1 < s.size() && cues.ranks().contains(s.lower(i + 1)) && !s.lower(i + 1).equals("general")
                && !cues.officeHeads().contains(s.lower(i + 1));
    }

    /**
     * "Assistant Chief Capability for the Orlan Defence Force": one or two capitalised nouns after
     * the head that no entity claims, before a "for/of" complement, name the office's portfolio and
     * belong to it. The end of the portfolio, or {@code to} when there is none.
     */
    private int portfolio(ParsedArticle article, ParsedSentence s, int to) {
        for (int k = to; k < s.size() && k < to + 2; k++) {
            if (!capitalised(s, k) || !s.tag(k).startsWith("NN") || !s.ner(k).equals("O") || headWord(s, k)
                    || cues.ranks().contains(s.lower(k)) || article.personWord(s.word(k))) {
                return to;
            }
            boolean complement = k + 2 < s.size() && (s.lower(k + 1).equals("for") || s.lower(k + 1).equals("of"))
                    && complementStart(s, k + 2) >= 0;
            if (complement) {
                return k + 1;
            }
        }
        return to;
    }

    /** Where a complement starting at {@code k} ("the Defence Staff") begins its content, or -1. */
    private static int complementStart(ParsedSentence s, int k) {
        if (k < s.size() && s.lower(k).equals("the")) {
            k++;
        }
        return k < s.size() && capitalised(s, k) && (!s.ner(k).equals("PERSON") || leadsName(s, k)) && !s.lower(k).startsWith("mr") ? k : -1;
    }

    /** "of Defence Ola Dahl" tagged as one name: a long name's first word after "of" belongs to the office. */
    private static boolean leadsName(ParsedSentence s, int k) {
        int[] run = s.nerRun(k);
        return run[0] == k && run[1] - k >= 3 && !s.word(k + 1).matches("\\p{Lu}\\.?");
    }

    /**
     * The end of the "of/for/to/at" complements from {@code to}. A "to" complement ends before an
     * office word: "policy chief to NATO Secretary General Ola Dahl" is the chief of the person
     * that title names, and "NATO" alone is whose office it is.
     */
    private int complements(ParsedArticle article, ParsedSentence s, int to) {
        while (to + 1 < s.size() && COMPLEMENT_LEADS.contains(s.lower(to))) {
            int k = complementStart(s, to + 1);
            if (k < 0) {
                break;
            }
            // "Secretary of State / Washington, DC": a line (a signature block's) ends the office.
            if (s.lineBreakBefore(to) || s.lineBreakBefore(to + 1) || s.lineBreakBefore(k)) {
                break;
            }
            int first = k;
            while (k < s.size()) {
                if (s.lineBreakBefore(k)) {
                    break;
                }
                if (k > first && (untaggedName(article, s, k) > k || nameAfterCountry(s, k) > k)
                        || k > first && s.lower(to).equals("to") && headWord(s, k)) {
                    break;
                }
                if (capitalised(s, k) && (!s.ner(k).equals("PERSON") || k == first && leadsName(s, k))) {
                    k++;
                } else if ((s.lower(k).equals("and") || s.lower(k).equals("&")) && possessiveOpensPhrase(s, k + 1)) {
                    break;
                } else if ((s.lower(k).equals("and") || s.lower(k).equals("&") || s.tag(k).equals("POS") || s.tag(k).equals("HYPH"))
                        && k + 1 < s.size() && capitalised(s, k + 1) && !s.ner(k + 1).equals("PERSON")) {
                    k++;
                } else if (s.word(k).equals(",") && listContinues(s, k)) {
                    k++;
                } else {
                    break;
                }
            }
            to = k;
        }
        return to;
    }

    /**
     * "Ambassador to Peru and Chile's foreign minister": a name after a coordinating "and" that
     * ends in a possessive opens a new noun phrase, no part of the complement, when what the
     * possessive owns is no capitalised name going on ("Women and Children's Affairs") but a
     * common noun or an office ("Chile's Foreign Minister").
     */
    private boolean possessiveOpensPhrase(ParsedSentence s, int k) {
        int end = k;
        while (end < s.size() && capitalised(s, end) && !s.ner(end).equals("PERSON")) {
            end++;
        }
        if (end == k || end + 1 >= s.size() || !s.tag(end).equals("POS")) {
            return false;
        }
        for (int owned = end + 1; owned < s.size(); owned++) {
            if (!capitalised(s, owned)) {
                return owned == end + 1;
            }
            if (headWord(s, owned)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a name at {@code k} the tagger missed but marked elsewhere in the article: "Minister
     * of Defence Ana Kalnė" where only "Minister Kalnė" was tagged. One or two capitalised words
     * that no entity claims, one of them a word of a name; {@code k} when there is none.
     */
    static int untaggedName(ParsedArticle article, ParsedSentence s, int k) {
        int end = k;
        boolean named = false;
        while (end < s.size() && end - k < 2 && untagged(s, end) && capitalised(s, end) && s.tag(end).startsWith("NNP")) {
            named |= article.personWord(s.word(end));
            end++;
        }
        return named ? end : k;
    }

    /**
     * The end of a name the tagger missed right after a country's name that ends an office:
     * "Prime Minister of Estonia Ilmar Tamm today": two or three capitalised words no entity
     * claims, then none; {@code k} when there is none.
     */
    static int nameAfterCountry(ParsedSentence s, int k) {
        if (k < 1 || !s.ner(k - 1).equals("COUNTRY")) {
            return k;
        }
        int end = k;
        while (end < s.size() && s.ner(end).equals("O") && capitalised(s, end) && s.tag(end).equals("NNP")) {
            end++;
        }
        boolean closed = end >= s.size() || !Character.isUpperCase(s.word(end).charAt(0));
        return end - k >= 2 && end - k <= 3 && closed ? end : k;
    }

    /**
     * The end of a name the tagger missed right after an office, which a relative "who" shows to be
     * a person's ("Secretary-General Han Do-yun, who ..."): two to five proper-noun words and hyphens
     * no entity claims, then ", who"; {@code k} when there is none.
     */
    static int nameBeforeWho(ParsedSentence s, int k) {
        int end = k;
        while (end < s.size() && untagged(s, end) && (s.tag(end).equals("NNP") || s.tag(end).equals("HYPH"))) {
            end++;
        }
        boolean who = end + 1 < s.size() && s.word(end).equals(",") && (s.lower(end + 1).equals("who") || s.lower(end + 1).equals("whose"));
        return end - k >= 2 && end - k <= 5 && capitalised(s, k) && who ? end : k;
    }

    private static boolean untagged(ParsedSentence s, int k) {
        return s.ner(k).equals("O") || s.ner(k).equals("MISC");
    }

    /** "Digital, Culture, Media and Sport": a comma inside a list of capitalised words that an "and" ends. */
    private static boolean listContinues(ParsedSentence s, int comma) {
        for (int k = comma + 1; k < s.size() && k <= comma + 8; k++) {
            if (s.word(k).equals(",") && k > comma + 1 && capitalised(s, k - 1)) {
                continue;
            }
            if (!capitalised(s, k) && !s.lower(k).equals("and") || s.ner(k).equals("PERSON")) {
                return false;
            }
            if (s.lower(k).equals("and")) {
                return k > comma + 1;
            }
        }
        return false;
    }

    private int left(ParsedArticle article, ParsedSentence s, int head, int limit) {
        int from = head;
        while (from - 1 >= limit) {
            int k = from - 1;
            String w = s.lower(k);
            boolean ofChain = w.equals("of") && k - 1 >= limit && headWord(s, k - 1);
            // "The Hague NATO Secretary General": a place's name before an office is no part of it.
            boolean modifier = !s.ner(k).equals("PERSON") && !PLACE_NER.contains(s.ner(k)) && !cues.ranks().contains(w) && !cues.former().contains(w)
                    && !cues.designate().contains(w)
                    && (ORG_NER.contains(s.ner(k)) || cues.modifiers().contains(w) || headWord(s, k)
                    || (s.tag(k).equals("POS") && k - 1 >= limit && namesAgent(article, s, k - 1))
                    || ((s.tag(k).startsWith("NN") || s.tag(k).equals("JJ") || s.tag(k).equals("HYPH")) && capitalised(s, k))
                    || s.tag(k).equals("HYPH")
                    || (s.tag(k).equals("NN") && (s.ner(k).equals("O") || s.ner(k).equals("TITLE")) && !s.lower(k).equals("new")));
            // "the EU’s foreign policy chief": an organisation the tagger took for a place, before its "’s".
            boolean possessor = k + 1 < head && s.tag(k + 1).equals("POS") && namesAgent(article, s, k);
            if (!ofChain && !modifier && !possessor) {
                break;
            }
            from = k;
        }
        return from;
    }

    /** The one party {@code s} names ("the Conservative Party leadership election"), if it names exactly one. */
    private static Optional<Entity> partyNamed(ParsedArticle article, ParsedSentence s) {
        java.util.Set<Entity> parties = new java.util.LinkedHashSet<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.word(i).equals("Party") && i > 0 && (ORG_NER.contains(s.ner(i)) || Character.isUpperCase(s.word(i - 1).charAt(0)))
                    && !s.lower(i - 1).equals("the") && (s.ner(i - 1).equals(s.ner(i)) || Character.isUpperCase(s.word(i - 1).charAt(0)))) {
                int from = ORG_NER.contains(s.ner(i)) ? s.nerRun(i)[0] : i - 1;
                if (from < i) {
                    String name = s.text(from, i + 1).replaceFirst("^(?i)the ", "");
                    parties.add(article.known(name).orElseGet(() -> Entity.of(EntityKind.ORGANIZATION, name)));
                }
            }
        }
        return parties.size() == 1 ? parties.stream().findFirst() : Optional.empty();
    }

    private Optional<HoldingStatus> statusBefore(ParsedSentence s, int from) {
        for (int k = from - 1; k >= 0 && k >= from - 3; k--) {
            String w = s.lower(k);
            if (cues.former().contains(w)) {
                return Optional.of(HoldingStatus.FORMER);
            }
            if (cues.designate().contains(w)) {
                return Optional.of(HoldingStatus.DESIGNATE);
            }
            if (!s.tag(k).equals("DT") && !s.tag(k).startsWith("JJ") && !s.tag(k).equals("HYPH") && !s.tag(k).equals("PRP$")) {
                break;
            }
        }
        return Optional.empty();
    }

    private OfficePhrase phrase(ParsedArticle article, ParsedSentence s, int from, int head, int to, Optional<HoldingStatus> status) {
        Optional<Entity> org = Optional.empty();
        int roleFrom = from;
        // Leading names of a country or organisation are whose office it is: "Norwegian", "U.S.", "NATO's".
        while (roleFrom < head && (namesAgent(article, s, roleFrom) || s.tag(roleFrom).equals("POS"))) {
            if (org.isEmpty() && !s.tag(roleFrom).equals("POS")) {
                Optional<Entity> led = countryLed(article, s, roleFrom);
                if (led.isPresent()) {
                    // "US Homeland Security Secretary": the department's words stay in the office.
                    org = led;
                    roleFrom++;
                    break;
                }
                org = agentBefore(article, s, roleFrom, head).filter(e -> !body(article, e));
            }
            if (org.isEmpty() && !s.tag(roleFrom).equals("POS")) {
                break;
            }
            roleFrom++;
        }
        // "Labour leader": a party adjective before a party office names the party.
        if (org.isEmpty() && roleFrom < head && cues.partyWords().contains(s.lower(roleFrom)) && Character.isUpperCase(s.word(roleFrom).charAt(0))
                && cues.partyOffices().contains(singular(s, head).toLowerCase(java.util.Locale.ROOT))) {
            org = Optional.of(article.known(s.word(roleFrom) + " Party").orElse(Entity.of(EntityKind.ORGANIZATION, s.word(roleFrom) + " Party")));
            roleFrom++;
        }
        // "the new party leader", "Party official": the party is the one party its sentence names.
        if (org.isEmpty() && roleFrom < head && s.lower(roleFrom).equals("party")
                && cues.partyOffices().contains(singular(s, head).toLowerCase(java.util.Locale.ROOT))) {
            Optional<Entity> party = partyNamed(article, s);
            if (party.isPresent()) {
                org = party;
            }
        }
        int roleTo = to;
        int chamber = legislatureAfter(s, head, to);
        if (chamber > head) {
            // "Speaker of the US House of Representatives": the chamber, named with its country, is the organisation.
            int c = s.lower(chamber + 1).equals("the") ? chamber + 2 : chamber + 1;
            String name = s.text(c, to);
            org = Optional.of(article.known(name).orElseGet(() -> Entity.of(EntityKind.ORGANIZATION, name)));
            roleTo = chamber;
        }
        // A trailing "of/at ORG" names the organisation: "Chairman of the Military Committee at NATO".
        for (int k = to - 1; chamber < 0 && k > head; k--) {
            String w = s.lower(k);
            int c = k + 1 < to && s.lower(k + 1).equals("the") ? k + 2 : k + 1;
            if (w.equals("of") || w.equals("at") || w.equals("to") && !DESTINATION_HEADS.contains(singular(s, head).toLowerCase())
                    || w.equals("for") && organisationFor(s, c, to)) {
                int last = to - 1;
                if (w.equals("of") && DESTINATION_HEADS.contains(singular(s, head).toLowerCase()) && destination(s, head, k)) {
                    // "Ambassador to the Republic of Latvia": the "of" is the destination's.
                    break;
                }
                if (c < to && ORG_NER.contains(s.ner(last)) && nameStart(s, s.nerRun(last)[0]) == c && c < s.nerRun(last)[0]) {
                    // "Chair of Sport England": a name ending in a country's is an organisation's.
                    org = Optional.of(Entity.of(EntityKind.ORGANIZATION, s.text(c, to)));
                    roleTo = k;
                } else if (c < to && (s.ner(c).equals("COUNTRY") || s.ner(c).equals("NATIONALITY")) && s.nerRun(c)[1] < to
                        && allNameWords(s, s.nerRun(c)[1], to)) {
                    // "Chair of UK Sport", "Chief of the Danish Army": a country's name and nouns after it name an organisation.
                    String name = s.text(c, to);
                    org = Optional.of(article.known(name).orElseGet(() -> Entity.of(EntityKind.ORGANIZATION, name)));
                    roleTo = k;
                } else if (c < to && ORG_NER.contains(s.ner(c)) && s.nerRun(c)[1] >= to) {
                    Optional<Entity> led = countryLed(article, s, c);
                    if (led.isPresent()) {
                        // "Co-Chair of the U.S. Senate NATO Observer Group": the country's, the body in the office.
                        org = org.or(() -> led);
                        break;
                    }
                    Optional<Entity> named = agent(article, s, c).filter(e -> !body(article, e));
                    if (named.isPresent()) {
                        if (org.isEmpty()) {
                            org = named;
                        }
                        roleTo = k;
                    }
                }
                break;
            }
        }
        if (org.isEmpty()) {
            for (int k = head + 1; k < roleTo; k++) {
                if (ORG_NER.contains(s.ner(k)) && Set.of("of", "at", "the").contains(s.lower(k - 1))) {
                    int at = k;
                    org = possessor(article, s, at).or(() -> agent(article, s, at).filter(e -> !stateService(article, e)));
                    break;
                }
            }
        }
        // "Chief Pentagon Spokesman", "Interim NDU President": an organisation's name inside the office is whose it is.
        int gapFrom = -1;
        int gapTo = -1;
        for (int k = roleFrom + 1; org.isEmpty() && k < head; k++) {
            Optional<Entity> inner = article.acronym(s.word(k));
            int end = k + 1;
            if (inner.isEmpty() && ORG_NER.contains(s.ner(k))) {
                end = s.nerRun(k)[1];
                inner = end <= head ? agent(article, s, k).filter(e -> !body(article, e)) : Optional.empty();
            } else if (inner.isEmpty() && s.ner(k).equals("O")) {
                inner = article.entityAt(s, k).filter(e -> e.kind() == EntityKind.ORGANIZATION);
            }
            if (inner.isPresent()) {
                org = inner;
                gapFrom = k;
                gapTo = end < head && s.tag(end).equals("POS") ? end + 1 : end;
            }
        }
        // "then-President": the hyphen belongs to the status word before it.
        while (roleFrom < head && (s.tag(roleFrom).equals("HYPH") || cues.former().contains(s.lower(roleFrom)))) {
            roleFrom++;
        }
        if (roleFrom > head) {
            roleFrom = head;
        }
        return new OfficePhrase(from, to, head, label(s, roleFrom, head, roleTo, gapFrom, gapTo), org, status);
    }

    /**
     * "Assistant Chief Capability for the Orlan Defence Force": a "for" complement names whose office
     * it is when it is an organisation's name, not a country's, a people's or a place's ("Envoy for
     * the Arctic", "Secretary for African Affairs").
     */
    private static boolean organisationFor(ParsedSentence s, int c, int to) {
        return c < to && s.ner(c).equals("ORGANIZATION");
    }

    /**
     * "House Foreign Affairs Committee": a body of a larger organisation that the gazetteer does not
     * know as an organisation of its own is part of the office ("Chairman of the ... Committee"),
     * and the organisation is the one whose body it is.
     */
    private boolean body(ParsedArticle article, Entity e) {
        return e.kind() == EntityKind.ORGANIZATION && article.known(e.label()).isEmpty()
                && Arrays.stream(e.label().toLowerCase(java.util.Locale.ROOT).split("\\s+")).anyMatch(cues.bodies()::contains)
                || stateService(article, e);
    }

    /**
     * "Chief of the Defence Force", "Secretary of the Navy": a name the gazetteer does not know that
     * starts with a word only a state's offices have names a service of the state by common nouns; it
     * is part of the office, which is the country's.
     */
    private boolean stateService(ParsedArticle article, Entity e) {
        String[] words = e.label().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return e.kind() == EntityKind.ORGANIZATION && article.known(e.label()).isEmpty() && words.length <= 2
                && cues.national().contains(words[0]);
    }

    /**
     * The country whose department or legislature an organisation's name at {@code k} names by
     * starting with the country's name ("US Homeland Security", "U.S. Senate NATO Observer
     * Group"), when the gazetteer does not know the name as an organisation of its own.
     */
    private Optional<Entity> countryLed(ParsedArticle article, ParsedSentence s, int k) {
        int[] run = s.nerRun(k);
        if (!s.ner(k).equals("ORGANIZATION") || run[0] != k || run[1] - k < 2 || article.known(s.text(k, run[1])).isPresent()) {
            return Optional.empty();
        }
        Optional<Entity> country = article.known(s.word(k)).filter(e -> e.kind() == EntityKind.COUNTRY);
        boolean government = false;
        for (int j = k + 1; j < run[1]; j++) {
            String w = s.lower(j);
            government |= LEGISLATURES.contains(w) || cues.bodies().contains(w) || cues.national().contains(w) || cues.modifiers().contains(w);
        }
        return government ? country : Optional.empty();
    }

    /**
     * Whether token {@code k} names a country or organisation: tagged so, or a place the gazetteer
     * knows as one ("the EU’s", which the tagger may take for a location).
     */
    private static boolean namesAgent(ParsedArticle article, ParsedSentence s, int k) {
        return ORG_NER.contains(s.ner(k)) || PLACE_NER.contains(s.ner(k)) && article.entityAt(s, k)
                .filter(e -> e.kind() == EntityKind.COUNTRY || e.kind() == EntityKind.ORGANIZATION).isPresent();
    }

    /**
     * "members of the Aster Trust's Board of Governors": the organisation named before a "'s"
     * inside the name that starts at {@code k} owns the body after it.
     */
    private static Optional<Entity> possessor(ParsedArticle article, ParsedSentence s, int k) {
        for (int p = k + 1; p < s.nerRun(k)[1]; p++) {
            if (s.tag(p).equals("POS")) {
                String name = s.text(k, p);
                return Optional.of(article.known(name).orElseGet(() -> Entity.of(EntityKind.ORGANIZATION, name)));
            }
        }
        return Optional.empty();
    }

    /** The "of" or "at" between {@code head} and {@code to} that a country's legislature ends the office after, else -1. */
    private static int legislatureAfter(ParsedSentence s, int head, int to) {
        for (int k = head + 1; k + 1 < to; k++) {
            int c = s.lower(k + 1).equals("the") ? k + 2 : k + 1;
            if ((s.lower(k).equals("of") || s.lower(k).equals("at")) && c < to && legislatureEnd(s, c) == to) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The end of a legislature's name that starts with its country's at {@code k} ("US House of
     * Representatives": a country's name, then a name led by a legislature word), or -1.
     */
    static int legislatureEnd(ParsedSentence s, int k) {
        if (!s.ner(k).equals("COUNTRY") || s.nerRun(k)[0] != k) {
            return -1;
        }
        int r = s.nerRun(k)[1];
        return r < s.size() && s.ner(r).equals("ORGANIZATION") && LEGISLATURES.contains(s.lower(r)) ? s.nerRun(r)[1] : -1;
    }

    /** Whether a "to" stands between the office's head and token {@code k}. */
    private static boolean destination(ParsedSentence s, int head, int k) {
        for (int j = head + 1; j < k; j++) {
            if (s.lower(j).equals("to")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tokens {@code [from, to)} are capitalised nouns that no entity claims. */
    private static boolean allNameWords(ParsedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!s.tag(k).startsWith("NN") || !Character.isUpperCase(s.word(k).charAt(0))
                    || !Set.of("O", "ORGANIZATION", "MISC", "LOCATION").contains(s.ner(k))) {
                return false;
            }
        }
        return from < to;
    }

    /** Where a name ending in the entity run starting at {@code runStart} begins: "Sport England" over "England". */
    static int nameStart(ParsedSentence s, int runStart) {
        int k = runStart;
        while (k > 0 && s.tag(k - 1).startsWith("NN") && NAME_PARTS.contains(s.ner(k - 1)) && Character.isUpperCase(s.word(k - 1).charAt(0))) {
            k--;
        }
        return k;
    }

    /**
     * The country or organisation named at {@code k}; an organisation only when the gazetteer knows
     * it or its name is a proper name of several capitalised words ("New Zealand Army"; a lone
     * "Board" is no organisation).
     */
    private static Optional<Entity> agent(ParsedArticle article, ParsedSentence s, int k) {
        Optional<Entity> defined = article.acronym(s.word(k));
        if (defined.isPresent()) {
            return defined;
        }
        return article.entityAt(s, k).filter(e -> e.kind() == EntityKind.COUNTRY
                || e.kind() == EntityKind.ORGANIZATION && (article.known(e.label()).isPresent() || properName(e.label())));
    }

    /**
     * The country or organisation named at {@code k}, an office's head at {@code head} after it:
     * where the tagger ran the name on into the office ("Federal Reserve Chair"), the words
     * before the head.
     */
    private static Optional<Entity> agentBefore(ParsedArticle article, ParsedSentence s, int k, int head) {
        if (s.nerRun(k)[1] <= head || !s.ner(k).equals("ORGANIZATION")) {
            return agent(article, s, k);
        }
        String name = s.text(s.nerRun(k)[0], head);
        return article.known(name).or(() -> properName(name) ? Optional.of(Entity.of(EntityKind.ORGANIZATION, name)) : Optional.empty());
    }

    private static boolean properName(String label) {
        String[] words = label.split("\\s+");
        return words.length >= 2 && Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.charAt(0)));
    }

    /** The words of {@code [from, to)} but those of {@code [gapFrom, gapTo)}, the head in the singular. */
    private String label(ParsedSentence s, int from, int head, int to, int gapFrom, int gapTo) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k >= gapFrom && k < gapTo) {
                continue;
            }
            String w = k == head ? singular(s, k) : s.word(k);
            boolean glue = out.length() == 0 || s.tag(k).equals("POS") || w.equals(",") || w.startsWith("-")
                    || out.charAt(out.length() - 1) == '-';
            out.append(glue ? "" : " ").append(w);
        }
        // "then-President" tokenised as "then" "-President": the hyphen is the status word's.
        return out.toString().replaceFirst("^-+", "");
    }

    /** "Senators" as "Senator", "Co-Chairs" as "Co-Chair". */
    String singular(ParsedSentence s, int i) {
        String w = s.word(i);
        return plural(s, i) && w.length() > 3 && (w.endsWith("s") || w.endsWith("S")) && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    private static boolean capitalised(ParsedSentence s, int k) {
        String w = s.word(k);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !s.tag(k).equals("PRP") && !s.tag(k).startsWith("VB")
                && !s.tag(k).equals("DT") && !s.tag(k).equals("IN") && !s.tag(k).equals("CC");
    }
}
