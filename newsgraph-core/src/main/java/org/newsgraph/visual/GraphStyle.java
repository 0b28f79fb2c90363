package org.newsgraph.visual;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.newsgraph.visual.FactGraph.Edge;
import org.newsgraph.visual.FactGraph.Node;

/**
 * How graph tools draw a {@link FactGraph} without a style of their own: a colour per node type and
 * per kind of edge (the Okabe–Ito palette, which colour-blind readers tell apart), a node size that
 * grows with the node's degree, the edge weight of the {@link FactGraph} (the number of sentences
 * that state the fact),
 * and the time span in which an edge holds, so that a timeline (Gephi's) plays the holding and
 * handing over of offices.
 */
public final class GraphStyle {

    /** A colour as its red, green and blue components, 0–255. */
    public record Color(int red, int green, int blue) {

        /** The colour as {@code #rrggbb}. */
        public String hex() {
            return String.format("#%02x%02x%02x", red, green, blue);
        }
    }

    /**
     * When an edge holds: from {@code start} to {@code end}, each day inclusive and either open.
     * A date stated to the year or month stands for its first day as a start and its last day as
     * an end.
     */
    public record Interval(Optional<LocalDate> start, Optional<LocalDate> end) {

        public boolean isEmpty() {
            return start.isEmpty() && end.isEmpty();
        }
    }

    private static final Color GREY = new Color(153, 153, 153);
    private static final Color LIGHT_GREY = new Color(204, 204, 204);
    private static final Color SUPPORT = new Color(0, 158, 115);
    private static final Color OPPOSE = new Color(213, 94, 0);

    private static final Map<String, Color> NODE_COLORS = Map.of(
            "person", new Color(0, 114, 178),
            "organization", new Color(230, 159, 0),
            "country", SUPPORT,
            "group", new Color(86, 180, 233),
            "office", new Color(204, 121, 167),
            "topic", new Color(240, 228, 66),
            "spending-target", OPPOSE);

    private static final Map<String, Color> EDGE_COLORS = Map.of(
            "role", NODE_COLORS.get("office"),
            "succession", new Color(0, 0, 0),
            "spending-target", OPPOSE,
            "office-of", LIGHT_GREY,
            "about", LIGHT_GREY);

    /** Size of a node that no edge touches; each doubling of the degree adds {@link #SIZE_STEP}. */
    private static final double BASE_SIZE = 10;
    private static final double SIZE_STEP = 5;

    private final Graph<Node, Edge> graph;

    public GraphStyle(FactGraph facts) {
        this.graph = facts.graph();
    }

    /** The colour of a node's type (grey for an untyped entity). */
    public Color color(Node node) {
        return NODE_COLORS.getOrDefault(node.type(), GREY);
    }

    /** The colour of an edge's kind; an endorsement is green when it supports, orange when it opposes. */
    public Color color(Edge edge) {
        if (edge.kind().equals("endorsement")) {
            return "oppose".equals(edge.attributes().get("polarity")) ? OPPOSE : SUPPORT;
        }
        return EDGE_COLORS.getOrDefault(edge.kind(), GREY);
    }

    /** A node's size: {@value #BASE_SIZE}, plus {@value #SIZE_STEP} for each doubling of its degree. */
    public double size(Node node) {
        int degree = graph.degreeOf(node);
        return BASE_SIZE + SIZE_STEP * Math.log(1 + degree) / Math.log(2);
    }

    /** An edge's weight: the number of sentences that state its fact (1 for a structural edge). */
    public double weight(Edge edge) {
        return graph.getEdgeWeight(edge);
    }

    /**
     * When an edge holds: a role from its start to its end, a succession from its date on; other
     * edges hold at all times (an empty interval).
     */
    public Interval interval(Edge edge) {
        return switch (edge.kind()) {
            case "role" -> new Interval(date(edge, "start").map(GraphStyle::firstDay), date(edge, "end").map(GraphStyle::lastDay));
            case "succession" -> new Interval(date(edge, "date").map(GraphStyle::firstDay), Optional.empty());
            default -> new Interval(Optional.empty(), Optional.empty());
        };
    }

    private static Optional<String> date(Edge edge, String attribute) {
        return Optional.ofNullable((String) edge.attributes().get(attribute)).filter(d -> d.matches("\\d{4}(-\\d{2}(-\\d{2})?)?"));
    }

    /** The first day of a date stated as {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}. */
    static LocalDate firstDay(String date) {
        return switch (date.length()) {
            case 4 -> Year.parse(date).atDay(1);
            case 7 -> YearMonth.parse(date).atDay(1);
            default -> LocalDate.parse(date);
        };
    }

    /** The last day of a date stated as {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}. */
    static LocalDate lastDay(String date) {
        return switch (date.length()) {
            case 4 -> Year.parse(date).atMonth(12).atEndOfMonth();
            case 7 -> YearMonth.parse(date).atEndOfMonth();
            default -> LocalDate.parse(date);
        };
    }
}
