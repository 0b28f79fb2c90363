package org.newsgraph.extract;

import java.io.Serializable;
import java.util.function.UnaryOperator;
import org.newsgraph.nlp.Entity;

/**
 * Something an article states. The same fact stated twice has the same {@link #key()}; its
 * attributes (dates, status) may differ between the statements and are kept with each.
 */
public sealed interface Fact extends Serializable permits RoleHolding, Succession, Endorsement, SpendingTarget {

    Evidence evidence();

    /** The identity of the fact: its kind and core participants, not its dated attributes. */
    String key();

    /** The same fact with every entity passed through {@code link}. */
    Fact relink(UnaryOperator<Entity> link);

    /** The same fact with another confidence on its evidence. */
    Fact withConfidence(double confidence);
}
