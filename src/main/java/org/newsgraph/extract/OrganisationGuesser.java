package org.newsgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.Mention;

/**
 * Gives an office named without its organisation the one the context makes plain: the only
 * country the sentence names, for offices of a country ("Prime Minister Ola Dahl told Norway's
 * parliament"); the only organisation it names, for offices of an organisation ("the race to
 * succeed the secretary-general at the United Nations"); and, for offices that only countries
 * have, the country an article is plainly about (named most, at least twice, more than any other).
 */
final class OrganisationGuesser {

    /** Offices only a country has. */
    private static final Pattern NATIONAL = Pattern.compile(
            "(?i)^(?:deputy |first )?(?:prime minister|chancellor|premier|(?:\\w+ )?minister(?: .*)?|(?:\\w+ )?secretary|secretary of .*|senator|"
                    + "chief of (?:the )?defen[cs]e(?: staff)?)$");
    /** Offices only an organisation has. */
    private static final Pattern ORGANISATIONAL = Pattern.compile(
            "(?i)^(?:secretary general|director general|managing director|chief executive|ceo|chair(?:man|woman|person)?|governor|commissioner|.* chief)$");
    /** Offices of countries and organisations alike: the article's country is the only fallback. */
    private static final Pattern EITHER = Pattern.compile("(?i)^(?:vice )?president$");
    private static final Set<EntityKind> ORGANISATIONS = Set.of(EntityKind.ORGANIZATION);

    private final ArticleView view;
    private final Optional<Entity> dominantCountry;

    OrganisationGuesser(ArticleView view) {
        this.view = view;
        this.dominantCountry = view.dominant(EntityKind.COUNTRY);
    }

    RoleHolding complete(RoleHolding role) {
        if (role.office().organization().isPresent()) {
            return role;
        }
        String name = role.office().role();
        String head = name.replaceFirst("(?i)^(?:senior |first )?(?:deputy|vice|assistant|associate|under)[ -]?", "");
        boolean national = NATIONAL.matcher(head).matches();
        boolean organisational = ORGANISATIONAL.matcher(head).matches();
        Optional<SentenceView> sentence = view.sentences().stream()
                .filter(s -> s.sentence().span().equals(role.evidence().sentence())).findFirst();
        Optional<Entity> guess = Optional.empty();
        if (sentence.isPresent()) {
            List<Mention> others = sentence.get().mentions().stream().filter(m -> !m.entity().sameAs(role.person())).toList();
            if (national) {
                guess = only(others, Set.of(EntityKind.COUNTRY));
            } else if (organisational) {
                guess = only(others, ORGANISATIONS);
            }
        }
        if (guess.isEmpty() && (national || EITHER.matcher(head).matches())) {
            guess = dominantCountry;
        }
        return guess.map(org -> role.withOffice(new Office(name, Optional.of(org), role.office().wikidata()))).orElse(role);
    }

    /** The one entity of these kinds among the mentions, if there is exactly one. */
    private static Optional<Entity> only(List<Mention> mentions, Set<EntityKind> kinds) {
        List<Entity> found = mentions.stream().filter(m -> kinds.contains(m.kind())).map(Mention::entity)
                .collect(java.util.stream.Collectors.toMap(Entity::key, e -> e, (a, b) -> a, java.util.LinkedHashMap::new))
                .values().stream().toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
