package org.newsgraph.extract;

import java.util.Locale;

/** The closed value sets of the ontology, each with the plain label queries return. */
public final class Values {

    private Values() {
    }

    /** Whether an office is held now, was held, or is to be held, at the time of writing. */
    public enum HoldingStatus {
        CURRENT, FORMER, DESIGNATE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Polarity {
        SUPPORT, OPPOSE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum TargetKind {
        PERSON, CANDIDACY, ACTION, POLICY;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Scope {
        TOTAL, CORE, RELATED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum TargetStatus {
        AGREED, PLEDGED, PROPOSED, OPPOSED, EXISTING;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
