package org.newsgraph.extract;

/** Helpers shared by the fact records. */
final class Facts {

    private Facts() {
    }

    static Evidence withConfidence(Evidence e, double confidence) {
        return new Evidence(e.articleId(), e.sentence(), e.sentenceText(), e.span(), e.extractor(), confidence);
    }
}
