package org.newsgraph.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.ingest.Problem;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;

/**
 * Hostile texts from a seeded generator go through the whole build into a real TDB2 store, a
 * batch of articles per build beside one good article: no exception escapes an article, and the
 * good article is stored. The texts are short and few enough for a pipeline that takes a second an
 * article; the two large ones (a 10,000-character sentence, a list of 200 names) come once each.
 */
class HostileTextBuildTest {

    /** How many builds, each of {@link #ARTICLES_PER_BUILD} hostile articles: about 300 texts in all. */
    private static final int BUILDS = 20;
    private static final int ARTICLES_PER_BUILD = 15;
    private static final long SEED = 20_260_330L;

    private static final String GOOD = "Danish Prime Minister Anna Holm opened the session in the capital on Monday.\n";

    /** One builder for every build, as its pipeline is costly to make; a budget no loaded machine should reach. */
    private static final CorpusBuilder BUILDER = new CorpusBuilder(CorpusBuilder.Options.defaults().withArticleTimeout(Duration.ofMinutes(10)));

    @TempDir
    Path dir;

    static Stream<Arguments> batches() {
        return IntStream.range(0, BUILDS).mapToObj(build -> {
            Random random = new Random(SEED + build);
            List<String> texts = new ArrayList<>(IntStream.range(0, ARTICLES_PER_BUILD).mapToObj(i -> hostileText(random)).toList());
            if (build < LARGE.size()) {
                texts.set(0, LARGE.get(build).apply(random));
            }
            return Arguments.of(build, texts);
        });
    }

    @ParameterizedTest(name = "build {0}")
    @MethodSource("batches")
    void noExceptionEscapesAnArticleAndTheGoodOneIsStored(int build, List<String> texts) throws Exception {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        for (int i = 0; i < texts.size(); i++) {
            Files.writeString(articles.resolve(String.format("hostile-%02d.txt", i)), texts.get(i));
        }
        Files.writeString(articles.resolve("good.txt"), GOOD);

        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            BuildSummary summary = BUILDER.build(List.of(articles), store, f -> { });

            assertThat(summary.skipped()).as("articles that failed rather than being unreadable")
                    .extracting(Problem::reason).noneMatch(reason -> reason.contains("failed") || reason.contains("took longer"));
            assertThat(summary.articlesRead() + summary.skipped().size()).isEqualTo(texts.size() + 1);
            assertThat(labelsIn(store, Iris.graph("good"))).contains("Anna Holm");
        }
    }

    private static List<String> labelsIn(GraphStore store, Node graph) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(graph).find().toList().stream()
                .map(triple -> triple.getObject())
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .toList());
    }

    /** A text of one to four hostile pieces, joined by spaces or line breaks. */
    private static String hostileText(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(4);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())).apply(random));
            text.append(random.nextBoolean() ? " " : "\n".repeat(1 + random.nextInt(4)));
        }
        return text.toString();
    }

    private static final List<String> TITLES_WITHOUT_NAMES = List.of(
            "Minister of", "President of the", "Secretary General", "the former", "Prime Minister.", "then-",
            "Chief of", "Governor of New", "Director of National", "Minister of A B.", "NATO's", "deputy");
    private static final List<String> FIRST = List.of("Anna", "Gino", "Rosa", "Ola", "Mara", "Ian", "Lea", "Karl", "Ada", "Tom");
    private static final List<String> LAST = List.of("Holm", "Rossi", "Vidal", "Dahl", "Quist", "Moore", "Marsh", "Brenner", "Kern");
    private static final String GOOD_SENTENCE = "Former Italian President Gino Rossi will succeed Karl Brenner as Secretary General of NATO "
            + "on 1 October 2031, and leaders pledged 5% of GDP by 2035.";

    /** The large texts, each the first article of one build. */
    private static final List<Function<Random, String>> LARGE = List.of(
            random -> longSentence(random, 10_000),
            random -> names(random, 200));

    /** The kinds of short hostile piece, each drawn with the same chance. */
    private static final List<Function<Random, String>> PIECES = List.of(
            HostileTextBuildTest::randomUnicode,
            HostileTextBuildTest::nestedQuotesAndBrackets,
            random -> TITLES_WITHOUT_NAMES.get(random.nextInt(TITLES_WITHOUT_NAMES.size())),
            random -> "% of GDP 5% by % %% 2%% of % GDP by 20% 100% 0.5 % of GDP by 2030%",
            random -> GOOD_SENTENCE.substring(0, random.nextInt(GOOD_SENTENCE.length())),
            random -> "\n\n \n\t\n",
            random -> "---\ntitle:\ndate: 2025-13-45\n---\n---",
            random -> "succeeded as succeeding endorsed backed by opposed will succeed as of the former's 's 's",
            random -> "on 31 February 2025, since 0000, in 99999, from May to, by 20");

    private static String randomUnicode(Random random) {
        int[][] ranges = {
                {0x20, 0x7E}, {0xA0, 0x2FF}, {0x300, 0x36F}, {0x590, 0x5FF}, {0x600, 0x6FF}, {0x200B, 0x200F},
                {0x202A, 0x202E}, {0x2066, 0x2069}, {0x3000, 0x30FF}, {0x1F300, 0x1F64F}, {0x1D400, 0x1D7FF}, {0xFE00, 0xFE0F}};
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(120);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(50) == 0) {
                text.append((char) (1 + random.nextInt(0x1F))); // a rare control character
                continue;
            }
            int[] range = ranges[random.nextInt(ranges.length)];
            text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
        }
        return text.toString();
    }

    private static String nestedQuotesAndBrackets(Random random) {
        String[][] pairs = {{"\"", "\""}, {"'", "'"}, {"(", ")"}, {"[", "]"}, {"{", "}"}, {"«", "»"}, {"“", "”"}, {"‘", "’"}};
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        int depth = 1 + random.nextInt(12);
        for (int i = 0; i < depth; i++) {
            String[] pair = pairs[random.nextInt(pairs.length)];
            open.append(pair[0]).append(random.nextBoolean() ? "Minister " + name(random) + " said " : "");
            close.insert(0, random.nextInt(5) == 0 ? "" : pair[1]); // some are never closed
        }
        return open + "NATO" + close;
    }

    /** One sentence of {@code length} characters, mostly plain words with now and then an office and a name. */
    private static String longSentence(Random random, int length) {
        List<String> words = List.of("the", "plan", "would", "raise", "spending", "while", "allies", "argued", "over", "budgets", "and");
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(random.nextInt(40) == 0 ? "Prime Minister " + name(random) + " of NATO" : words.get(random.nextInt(words.size())))
                    .append(random.nextInt(15) == 0 ? ", " : " ");
        }
        return text.substring(0, length) + ".";
    }

    private static String names(Random random, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(name(random));
        }
        return String.join(", ", names) + " and " + name(random) + " endorsed the plan.";
    }

    private static String name(Random random) {
        return FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
    }
}
