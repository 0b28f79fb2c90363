package org.newsgraph.nlp;

import java.util.Locale;

/** The kinds of entity NewsGraph tells apart. */
public enum EntityKind {
    PERSON, ORGANIZATION, COUNTRY, GROUP, PLACE, OFFICE;

    /** Whether an entity of this kind can act: hold a position, endorse, pledge. */
    public boolean isAgent() {
        return this != PLACE && this != OFFICE;
    }

    /** Parses the kind column of a gazetteer ("person", "organization", "country", "city", "group", "office"). */
    public static EntityKind parse(String word) {
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "person" -> PERSON;
            case "organization", "organisation" -> ORGANIZATION;
            case "country" -> COUNTRY;
            case "group" -> GROUP;
            case "city", "place" -> PLACE;
            case "office", "position" -> OFFICE;
            default -> throw new IllegalArgumentException("unknown entity kind '" + word
                    + "': use person, organization, country, group, city or office");
        };
    }
}
