package org.newsgraph.extract;

import java.util.Objects;
import java.util.Optional;
import org.newsgraph.extract.Values.HoldingStatus;
import org.newsgraph.nlp.Entity;

/**
 * An office named in a sentence: its tokens {@code [from, to)}, its head word, the role in plain
 * words, the organisation or country its own words name, and the status its own words give
 * ("former", "next", "-designate").
 */
record OfficePhrase(int from, int to, int head, String role, Optional<Entity> organization, Optional<HoldingStatus> status) {

    OfficePhrase {
        if (from < 0 || from > head || head >= to) {
            throw new IllegalArgumentException("an office phrase needs from <= head < to, but was: " + from + ", " + head + ", " + to);
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(status, "status");
    }

    boolean covers(int token) {
        return token >= from && token < to;
    }

    /** Whose office: the phrase's own organisation, else {@code fallback}. */
    Office office(Optional<Entity> fallback) {
        return new Office(role, organization.or(() -> fallback));
    }
}
