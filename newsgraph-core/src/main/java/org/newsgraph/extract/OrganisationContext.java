package org.newsgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;

/**
 * Whose office an office is when its own words do not say: the country of the department it heads
 * when the article names one ("U.S. Department of State"), the one country or organisation its
 * sentence names, else the country (for offices only states have) or organisation the article
 * names most: the country a seat of government it names before any country speaks for ("the
 * Pentagon") first, and a
 * country counted only where it is no preposition's object ("support for Ukraine").
 */
final class OrganisationContext {

    /** Words of offices only a state has: never an organisation's by default. */
    private static final Set<String> STATE_ONLY = Set.copyOf(CueWords.lines("state-offices"));
    /** Domain suffixes of national governments' web sites, each with the country that publishes there. */
    private static final List<String[]> GOVERNMENT_DOMAINS = CueWords.lines("government-domains").stream()
            .map(line -> line.split("\t")).filter(parts -> parts.length == 2).toList();
    private static final Set<String> LEGISLATURES = Set.copyOf(CueWords.lines("legislature-words"));
    private static final Set<String> LIST_GLUE = Set.of(",", "and", "or", "the");
    private static final Set<String> OBJECT_LEADS = Set.of("for", "to", "in", "into", "against", "on", "with", "toward", "towards", "about", "over");

    private final ParsedArticle article;
    private final OfficeFinder offices;
    private final Set<String> national;
    private final Set<String> bodies;
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<String, Integer> objects = new HashMap<>();
    /** Countries the article names as another office's own ("Estonian Minister of Defence"): foreign to bare titles. */
    private final Set<String> qualifying = new HashSet<>();
    /** The country a seat of government the article names speaks for ("the Pentagon"): the publisher's own. */
    private Optional<Entity> home = Optional.empty();
    /** The country whose government's web site published the article ("www.gov.uk"): its own offices are that country's. */
    private final Optional<Entity> publisher;
    /** The countries of the departments the article names ("U.S. Department of State"), for their heads' offices. */
    private final Departments departments;
    /** Whether the article has named a country as an agent: a seat of government named after it is no publisher's. */
    private boolean countryNamed;

    OrganisationContext(ParsedArticle article, OfficeFinder offices) {
        this(article, offices, CueWords.bundled().national(), CueWords.bundled().bodies());
    }

    OrganisationContext(ParsedArticle article, OfficeFinder offices, Set<String> national, Set<String> bodies) {
        this.article = article;
        this.offices = offices;
        this.national = national;
        this.bodies = bodies;
        this.publisher = publisher(article);
        this.departments = new Departments(article);
        for (ParsedSentence s : article.sentences()) {
            for (Entity e : agents(s, false)) {
                counts.merge(e.key(), 1, Integer::sum);
                entities.put(e.key(), e);
            }
            // A country named only as an object ("support for Ukraine") is whose office a title is only when no other is named.
            for (Entity e : agents(s, true)) {
                objects.merge(e.key(), 1, Integer::sum);
            }
            if (home.isEmpty() && !countryNamed) {
                home = seatOfGovernment(s);
            }
            for (OfficePhrase p : offices.find(article, s)) {
                // A demonym marks a foreign office ("Estonian Minister"); a country's name may be the home one's ("U.S. Senator").
                if (s.ner(p.from()).equals("NATIONALITY")) {
                    p.organization().filter(e -> e.kind() == EntityKind.COUNTRY).ifPresent(e -> qualifying.add(e.key()));
                }
            }
        }
        // "Wikimedia" and "Wikimedia Foundation" are one organisation: the fuller name takes the count.
        for (Entity shorter : List.copyOf(entities.values())) {
            for (Entity longer : entities.values()) {
                if (longer.label().startsWith(shorter.label() + " ") && longer.kind() == shorter.kind() && counts.containsKey(shorter.key())) {
                    counts.merge(longer.key(), counts.remove(shorter.key()), Integer::sum);
                }
            }
        }
    }

    /** The organisation of {@code office} in {@code s} when the phrase names none. */
    Optional<Entity> organisationFor(ParsedSentence s, OfficePhrase office) {
        if (office.organization().isPresent()) {
            return office.organization();
        }
        Optional<Entity> body = namedInFull(office);
        if (body.isPresent()) {
            return body;
        }
        Optional<Entity> department = departments.countryOf(office.role());
        if (department.isPresent()) {
            return department;
        }
        Optional<Entity> named = most(EntityKind.COUNTRY, true).or(() -> most(EntityKind.COUNTRY, false)).or(this::mostObject);
        // "The Japanese prime minister" in an article about Japan: a country named twice as often as
        // any other is the article's own even where a demonym marks its offices.
        Optional<Entity> any = most(EntityKind.COUNTRY, false);
        Optional<Entity> country = named.isPresent() && any.isPresent() && counts.containsKey(named.get().key())
                && count(any.get()) >= 2 * count(named.get()) ? any : named;
        Optional<Entity> organisation = most(EntityKind.ORGANIZATION, false);
        List<String> words = List.of(office.role().toLowerCase(Locale.ROOT).split("[\\s-]+"));
        if (words.stream().anyMatch(STATE_ONLY::contains)) {
            return home.or(() -> publisher).or(() -> soleCountry(s)).or(() -> country);
        }
        // "House Armed Services Committee Chairman": an office in a legislature is its state's.
        boolean state = words.stream().anyMatch(w -> national.contains(w) || LEGISLATURES.contains(w));
        Optional<Entity> sole = state ? Optional.empty() : soleOrganisation(s);
        if (sole.isPresent()) {
            return sole;
        }
        if (state || organisation.isEmpty()) {
            return home.or(() -> publisher).or(() -> country).or(() -> organisation);
        }
        if (country.isEmpty()) {
            return organisation;
        }
        // The country may be one the article names only as an object, which the counts leave out.
        return count(organisation.get()) >= count(country.get()) ? organisation : country;
    }

