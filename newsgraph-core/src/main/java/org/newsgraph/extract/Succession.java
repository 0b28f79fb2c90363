package org.newsgraph.extract;

import java.io.Serial;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.newsgraph.RecordSerialForm;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.PartialDate;

/** One person follows another in an office. */
public record Succession(Entity successor, Entity predecessor, Optional<Office> office, Optional<PartialDate> date,
                         Evidence evidence) implements Fact {

    public Succession {
        Objects.requireNonNull(successor, "successor");
        Objects.requireNonNull(predecessor, "predecessor");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evidence, "evidence");
        if (successor.sameAs(predecessor)) {
            throw new IllegalArgumentException("a person cannot succeed themselves: " + successor.label());
        }
    }

    /** Written as its {@link RecordSerialForm}, since Java serialisation cannot write an Optional. */
    @Serial
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }

    @Override
    public String key() {
        return "succession|" + successor.key() + "|" + predecessor.key() + "|" + office.map(o -> o.key()).orElse("");
    }

    @Override
    public Succession relink(UnaryOperator<Entity> link) {
        Optional<Office> linked = office.map(o -> new Office(o.role(), o.organization().map(link), o.wikidata()));
        return new Succession(link.apply(successor), link.apply(predecessor), linked, date, evidence);
    }

    public Succession withOffice(Office other) {
        return new Succession(successor, predecessor, Optional.of(other), date, evidence);
    }

    public Succession withDate(Optional<PartialDate> other) {
        return new Succession(successor, predecessor, office, other, evidence);
    }

    @Override
    public Succession withConfidence(double confidence) {
        return new Succession(successor, predecessor, office, date, Facts.withConfidence(evidence, confidence));
    }
}
