package org.newsgraph.eval;

import java.util.List;

/** Precision, recall, F1 and date agreement of one fact kind, with the misses and the spurious rows. */
public record Score(FactKind kind, int gold, int produced, int matched, int datesAgreeing, List<Row> missed, List<Row> spurious,
                    List<String> dateDisagreements) {

    public Score {
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
        dateDisagreements = List.copyOf(dateDisagreements);
    }

    public double precision() {
        return produced == 0 ? (gold == 0 ? 1 : 0) : (double) matched / produced;
    }

    public double recall() {
        return gold == 0 ? 1 : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The share of matched rows whose date agrees; 1 when nothing matched. */
    public double dateAgreement() {
        return matched == 0 ? 1 : (double) datesAgreeing / matched;
    }
}