    /**
     * "At the Aster Council, the race to succeed Ola Dahl, secretary-general since 2019, ...": the
     * one organisation a sentence names outside its office phrases, where it names no country.
     */
    private Optional<Entity> soleOrganisation(ParsedSentence s) {
        List<OfficePhrase> phrases = offices.find(article, s);
        java.util.Set<Entity> named = new java.util.LinkedHashSet<>();
        for (int i = 0; i < s.size(); i++) {
            int at = i;
            boolean start = i == 0 || !s.ner(i - 1).equals(s.ner(i));
            if (!start || phrases.stream().anyMatch(p -> p.covers(at))) {
                continue;
            }
            if (s.ner(i).equals("COUNTRY") || s.ner(i).equals("NATIONALITY")) {
                return Optional.empty();
            }
            if (s.ner(i).equals("ORGANIZATION")) {
                article.entityAt(s, i).filter(e -> e.kind() == EntityKind.ORGANIZATION && !isBody(e)).ifPresent(named::add);
            }
        }
        return named.size() == 1 ? named.stream().findFirst() : Optional.empty();
    }

    /**
     * "The United States commends Orlan for its plan, Secretary of Defense Ana Holt said": the one
     * country a sentence names as an agent that the article does not mark as foreign by a demonym
     * ("Orlanian Defence Minister ...").
     */
    private Optional<Entity> soleCountry(ParsedSentence s) {
        List<Entity> named = agents(s, false).stream().filter(e -> e.kind() == EntityKind.COUNTRY && !qualifying.contains(e.key()))
                .distinct().toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /**
     * The country whose national government published the article, by its web address's host
     * ("https://www.gov.uk/..." is the United Kingdom's): a government's own press release need
     * not name its country.
     */
    static Optional<Entity> publisher(ParsedArticle article) {
        Optional<String> host = article.article().metadata().url()
                .map(url -> url.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("[/:?#].*$", "").toLowerCase(Locale.ROOT));
        if (host.isEmpty()) {
            return Optional.empty();
        }
        for (String[] domain : GOVERNMENT_DOMAINS) {
            if (host.get().equals(domain[0]) || host.get().endsWith("." + domain[0])) {
                return Optional.of(country(article, domain[1]));
            }
        }
        return Optional.empty();
    }

    /**
     * The country {@code words} name, written in any case ("united kingdom", "UNITED STATES"): the
     * gazetteer's, else one of that name in title case.
     */
    static Entity country(ParsedArticle article, String words) {
        String name = titleCase(words);
        return article.known(name).filter(e -> e.kind() == EntityKind.COUNTRY).orElseGet(() -> Entity.of(EntityKind.COUNTRY, name));
    }

    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.trim().split("\\s+")) {
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /**
     * "Chief of Army": the body an office heads, named bare, is the one the article names in full
     * with a country's or organisation's name before it ("the Royal Danish Army"), the most named
     * if several.
     */
    private Optional<Entity> namedInFull(OfficePhrase office) {
        String role = office.role();
        int of = role.lastIndexOf(" of ");
        if (of < 0) {
            return Optional.empty();
        }
        List<String> body = List.of(role.substring(of + 4).replaceFirst("^the ", "").split(" "));
        if (body.stream().anyMatch(w -> w.isEmpty() || !Character.isUpperCase(w.charAt(0)))) {
            return Optional.empty();
        }
        Map<String, Integer> found = new HashMap<>();
        for (ParsedSentence s : article.sentences()) {
            for (int k = 1; k + body.size() <= s.size(); k++) {
                if (!matches(s, k, body)) {
                    continue;
                }
                int j = k;
                boolean named = false;
                while (j > 0 && (s.tag(j - 1).startsWith("NNP") || s.tag(j - 1).equals("JJ")) && Character.isUpperCase(s.word(j - 1).charAt(0))) {
                    j--;
                    named |= Set.of("COUNTRY", "NATIONALITY", "ORGANIZATION").contains(s.ner(j));
                }
                // "NATO Defense Ministers": the words must end the name.
                boolean ends = k + body.size() >= s.size() || !(s.tag(k + body.size()).startsWith("NNP")
                        && Character.isUpperCase(s.word(k + body.size()).charAt(0)));
                if (named && ends) {
                    found.merge(s.text(j, k + body.size()), 1, Integer::sum);
                }
            }
        }
        return found.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .map(name -> article.known(name).orElseGet(() -> Entity.of(EntityKind.ORGANIZATION, name)));
    }

    private static boolean matches(ParsedSentence s, int k, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!s.word(k + i).equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The country the article names most, counting those named as a preposition's object, first named on a tie. */
    private Optional<Entity> mostObject() {
        Entity best = null;
        for (ParsedSentence s : article.sentences()) {
            for (Entity e : agents(s, true)) {
                if (e.kind() == EntityKind.COUNTRY && (best == null || objects.getOrDefault(e.key(), 0) > objects.getOrDefault(best.key(), 0))) {
                    best = e;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** How often the article names {@code e} as an agent (0 when only as an object). */
    private int count(Entity e) {
        return counts.getOrDefault(e.key(), 0);
    }

    /** The entity of this kind the article names most, first named on a tie; {@code home} leaves out qualifying countries. */
    private Optional<Entity> most(EntityKind kind, boolean home) {
        Entity best = null;
        for (ParsedSentence s : article.sentences()) {
            for (Entity e : agents(s, false)) {
                if (e.kind() == kind && counts.containsKey(e.key()) && !(home && qualifying.contains(e.key()))
                        && (best == null || counts.get(e.key()) > counts.get(best.key()))) {
                    best = e;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The countries and organisations {@code s} names, with or without countries that are a preposition's object. */
    private List<Entity> agents(ParsedSentence s, boolean objects) {
        List<Entity> out = new java.util.ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String ner = s.ner(i);
            boolean start = i == 0 || !s.ner(i - 1).equals(ner);
            int nameStart = start ? OfficeFinder.nameStart(s, i) : i;
            int chamber = start ? OfficeFinder.legislatureEnd(s, i) : -1;
            if (chamber > i) {
                // "the US House of Representatives": a country's legislature is an organisation of its own, and names its country.
                String name = s.text(i, chamber);
                out.add(article.known(name).orElseGet(() -> Entity.of(EntityKind.ORGANIZATION, name)));
                article.entityAt(s, i).filter(e -> e.kind() == EntityKind.COUNTRY).ifPresent(out::add);
                i = chamber - 1;
            } else if (start && ner.equals("COUNTRY") && nameStart < i) {
                // "Sport England": an organisation whose name ends in a country's.
                out.add(Entity.of(EntityKind.ORGANIZATION, s.text(nameStart, s.nerRun(i)[1])));
            } else if (start && (ner.equals("COUNTRY") || ner.equals("ORGANIZATION") || ner.equals("NATIONALITY"))
                    && (objects || !(ner.equals("COUNTRY") && (object(s, i) || listed(s, i))))) {
                article.entityAt(s, i).filter(e -> e.kind() == EntityKind.COUNTRY || e.kind() == EntityKind.ORGANIZATION)
                        .filter(e -> !isBody(e)).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The country a seat of government named in {@code s} speaks for ("the Pentagon", however the
     * tagger marks it), when the article has named no country as an agent before it.
     */
    private Optional<Entity> seatOfGovernment(ParsedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.ner(i).equals("COUNTRY") && !object(s, i)) {
                countryNamed = true;
                return Optional.empty();
            }
            if (Character.isUpperCase(s.word(i).charAt(0)) && (i == 0 || s.ner(i).equals("O") || !s.ner(i - 1).equals(s.ner(i)))) {
                String text = s.ner(i).equals("O") ? s.word(i) : s.text(i, s.nerRun(i)[1]);
                Optional<Entity> country = article.known(text).flatMap(article.gazetteer()::speaksFor).filter(c -> c.kind() == EntityKind.COUNTRY);
                if (country.isPresent()) {
                    return country;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "members including Norway, Chile and Peru": a country in a list of three or more countries'
     * names (commas, "and", "or" between them) is one the article enumerates, not its own.
     */
    private static boolean listed(ParsedSentence s, int i) {
        int count = 1;
        for (int k = s.nerRun(i)[0] - 1; k >= 0; k--) {
            if (s.ner(k).equals("COUNTRY")) {
                count++;
                k = s.nerRun(k)[0];
            } else if (!LIST_GLUE.contains(s.lower(k))) {
                break;
            }
        }
        for (int k = s.nerRun(i)[1]; k < s.size(); k++) {
            if (s.ner(k).equals("COUNTRY")) {
                count++;
                k = s.nerRun(k)[1] - 1;
            } else if (!LIST_GLUE.contains(s.lower(k))) {
                break;
            }
        }
        return count >= 3;
    }

    /** "support for Ukraine", "troops in the Baltics": a country as a preposition's object is talked about, not speaking. */
    private static boolean object(ParsedSentence s, int i) {
        int k = i > 0 && s.lower(i - 1).equals("the") ? i - 2 : i - 1;
        return k >= 0 && OBJECT_LEADS.contains(s.lower(k));
    }

    /** "Board of Trustees", "Military Committee": a body of a larger organisation. */
    private boolean isBody(Entity e) {
        return List.of(e.label().toLowerCase(Locale.ROOT).split("\\s+")).stream().anyMatch(bodies::contains);
    }
}
