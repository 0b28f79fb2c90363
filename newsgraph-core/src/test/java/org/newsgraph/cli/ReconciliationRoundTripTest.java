package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.CommandLineTest.Run;

/**
 * The round trip of entities Wikidata does not know yet, through the command line as a user runs
 * it: build, {@code export --format reconcile}, reconcile (here: a Q-id added to one row, as
 * OpenRefine's "add column based on this column" with {@code cell.recon.match.id} does), and build
 * again with the reconciled file as a gazetteer.
 */
class ReconciliationRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void reconciledQidsComeBackAsLinks() throws IOException {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(articles.resolve("cabinet.txt"), """
                ---
                title: New defence minister
                date: 2031-03-04
                ---
                Tomas Ekberg was appointed Minister of Defence of Norway on 3 March 2031.

                Ekberg said he would work closely with the Nordvik Institute, whose Director Lena Holm welcomed the appointment.
                """);
        Path store = dir.resolve("store");
        assertThat(CommandLineTest.run("build", articles.toString(), "--store", store.toString()).exit()).isZero();

        Path unlinked = dir.resolve("unlinked.csv");
        Run export = CommandLineTest.run("export", "--format", "reconcile", "--store", store.toString(), "--output", unlinked.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.err()).containsPattern("reconcile: \\d+ people, organisations and offices without a Wikidata item");
        List<CSVRecord> rows = read(unlinked);
        CSVRecord ekberg = rows.stream().filter(r -> r.get("name").equals("Tomas Ekberg")).findFirst().orElseThrow();
        assertThat(ekberg.get("type")).isEqualTo("person");
        assertThat(ekberg.get("wikidata_type")).isEqualTo("Q5");
        assertThat(ekberg.get("country")).isEqualTo("Norway");
        assertThat(ekberg.get("description")).startsWith("holds ").contains("Minister of Defence");
        assertThat(ekberg.get("id")).startsWith("https://w3id.org/newsgraph/id/person/");
        assertThat(rows).extracting(r -> r.get("name")).doesNotContain("Norway");

        Path reconciled = dir.resolve("reconciled.csv");
        try (Writer out = Files.newBufferedWriter(reconciled, StandardCharsets.UTF_8);
             CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header(rows, "qid")).get().print(out)) {
            for (CSVRecord row : rows) {
                List<String> cells = new ArrayList<>(row.toList());
                cells.add(row == ekberg ? "Q987654321" : "");
                csv.printRecord(cells);
            }
        }
        Path relinked = dir.resolve("relinked");
        Run rebuild = CommandLineTest.run("build", articles.toString(), "--store", relinked.toString(), "--gazetteer", reconciled.toString());
        assertThat(rebuild.exit()).as(rebuild.err()).isZero();
        Run links = CommandLineTest.run("query", "wikidata-links", "--store", relinked.toString(), "--format", "csv");
        assertThat(links.out()).contains("http://www.wikidata.org/entity/Q987654321");
        Path still = dir.resolve("still.csv");
        CommandLineTest.run("export", "--format", "reconcile", "--store", relinked.toString(), "--output", still.toString());
        assertThat(read(still)).extracting(r -> r.get("name")).doesNotContain("Tomas Ekberg").contains("Lena Holm");
    }

    @Test
    void aReconciledFileWithoutQidsIsRefusedWithItsName() throws IOException {
        Path bad = dir.resolve("no-qid.csv");
        Files.writeString(bad, "name,type\nTomas Ekberg,person\n");
        Run run = CommandLineTest.run("build", dir.toString(), "--store", dir.resolve("store").toString(), "--gazetteer", bad.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("no-qid.csv").contains("qid is missing");

        Path wrong = dir.resolve("wrong-qid.csv");
        Files.writeString(wrong, "name,type,qid\nTomas Ekberg,person,P27\n");
        run = CommandLineTest.run("build", dir.toString(), "--store", dir.resolve("store").toString(), "--gazetteer", wrong.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("wrong-qid.csv:2").contains("not a Wikidata item id");
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return csv.getRecords();
        }
    }

    private static String[] header(List<CSVRecord> rows, String added) {
        List<String> names = new ArrayList<>(rows.get(0).getParser().getHeaderNames());
        names.add(added);
        return names.toArray(String[]::new);
    }
}
