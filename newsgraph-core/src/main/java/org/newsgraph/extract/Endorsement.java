package org.newsgraph.extract;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.newsgraph.RecordSerialForm;
import org.newsgraph.extract.Values.Polarity;
import org.newsgraph.extract.Values.TargetKind;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.Text;

/** An agent publicly supports or opposes a person, a candidacy, an action or a policy. */
public record Endorsement(Entity endorser, Target target, Polarity polarity, Optional<String> quote, Evidence evidence)
        implements Fact {

    public Endorsement {
        Objects.requireNonNull(endorser, "endorser");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** Written as its {@link RecordSerialForm}, since Java serialisation cannot write an Optional. */
    @Serial
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }

    /** What is supported or opposed: a label in plain words, and the entity when it is a person or about one. */
    public record Target(TargetKind kind, String label, Optional<Entity> entity) implements Serializable {
        public Target {
            Objects.requireNonNull(kind, "kind");
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("an endorsement target needs a label");
            }
            Objects.requireNonNull(entity, "entity");
        }

        /** Written as its {@link RecordSerialForm}, since Java serialisation cannot write an Optional. */
        @Serial
        private Object writeReplace() {
            return RecordSerialForm.of(this);
        }

        public String key() {
            return kind == TargetKind.PERSON && entity.isPresent() ? entity.get().key() : kind.label() + "/" + Text.fold(label);
        }
    }

    @Override
    public String key() {
        return "endorsement|" + endorser.key() + "|" + polarity.label() + "|" + target.key();
    }

    @Override
    public Endorsement relink(UnaryOperator<Entity> link) {
        Target linked = new Target(target.kind(), target.label(), target.entity().map(link));
        if (target.kind() == TargetKind.PERSON && linked.entity().isPresent()) {
            linked = new Target(target.kind(), linked.entity().get().label(), linked.entity());
        }
        return new Endorsement(link.apply(endorser), linked, polarity, quote, evidence);
    }

    public Endorsement withEndorser(Entity other) {
        return new Endorsement(other, target, polarity, quote, evidence);
    }

    public Endorsement withTarget(Target other) {
        return new Endorsement(endorser, other, polarity, quote, evidence);
    }

    @Override
    public Endorsement withConfidence(double confidence) {
        return new Endorsement(endorser, target, polarity, quote, Facts.withConfidence(evidence, confidence));
    }
}
