package org.newsgraph.extract;

import java.io.Serial;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.newsgraph.RecordSerialForm;
import org.newsgraph.extract.Values.HoldingStatus;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.PartialDate;

/** A person holds, held or is to hold an office. */
public record RoleHolding(Entity person, Office office, Optional<PartialDate> start, Optional<PartialDate> end,
                          HoldingStatus status, Evidence evidence) implements Fact {

    public RoleHolding {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** Written as its {@link RecordSerialForm}, since Java serialisation cannot write an Optional. */
    @Serial
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }

    @Override
    public String key() {
        return "role|" + person.key() + "|" + office.key();
    }

    @Override
    public RoleHolding relink(UnaryOperator<Entity> link) {
        Office linked = new Office(office.role(), office.organization().map(link), office.wikidata());
        return new RoleHolding(link.apply(person), linked, start, end, status, evidence);
    }

    public RoleHolding withOffice(Office other) {
        return new RoleHolding(person, other, start, end, status, evidence);
    }

    @Override
    public RoleHolding withConfidence(double confidence) {
        return new RoleHolding(person, office, start, end, status, Facts.withConfidence(evidence, confidence));
    }
}
