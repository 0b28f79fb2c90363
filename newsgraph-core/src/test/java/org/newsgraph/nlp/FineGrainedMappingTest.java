package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FineGrainedMappingTest {

    private static final Set<String> DROPPED = Set.of("CITY");

    @Test
    void keepsLiteralEntriesOfEveryKeptType() {
        assertTrue(FineGrainedMapping.usable("deputy prime minister\tTITLE\tMISC\t1", DROPPED));
        assertTrue(FineGrainedMapping.usable("social democracy\tIDEOLOGY\tMISC\t1", DROPPED));
        assertTrue(FineGrainedMapping.usable("Ontario\tSTATE_OR_PROVINCE\tLOCATION\t1", DROPPED));
    }

    @Test
    void leavesCitiesToTheStatisticalTagger() {
        assertFalse(FineGrainedMapping.usable("springfield\tCITY\tLOCATION\t1", DROPPED));
    }

    @Test
    void keepsRegularExpressionsOnlyWhereTheExtractorsReadTheType() {
        assertTrue(FineGrainedMapping.usable("u\\.s\\.\tCOUNTRY\tLOCATION\t1", DROPPED));
        assertTrue(FineGrainedMapping.usable("[A-Z][a-zA-Z]+ activist\tTITLE\tMISC\t1", DROPPED));
        assertFalse(FineGrainedMapping.usable("Ala\\.?\tSTATE_OR_PROVINCE\tLOCATION\t1", DROPPED));
        assertFalse(FineGrainedMapping.usable(".*\\.(com|org)\tURL\tMISC\t1", DROPPED));
    }

    @Test
    void rejectsLinesWithoutAType() {
        assertFalse(FineGrainedMapping.usable("", DROPPED));
        assertFalse(FineGrainedMapping.usable("lonely pattern", DROPPED));
    }
}
