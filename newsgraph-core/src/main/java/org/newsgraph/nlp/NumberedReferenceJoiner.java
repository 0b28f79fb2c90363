package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ChunkAnnotationUtils;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Joins the sentences that CoreNLP split right after an abbreviation that introduces a numbered
 * reference ("filed H.Res. 135, which calls ..."): its tokenizer knows "H.R." but not "H.Res.", so
 * it cuts the full stop off as a sentence end. When a sentence ends in such an abbreviation and its
 * full stop, and the next sentence of the same paragraph starts with a number, the two are one
 * sentence, and the abbreviation and its full stop one token ("H.Res."), as CoreNLP makes of the
 * abbreviations it knows. The abbreviations are the bundled list {@code cues/numbered-reference-abbreviations.txt}.
 *
 * <p>It works on CoreNLP's tokens and sentences before tagging; token and sentence offsets stay
 * offsets into the document text, and the token and sentence indices are renumbered. A document
 * with nothing to join is left as it is. Immutable and thread-safe.
 */
final class NumberedReferenceJoiner {

    private static final String RESOURCE = "/org/newsgraph/cues/numbered-reference-abbreviations.txt";

    /** The abbreviations without their final full stop, as CoreNLP's tokenizer leaves them ("H.Res"). */
    private final Set<String> abbreviations;

    NumberedReferenceJoiner(Collection<String> abbreviations) {
        this.abbreviations = abbreviations.stream()
                .map(a -> a.endsWith(".") ? a.substring(0, a.length() - 1) : a)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The joiner of the bundled list. */
    static NumberedReferenceJoiner bundled() {
        return new NumberedReferenceJoiner(lines(RESOURCE));
    }

    /** Joins, in {@code document}'s sentences and tokens, the sentences split after a numbered-reference abbreviation. */
    void join(Annotation document) {
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.size() < 2) {
            return;
        }
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        List<List<CoreLabel>> joined = new ArrayList<>();
        Map<CoreLabel, CoreLabel> replaced = new IdentityHashMap<>();
        List<CoreLabel> current = new ArrayList<>(tokens(sentences.get(0)));
        for (CoreMap next : sentences.subList(1, sentences.size())) {
            List<CoreLabel> following = tokens(next);
            if (splitAfterReference(current, following, text)) {
                CoreLabel abbreviation = current.get(current.size() - 2);
                CoreLabel stop = current.get(current.size() - 1);
                CoreLabel token = merged(abbreviation, stop);
                replaced.put(abbreviation, token);
                replaced.put(stop, null);
                current.subList(current.size() - 2, current.size()).clear();
                current.add(token);
                current.addAll(following);
            } else {
                joined.add(current);
                current = new ArrayList<>(following);
            }
        }
        joined.add(current);
        if (!replaced.isEmpty()) {
            rebuild(document, text, sentences, joined, replaced);
        }
    }

    /**
     * Whether {@code sentence} ends in a listed abbreviation and its full stop, written together,
     * and {@code next}, in the same paragraph, starts with a number.
     */
    private boolean splitAfterReference(List<CoreLabel> sentence, List<CoreLabel> next, String text) {
        if (sentence.size() < 2 || next.isEmpty()) {
            return false;
        }
        CoreLabel abbreviation = sentence.get(sentence.size() - 2);
        CoreLabel stop = sentence.get(sentence.size() - 1);
        CoreLabel first = next.get(0);
        return abbreviations.contains(abbreviation.word())
                && ".".equals(stop.word())
                && abbreviation.endPosition() == stop.beginPosition()
                && Character.isDigit(first.word().charAt(0))
                && !paragraphBreak(text.substring(stop.endPosition(), first.beginPosition()));
    }

    /** Whether the white space between two sentences holds a blank line. */
    private static boolean paragraphBreak(String gap) {
        return gap.indexOf('\n') != gap.lastIndexOf('\n');
    }

    /** One token of an abbreviation and the full stop that follows it. */
    private static CoreLabel merged(CoreLabel abbreviation, CoreLabel stop) {
        CoreLabel token = new CoreLabel(abbreviation);
        String word = abbreviation.word() + stop.word();
        token.setWord(word);
        token.setValue(word);
        token.setOriginalText(abbreviation.originalText() + stop.originalText());
        token.setEndPosition(stop.endPosition());
        token.setAfter(stop.after());
        return token;
    }

    /**
     * Sets {@code document}'s tokens and sentences to the joined ones, with CoreNLP's indices
     * renumbered: each token's place in the document and in its sentence, each sentence's place
     * and token range. Other sentence annotations are taken from the first of the joined sentences.
     */
    private static void rebuild(Annotation document, String text, List<CoreMap> originals, List<List<CoreLabel>> joined,
                                Map<CoreLabel, CoreLabel> replaced) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreLabel token : document.get(CoreAnnotations.TokensAnnotation.class)) {
            CoreLabel kept = replaced.containsKey(token) ? replaced.get(token) : token;
            if (kept != null) {
                kept.set(CoreAnnotations.TokenBeginAnnotation.class, tokens.size());
                kept.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size() + 1);
                tokens.add(kept);
            }
        }
        Map<CoreLabel, CoreMap> original = new IdentityHashMap<>();
        originals.forEach(s -> original.put(tokens(s).get(0), s));
        List<CoreMap> sentences = new ArrayList<>();
        for (List<CoreLabel> sentenceTokens : joined) {
            sentences.add(sentence(text, original.get(sentenceTokens.get(0)), sentenceTokens, sentences.size()));
        }
        document.set(CoreAnnotations.TokensAnnotation.class, tokens);
        document.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    }

    private static CoreMap sentence(String text, CoreMap original, List<CoreLabel> tokens, int index) {
        CoreLabel first = tokens.get(0);
        CoreLabel last = tokens.get(tokens.size() - 1);
        Annotation sentence = new Annotation(text.substring(first.beginPosition(), last.endPosition()));
        ChunkAnnotationUtils.copyUnsetAnnotations(original, sentence);
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, first.beginPosition());
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, last.endPosition());
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, first.get(CoreAnnotations.TokenBeginAnnotation.class));
        sentence.set(CoreAnnotations.TokenEndAnnotation.class, last.get(CoreAnnotations.TokenEndAnnotation.class));
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        for (int i = 0; i < tokens.size(); i++) {
            tokens.get(i).setIndex(i + 1);
            tokens.get(i).setSentIndex(index);
        }
        return sentence;
    }

    private static List<CoreLabel> tokens(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = NumberedReferenceJoiner.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("cue list " + resource + " is missing from the class path: rebuild the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cue list " + resource, e);
        }
    }
}
