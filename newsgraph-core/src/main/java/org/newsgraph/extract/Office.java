package org.newsgraph.extract;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.RecordSerialForm;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.Text;

/**
 * An office: the role in plain words ("Secretary General"), the organisation or country whose
 * office it is when known, and its Wikidata position item when the gazetteer knows it.
 */
public record Office(String role, Optional<Entity> organization, Optional<String> wikidata) implements Serializable {

    public Office {
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("an office needs a role");
        }
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(wikidata, "wikidata");
    }

    /** Written as its {@link RecordSerialForm}, since Java serialisation cannot write an Optional. */
    @Serial
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }

    public Office(String role, Optional<Entity> organization) {
        this(role, organization, Optional.empty());
    }

    /** "Secretary General of NATO", or the bare role when the organisation is unknown. */
    public String label() {
        return organization.map(org -> role + " of " + org.label()).orElse(role);
    }

    /** The identity of the office: its folded role and its organisation's key. */
    public String key() {
        return Text.fold(role) + "@" + organization.map(Entity::key).orElse("");
    }

    public Office withWikidata(Optional<String> id) {
        return new Office(role, organization, id);
    }
}
