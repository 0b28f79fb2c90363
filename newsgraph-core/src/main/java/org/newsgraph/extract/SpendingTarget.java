package org.newsgraph.extract;

import java.io.Serial;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.newsgraph.RecordSerialForm;
import org.newsgraph.extract.Values.Scope;
import org.newsgraph.extract.Values.TargetStatus;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;

/**
 * A defence-spending target as a share of GDP, where its actor stands on it, and whose budget it is
 * about ({@code country}: the actor itself when a country, the country a person speaks for, or empty
 * when the target is urged on all allies).
 */
public record SpendingTarget(Entity actor, BigDecimal percent, Scope scope, Optional<Year> deadline, TargetStatus status,
                             Optional<Entity> country, Evidence evidence) implements Fact {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public SpendingTarget {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(evidence, "evidence");
        if (percent == null || percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("percent must be in (0, 100], but was: " + percent);
        }
        if (country.isPresent() && country.get().kind() != EntityKind.COUNTRY) {
            throw new IllegalArgumentException("country must be a country, but was: " + country.get());
        }
        percent = percent.stripTrailingZeros();
        if (percent.scale() < 0) {
            percent = percent.setScale(0);
        }
    }

    /** Written as its {@link RecordSerialForm}, since Java serialisation cannot write an Optional. */
    @Serial
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }

    /** A target whose budget is the actor's own when the actor is a country, else unstated. */
    public SpendingTarget(Entity actor, BigDecimal percent, Scope scope, Optional<Year> deadline, TargetStatus status,
                          Evidence evidence) {
        this(actor, percent, scope, deadline, status, ownBudget(actor), evidence);
    }

    private static Optional<Entity> ownBudget(Entity actor) {
        return actor.kind() == EntityKind.COUNTRY ? Optional.of(actor) : Optional.empty();
    }

    @Override
    public String key() {
        return "spending|" + actor.key() + "|" + percent.toPlainString() + "|" + scope.label() + "|" + status.label()
                + country.filter(c -> !c.sameAs(actor)).map(c -> "|" + c.key()).orElse("");
    }

    @Override
    public SpendingTarget relink(UnaryOperator<Entity> link) {
        return new SpendingTarget(link.apply(actor), percent, scope, deadline, status, country.map(link).filter(c -> c.kind() == EntityKind.COUNTRY), evidence);
    }

    public SpendingTarget withActor(Entity other) {
        return new SpendingTarget(other, percent, scope, deadline, status, country.or(() -> ownBudget(other)), evidence);
    }

    @Override
    public SpendingTarget withConfidence(double confidence) {
        return new SpendingTarget(actor, percent, scope, deadline, status, country, Facts.withConfidence(evidence, confidence));
    }
}
