package org.newsgraph.nlp;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.RecordSerialForm;

/**
 * A real-world thing as the pipeline knows it: its kind, its preferred label and, where the
 * gazetteer knows it, its Wikidata id. Two entities are the same thing when their {@link #key()}s are.
 */
public record Entity(EntityKind kind, String label, Optional<String> wikidata) implements Serializable {

    public Entity {
        Objects.requireNonNull(kind, "kind");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("an entity needs a label");
        }
        Objects.requireNonNull(wikidata, "wikidata");
    }

    /** Written as its {@link RecordSerialForm}, since Java serialisation cannot write an Optional. */
    @Serial
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }

    public static Entity of(EntityKind kind, String label) {
        return new Entity(kind, label, Optional.empty());
    }

    /** The identity of the entity: its Wikidata id where known, else its kind and folded label. */
    public String key() {
        return wikidata.orElseGet(() -> kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + Text.fold(label));
    }

    public boolean sameAs(Entity other) {
        return key().equals(other.key());
    }
}
