package org.newsgraph.extract;

import java.util.Objects;
import java.util.Optional;
import org.newsgraph.nlp.Entity;

/**
 * An office: the role in plain words ("Secretary General") and, when known, the organisation or
 * country whose office it is.
 */
public record Office(String role, Optional<Entity> organization) {

    public Office {
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("an office needs a role");
        }
        Objects.requireNonNull(organization, "organization");
    }

    /** "Secretary General of NATO", or the bare role when the organisation is unknown. */
    public String label() {
        return organization.map(org -> role + " of " + org.label()).orElse(role);
    }

    public String key() {
        return org.newsgraph.nlp.Text.fold(role) + "@" + organization.map(Entity::key).orElse("");
    }
}
