package org.newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A generated corpus for measurements: news articles of 2-4 KB, each different, with invented
 * people, countries and organisations in roles, successions, endorsements and spending pledges
 * among background sentences, each with front matter and a dateline. The same seed gives the same
 * corpus.
 */
final class BenchCorpus {

    private static final List<String> FIRST = List.of("Ada", "Otto", "Mirela", "Jonas", "Elena", "Karol", "Ingrid", "Tomas", "Lucia",
            "Henrik", "Marta", "Pavel", "Sofia", "Anders", "Irena", "Milan", "Greta", "Viktor", "Nadia", "Emil", "Lena", "Bruno",
            "Olga", "Rafael", "Zofia", "Felix", "Hana", "Dario", "Petra", "Stefan");
    private static final List<String> LAST = List.of("Kern", "Brun", "Kostova", "Venturini", "Halvorsen", "Novak", "Lindqvist",
            "Moreau", "Esposito", "Varga", "Jansen", "Dimitrov", "Horvath", "Kowalczyk", "Berger", "Santos", "Nieminen", "Popescu",
            "Fischer", "Rossi", "Andersen", "Markovic", "Duval", "Schmid", "Nyberg", "Costa", "Petrov", "Lund", "Keller", "Aalto");
    private static final List<String> COUNTRIES = List.of("Valdoria", "Norland", "Estavia", "Marovia", "Kelland", "Sarnia", "Ostria",
            "Belmark", "Tarvia", "Lusania", "Drevia", "Korrin", "Vessen", "Albarra", "Quenia", "Montrel");
    private static final List<String> ORGANISATIONS = List.of("the Northern Alliance", "the Union Council", "the Coastal Bank",
            "the Defence Agency", "the Trade Forum", "the Energy Board", "the Labour Party", "the Green Front", "the Central Bank");
    private static final List<String> OFFICES = List.of("Prime Minister", "Foreign Minister", "Defence Minister", "Finance Minister",
            "President", "Interior Minister", "Secretary General", "Chair");
    private static final List<String> CITIES = List.of("Orsk", "Valmar", "Kessin", "Port Avel", "Drummon", "Lissa", "Tarrow",
            "Hallen", "Brevik", "Sorel");
    private static final List<String> TOPICS = List.of("the new trade agreement", "the pension reform", "the border treaty",
            "the climate package", "the budget plan", "the rail project", "the tax reform", "the security pact");
    private static final List<String> BACKGROUND = List.of(
            "Inflation in %c eased to %n percent in the last quarter, according to the statistics office.",
            "Farmers in %c protested in %t over the price of diesel and fertiliser.",
            "The talks in %t lasted well into the night and ended without a joint statement.",
            "Analysts said the markets in %c reacted calmly to the news.",
            "Opposition lawmakers in %c called for a debate on %o before the summer recess.",
            "Turnout in the regional elections in %c was the lowest in two decades.",
            "The weather delayed several flights at the airport in %t on Tuesday.",
            "Unions in %c warned of strikes if wages did not keep pace with prices.",
            "The ministry in %t said the figures would be revised next month.",
            "Observers from %g said the vote had been orderly.",
            "Trade between %c and %c grew by %n percent last year, the customs office said.",
            "A spokesperson for %g declined to comment on the reports.",
            "Ministers from %c and %c will meet again in %t next month to discuss %o.",
            "The central bank of %c kept its main interest rate at %n percent.",
            "Thousands of people marched through %t on Saturday against %o.",
            "The parliament of %c approved %o by a narrow margin late on Thursday.",
            "Critics in %c said %o would cost more than the government admits.",
            "Exports from %c fell for the %n month in a row, hit by weaker demand.",
            "Police in %t said the demonstration had passed off peacefully.",
            "Negotiators from %g are expected to present a draft of %o within %n weeks.",
            "A poll published in %c on Sunday put support for %o at %n0 percent.",
            "The summit in %t also discussed energy prices and migration.",
            "Rail workers in %c ended a %n-day strike after a pay offer.",
            "Officials in %t confirmed that the visit had been postponed.");

    private final Random random;

    BenchCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code count} articles into {@code folder}. */
    void write(Path folder, int count) throws IOException {
        write(folder, count, "gen-");
    }

    /** Writes {@code count} articles into {@code folder}, their file names starting with {@code prefix}. */
    void write(Path folder, int count, String prefix) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "%s%06d.txt", prefix, i)), article(), StandardCharsets.UTF_8);
        }
    }

    private String article() {
        LocalDate day = LocalDate.of(2030, 1, 1).plusDays(random.nextInt(900));
        String country = pick(COUNTRIES);
        String office = pick(OFFICES);
        String holder = person();
        String predecessor = person();
        int target = 2000 + random.nextInt(2000);
        StringBuilder text = new StringBuilder();
        text.append("---\ntitle: ").append(holder).append(" becomes ").append(office).append(" of ").append(country)
                .append("\ndate: ").append(day).append("\n---\n");
        text.append(pick(CITIES).toUpperCase(Locale.ROOT)).append(", ").append(day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .append(' ').append(day.getDayOfMonth()).append(" (NewsWire) - ");
        text.append(holder).append(" became ").append(office).append(" of ").append(country).append(" on ")
                .append(day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(", succeeding ")
                .append(predecessor).append(", who had held the post since ").append(day.getYear() - 1 - random.nextInt(8)).append(". ");
        while (text.length() < target) {
            text.append(sentence(country, holder, predecessor));
            text.append(random.nextInt(4) == 0 ? "\n\n" : " ");
        }
        return text.toString().trim() + "\n";
    }

    private String sentence(String country, String holder, String predecessor) {
        String surname = holder.substring(holder.indexOf(' ') + 1);
        return switch (random.nextInt(12)) {
            case 0 -> pick(COUNTRIES) + " backed " + surname + "'s plan for " + pick(TOPICS) + ", calling it \"a fair deal\".";
            case 1 -> person() + ", the " + pick(OFFICES) + " of " + pick(COUNTRIES) + ", opposed " + pick(TOPICS) + ".";
            case 2 -> country + " pledged to spend " + (2 + random.nextInt(3)) + "." + random.nextInt(10) + " percent of GDP on defence by "
                    + (2030 + random.nextInt(8)) + ".";
            case 3 -> "\"We will keep our word,\" " + surname + " told reporters in " + pick(CITIES) + ".";
            case 4 -> predecessor + " left office after " + (2 + random.nextInt(6)) + " years and now chairs " + pick(ORGANISATIONS) + ".";
            default -> background();
        };
    }

    private String background() {
        String template = pick(BACKGROUND);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '%' || i + 1 == template.length()) {
                out.append(c);
                continue;
            }
            char slot = template.charAt(++i);
            out.append(switch (slot) {
                case 'c' -> pick(COUNTRIES);
                case 't' -> pick(CITIES);
                case 'o' -> pick(TOPICS);
                case 'g' -> pick(ORGANISATIONS);
                default -> Integer.toString(1 + random.nextInt(9));
            });
        }
        return out.toString();
    }

    private String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
