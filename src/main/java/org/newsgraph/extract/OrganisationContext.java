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
 * Whose office an office is when its own words do not say: the one country or organisation its
 * sentence names, else the country (for offices only states have) or organisation the article
 * names most.
 */
final class OrganisationContext {

    private final ParsedArticle article;
    private final Set<String> national;
    private final Set<String> bodies;
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, Entity> entities = new HashMap<>();
    /** Countries the article names as another office's own ("Estonian Minister of Defence"): foreign to bare titles. */
    private final Set<String> qualifying = new HashSet<>();

    OrganisationContext(ParsedArticle article, OfficeFinder offices) {
        this(article, offices, CueWords.bundled().national(), CueWords.bundled().bodies());
    }

    OrganisationContext(ParsedArticle article, OfficeFinder offices, Set<String> national, Set<String> bodies) {
        this.article = article;
        this.national = national;
        this.bodies = bodies;
        for (ParsedSentence s : article.sentences()) {
            for (Entity e : agents(s, -1, -1)) {
                counts.merge(e.key(), 1, Integer::sum);
                entities.put(e.key(), e);
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
        Optional<Entity> country = most(EntityKind.COUNTRY, true).or(() -> most(EntityKind.COUNTRY, false));
        Optional<Entity> organisation = most(EntityKind.ORGANIZATION, false);
        boolean state = List.of(office.role().toLowerCase(Locale.ROOT).split("[\\s-]+")).stream().anyMatch(national::contains);
        if (state || organisation.isEmpty()) {
            return country.or(() -> organisation);
        }
        if (country.isEmpty()) {
            return organisation;
        }
        return counts.get(organisation.get().key()) >= counts.get(country.get().key()) ? organisation : country;
    }

    /** The entity of this kind the article names most, first named on a tie; {@code home} leaves out qualifying countries. */
    private Optional<Entity> most(EntityKind kind, boolean home) {
        Entity best = null;
        for (ParsedSentence s : article.sentences()) {
            for (Entity e : agents(s, -1, -1)) {
                if (e.kind() == kind && counts.containsKey(e.key()) && !(home && qualifying.contains(e.key()))
                        && (best == null || counts.get(e.key()) > counts.get(best.key()))) {
                    best = e;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The countries and organisations {@code s} names outside the tokens {@code [skipFrom, skipTo)}. */
    private List<Entity> agents(ParsedSentence s, int skipFrom, int skipTo) {
        List<Entity> out = new java.util.ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String ner = s.ner(i);
            boolean start = i == 0 || !s.ner(i - 1).equals(ner);
            int nameStart = start ? OfficeFinder.nameStart(s, i) : i;
            if (start && ner.equals("COUNTRY") && nameStart < i) {
                // "Sport England": an organisation whose name ends in a country's.
                out.add(Entity.of(EntityKind.ORGANIZATION, s.text(nameStart, s.nerRun(i)[1])));
            } else if (start && (i < skipFrom || i >= skipTo) && (ner.equals("COUNTRY") || ner.equals("ORGANIZATION") || ner.equals("NATIONALITY"))) {
                article.entityAt(s, i).filter(e -> e.kind() == EntityKind.COUNTRY || e.kind() == EntityKind.ORGANIZATION)
                        .filter(e -> !isBody(e)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** "Board of Trustees", "Military Committee": a body of a larger organisation. */
    private boolean isBody(Entity e) {
        return List.of(e.label().toLowerCase(Locale.ROOT).split("\\s+")).stream().anyMatch(bodies::contains);
    }
}
