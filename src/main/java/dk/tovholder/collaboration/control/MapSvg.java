package dk.tovholder.collaboration.control;

import dk.tovholder.collaboration.entity.CollaborationKind;
import dk.tovholder.organisation.entity.OrganisationType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The network map as a standalone SVG image, with the same layout and colours
 * as the page: one line per collaboration (several between the same two bend
 * apart), organisations as circles coloured by type and sized by partners,
 * those standing apart with a dashed red ring, core actors with a thick one,
 * and a legend. Every text is escaped.
 */
public final class MapSvg {

    private static final double MARGIN = 60;
    private static final double LEGEND = 120;
    private static final double BEND = 18;

    private MapSvg() {
    }

    /** {@code label} turns a message key ("OrganisationType.BUSINESS") into the reader's language. */
    public static String write(NetworkGraph graph, String title, Function<String, String> label) {
        double width = NetworkGraph.WIDTH + 2 * MARGIN;
        double height = NetworkGraph.HEIGHT + 2 * MARGIN + LEGEND;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        Map<Long, NetworkGraph.Node> nodes = new HashMap<>();
        graph.nodes().forEach(node -> nodes.put(node.actor().id(), node));

        svg.append("<g class=\"ties\" fill=\"none\" stroke-width=\"2\">\n");
        Map<String, Integer> drawn = new HashMap<>();
        Map<String, Long> perPair = new HashMap<>();
        graph.ties().forEach(t -> perPair.merge(t.first() + "-" + t.second(), 1L, Long::sum));
        for (Tie tie : graph.ties()) {
            NetworkGraph.Node a = nodes.get(tie.first());
            NetworkGraph.Node b = nodes.get(tie.second());
            String pair = tie.first() + "-" + tie.second();
            int index = drawn.merge(pair, 1, Integer::sum) - 1;
            double offset = (index - (perPair.get(pair) - 1) / 2.0) * BEND;
            double ax = MARGIN + a.x();
            double ay = MARGIN + a.y();
            double bx = MARGIN + b.x();
            double by = MARGIN + b.y();
            double length = Math.max(1, Math.hypot(bx - ax, by - ay));
            double cx = (ax + bx) / 2 - offset * (by - ay) / length;
            double cy = (ay + by) / 2 + offset * (bx - ax) / length;
            svg.append("<path d=\"M").append(n(ax)).append(',').append(n(ay)).append(" Q").append(n(cx)).append(',')
                    .append(n(cy)).append(' ').append(n(bx)).append(',').append(n(by)).append("\" stroke=\"")
                    .append(MapStyle.colour(tie.kind())).append("\"><title>")
                    .append(escape(a.actor().name() + " – " + b.actor().name() + ": "
                            + label.apply("CollaborationKind." + tie.kind())))
                    .append("</title></path>\n");
        }
        svg.append("</g>\n<g class=\"organisations\">\n");
        for (NetworkGraph.Node node : graph.nodes()) {
            double x = MARGIN + node.x();
            double y = MARGIN + node.y();
            double r = MapStyle.radius(node.degree());
            svg.append("<g class=\"organisation").append(node.isolated() ? " isolated" : "")
                    .append(node.core() ? " core" : "").append("\"><circle cx=\"").append(n(x)).append("\" cy=\"")
                    .append(n(y)).append("\" r=\"").append(n(r)).append("\" fill=\"")
                    .append(MapStyle.colour(node.actor().type())).append('"');
            if (node.isolated()) {
                svg.append(" stroke=\"#C00000\" stroke-width=\"3\" stroke-dasharray=\"4 3\"");
            } else {
                svg.append(" stroke=\"#222222\" stroke-width=\"").append(node.core() ? "4" : "1").append('"');
            }
            svg.append("/><text x=\"").append(n(x)).append("\" y=\"").append(n(y + r + 14))
                    .append("\" text-anchor=\"middle\" fill=\"#111111\">").append(escape(node.actor().name()))
                    .append("</text></g>\n");
        }
        svg.append("</g>\n");
        legend(svg, height - LEGEND + 10, label);
        return svg.append("</svg>\n").toString();
    }

    private static void legend(StringBuilder svg, double top, Function<String, String> label) {
        svg.append("<g class=\"legend\">\n");
        double x = MARGIN;
        for (OrganisationType type : OrganisationType.values()) {
            svg.append("<circle cx=\"").append(n(x + 6)).append("\" cy=\"").append(n(top + 6))
                    .append("\" r=\"6\" fill=\"").append(MapStyle.colour(type)).append("\" stroke=\"#222222\"/>")
                    .append("<text x=\"").append(n(x + 16)).append("\" y=\"").append(n(top + 10)).append("\">")
                    .append(escape(label.apply("OrganisationType." + type))).append("</text>\n");
            x += 180;
        }
        x = MARGIN;
        double y = top + 30;
        for (CollaborationKind kind : CollaborationKind.values()) {
            svg.append("<line x1=\"").append(n(x)).append("\" y1=\"").append(n(y + 6)).append("\" x2=\"")
                    .append(n(x + 18)).append("\" y2=\"").append(n(y + 6)).append("\" stroke=\"")
                    .append(MapStyle.colour(kind)).append("\" stroke-width=\"3\"/><text x=\"").append(n(x + 24))
                    .append("\" y=\"").append(n(y + 10)).append("\">")
                    .append(escape(label.apply("CollaborationKind." + kind))).append("</text>\n");
            x += 180;
            if (x > NetworkGraph.WIDTH) {
                x = MARGIN;
                y += 22;
            }
        }
        svg.append("<circle cx=\"").append(n(MARGIN + 6)).append("\" cy=\"").append(n(y + 34))
                .append("\" r=\"6\" fill=\"#ffffff\" stroke=\"#C00000\" stroke-width=\"3\" stroke-dasharray=\"4 3\"/>")
                .append("<text x=\"").append(n(MARGIN + 16)).append("\" y=\"").append(n(y + 38)).append("\">")
                .append(escape(label.apply("map.legend.isolated"))).append("</text>\n</g>\n");
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.appendCodePoint(c); // control characters are not allowed in XML 1.0
                    }
                }
            }
        });
        return out.toString();
    }
}
