package org.newsgraph.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.extract.Endorsement;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Office;
import org.newsgraph.extract.RoleHolding;
import org.newsgraph.extract.SpendingTarget;
import org.newsgraph.extract.Succession;
import org.newsgraph.extract.Values.Polarity;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.PartialDate;

/** A fact record as a row with the gold files' columns, for scoring single statements. */
final class FactRows {

    private FactRows() {
    }

    static FactKind kind(Fact fact) {
        if (fact instanceof RoleHolding) {
            return FactKind.ROLES;
        }
        if (fact instanceof Succession) {
            return FactKind.SUCCESSIONS;
        }
        return fact instanceof Endorsement ? FactKind.ENDORSEMENTS : FactKind.SPENDING_TARGETS;
    }

    static Row of(Fact fact) {
        Map<String, String> cells = new HashMap<>();
        if (fact instanceof RoleHolding r) {
            entity(cells, "person", r.person());
            office(cells, Optional.of(r.office()));
            cells.put("start", r.start().map(PartialDate::iso).orElse(""));
        } else if (fact instanceof Succession s) {
            entity(cells, "successor", s.successor());
            entity(cells, "predecessor", s.predecessor());
            office(cells, s.office());
            cells.put("date", s.date().map(PartialDate::iso).orElse(""));
        } else if (fact instanceof Endorsement e) {
            entity(cells, "endorser", e.endorser());
            cells.put("target", e.target().label());
            cells.put("polarity", e.polarity() == Polarity.SUPPORT ? "+" : "-");
        } else if (fact instanceof SpendingTarget t) {
            entity(cells, "actor", t.actor());
            t.country().ifPresent(c -> entity(cells, "country", c));
            cells.put("percent", t.percent().toPlainString());
            cells.put("deadline", t.deadline().map(Object::toString).orElse(""));
        }
        return new Row(cells);
    }

    private static void entity(Map<String, String> cells, String column, Entity entity) {
        cells.put(column, entity.label());
        cells.put(column + "_qid", entity.wikidata().orElse(""));
    }

    private static void office(Map<String, String> cells, Optional<Office> office) {
        cells.put("role", office.map(Office::role).orElse(""));
        office.flatMap(Office::organization).ifPresent(org -> entity(cells, "org", org));
    }
}
