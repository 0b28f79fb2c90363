package org.newsgraph.extract;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.newsgraph.extract.Values.Scope;
import org.newsgraph.extract.Values.TargetStatus;
import org.newsgraph.nlp.Entity;

/** A defence-spending target as a share of GDP, and where its actor stands on it. */
public record SpendingTarget(Entity actor, BigDecimal percent, Scope scope, Optional<Year> deadline, TargetStatus status,
                             Evidence evidence) implements Fact {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public SpendingTarget {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        if (percent == null || percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("percent must be in (0, 100], but was: " + percent);
        }
        percent = percent.stripTrailingZeros();
        if (percent.scale() < 0) {
            percent = percent.setScale(0);
        }
    }

    @Override
    public String key() {
        return "spending|" + actor.key() + "|" + percent.toPlainString() + "|" + scope.label() + "|" + status.label();
    }

    @Override
    public SpendingTarget relink(UnaryOperator<Entity> link) {
        return new SpendingTarget(link.apply(actor), percent, scope, deadline, status, evidence);
    }

    public SpendingTarget withActor(Entity other) {
        return new SpendingTarget(other, percent, scope, deadline, status, evidence);
    }

    @Override
    public SpendingTarget withConfidence(double confidence) {
        return new SpendingTarget(actor, percent, scope, deadline, status, Facts.withConfidence(evidence, confidence));
    }
}
