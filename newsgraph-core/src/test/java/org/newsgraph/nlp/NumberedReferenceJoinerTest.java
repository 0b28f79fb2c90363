package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;

class NumberedReferenceJoinerTest {

    /** One analyzer for the test class: CoreNLP loads its models once. */
    private static final Analyzer ANALYZER = new Analyzer();

    @Test
    void aResolutionNumberAfterAnUnknownAbbreviationStaysInItsSentence() {
        String text = "Rep. Tessa Korvel filed H.Res. 212, which urges allies to spend 3% of GDP on defence. It has ten sponsors.";

        List<CoreMap> sentences = sentences(text);

        assertThat(sentences).extracting(this::sentenceText).containsExactly(
                "Rep. Tessa Korvel filed H.Res. 212, which urges allies to spend 3% of GDP on defence.", "It has ten sponsors.");
        assertThat(Analyzer.tokens(sentences.get(0))).extracting(CoreLabel::word).containsSubsequence("filed", "H.Res.", "212", ",")
                .doesNotContain("H.Res");
    }

    @Test
    void everyListedKindOfReferenceIsJoined() {
        String text = "The senators backed S.Con.Res. 14 and H.J.Res. 9, and the clerk filed Doc. 31 with them.";

        assertThat(sentences(text)).hasSize(1);
    }

    @Test
    void theJoinedTokensAndSentencesKeepTheirOffsetsIntoTheText() {
        String text = "Headline about a vote\n\nOn Tuesday \u201CSen. Ola Brenn\u201D backed S.Res. 77 with 40 votes. Mr. Tarn, of Velm, voted no.";

        Annotation document = ANALYZER.analyze(Article.of("a1", text)).document();

        assertThat(document.get(CoreAnnotations.SentencesAnnotation.class)).hasSize(3);
        List<CoreLabel> documentTokens = document.get(CoreAnnotations.TokensAnnotation.class);
        int index = 0;
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            assertThat(sentence.get(CoreAnnotations.TextAnnotation.class)).isEqualTo(text.substring(begin, end));
            assertThat(sentence.get(CoreAnnotations.SentenceIndexAnnotation.class)).isEqualTo(index++);
            List<CoreLabel> tokens = Analyzer.tokens(sentence);
            int tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            assertThat(sentence.get(CoreAnnotations.TokenEndAnnotation.class)).isEqualTo(tokenBegin + tokens.size());
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel token = tokens.get(i);
                assertThat(text.substring(token.beginPosition(), token.endPosition())).isEqualTo(token.originalText());
                assertThat(token.index()).isEqualTo(i + 1);
                assertThat(token.sentIndex()).isEqualTo(sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
                assertThat(documentTokens.get(tokenBegin + i)).isSameAs(token);
                assertThat(token.get(CoreAnnotations.TokenBeginAnnotation.class)).isEqualTo(tokenBegin + i);
                assertThat(token.tag()).isNotNull();
            }
        }
        assertThat(documentTokens).extracting(CoreLabel::word).contains("S.Res.").doesNotContain("S.Res");
    }

    @Test
    void theJoinedSentenceIsTaggedAndParsedAsOne() {
        String text = "Sen. Ola Brenn introduced S.Res. 77, which calls on allies to spend 2% of GDP on defence.";

        CoreMap sentence = sentences(text).get(0);

        CoreLabel number = Analyzer.tokens(sentence).stream().filter(t -> t.word().equals("77")).findFirst().orElseThrow();
        assertThat(number.tag()).isEqualTo("CD");
        assertThat(Analysis.dependencies(sentence)).isPresent();
    }

    @Test
    void anAbbreviationBeforeAWordIsLeftAsCoreNlpSplitIt() {
        String text = "The chamber adopted H.Res. Two members objected.";

        assertThat(sentences(text)).hasSize(2);
    }

    @Test
    void aNumberThatOpensTheNextParagraphIsLeftInItsOwnSentence() {
        String text = "The chamber adopted the measure listed as Doc.\n\n12 members objected to it.";

        assertThat(sentences(text)).hasSize(2);
    }

    @Test
    void aWordThatIsNotAListedAbbreviationEndsItsSentenceBeforeANumber() {
        String text = "The rally ended late in the year. 15 marchers were held.";

        assertThat(sentences(text)).hasSize(2);
    }

    @Test
    void anArticleWithoutSuchAReferenceIsSplitAsCoreNlpSplitsIt() {
        String text = "Velm council backs new harbour plan\n\nVELM, March 3 (Wire) - Mr. Arno Tesk, the U.S. envoy, met the council on "
                + "Jan. 5 in Room No. 4. He said: \"The plan works.\" Some 2,000 people signed a petition in 2023. 15 of them spoke.\n\n"
                + "- a new pier\n- two cranes\n\nThe vote (see Art. 12) is due by Feb. 20! Will it pass? Nobody knows...\n"
                + "Ms. Ora Lind, a council member since 2019, was absent.";

        List<CoreMap> analyzed = sentences(text);
        List<CoreMap> plain = plainSplit(Analyzer.contentOnly(Article.of("a2", text)));

        assertThat(analyzed).hasSize(plain.size());
        assertThat(analyzed).extracting(this::sentenceText).containsExactlyElementsOf(plain.stream().map(this::sentenceText).toList());
    }

    private static List<CoreMap> sentences(String text) {
        return ANALYZER.analyze(Article.of("a1", text)).sentences();
    }

    private String sentenceText(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TextAnnotation.class);
    }

    /** CoreNLP's own split of {@code text}, with the analyzer's split settings and no join. */
    private static List<CoreMap> plainSplit(String text) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
        props.setProperty("tokenize.language", "en");
        Annotation document = new Annotation(text);
        new StanfordCoreNLP(props).annotate(document);
        return document.get(CoreAnnotations.SentencesAnnotation.class);
    }
}
