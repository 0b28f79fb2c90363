package org.newsgraph.extract;

import java.util.HashMap;
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
    private Entity country;
    private Entity organisation;

    OrganisationContext(ParsedArticle article) {
        this(article, CueWords.bundled().national(), CueWords.bundled().bodies());
    }

    OrganisationContext(ParsedArticle article, Set<String> national, Set<String> bodies) {
        this.article = article;
        this.national = national;
        this.bodies = bodies;
        for (ParsedSentence s : article.sentences()) {
            for (Entity e : agents(s, -1, -1)) {
                int n = counts.merge(e.key(), 1, Integer::sum);
                entities.put(e.key(), e);
                if (e.kind() == EntityKind.COUNTRY && (country == null || n > counts.get(country.key()))) {
                    country = e;
                }
                if (e.kind() == EntityKind.ORGANIZATION && (organisation == null || n > counts.get(organisation.key()))) {
                    organisation = e;
                }
            }
        }
    }

    /** The organisation of {@code office} in {@code s} when the phrase names none. */
    Optional<Entity> organisationFor(ParsedSentence s, OfficePhrase office) {
        if (office.organization().isPresent()) {
            return office.organization();
        }
        // The sentence's other names are as often a counterpart's as the holder's: the article decides.
        boolean state = List.of(office.role().toLowerCase(Locale.ROOT).split("[\\s-]+")).stream().anyMatch(national::contains);
        if (state || organisation == null) {
            return Optional.ofNullable(country).or(() -> Optional.ofNullable(organisation));
        }
        if (country == null) {
            return Optional.of(organisation);
        }
        return Optional.of(counts.get(organisation.key()) >= counts.get(country.key()) ? organisation : country);
    }

    /** The countries and organisations {@code s} names outside the tokens {@code [skipFrom, skipTo)}. */
    private List<Entity> agents(ParsedSentence s, int skipFrom, int skipTo) {
        List<Entity> out = new java.util.ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String ner = s.ner(i);
            boolean start = i == 0 || !s.ner(i - 1).equals(ner);
            if (start && (i < skipFrom || i >= skipTo) && (ner.equals("COUNTRY") || ner.equals("ORGANIZATION") || ner.equals("NATIONALITY"))) {
                article.entityAt(s, i).filter(e -> e.kind() == EntityKind.COUNTRY || e.kind() == EntityKind.ORGANIZATION)
                        .filter(e -> !isBody(e)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** "Board of Trustees", "Military Committee": a body of a larger organisation. */
    private boolean isBody(Entity e) {
        String[] words = e.label().toLowerCase(Locale.ROOT).split("\\s+");
        return bodies.contains(words[0]) || bodies.contains(words[words.length - 1]);
    }
}
