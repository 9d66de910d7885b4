package dk.tovholder.collaboration.control;

import dk.tovholder.language.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The map's lines as CSV for spreadsheets (as the directory's export: a BOM,
 * semicolons, headings in the reader's language); a cell a spreadsheet would
 * run as a formula is written as text.
 */
public final class MapCsv {

    private static final String[] HEADINGS = {"map.csv.first", "map.csv.second", "map.csv.kind", "map.csv.origin",
        "map.csv.since", "map.csv.until", "map.csv.label"};

    private MapCsv() {
    }

    public static void write(NetworkGraph graph, Locale locale, Writer out) {
        String[] header = new String[HEADINGS.length];
        for (int i = 0; i < HEADINGS.length; i++) {
            header[i] = Messages.get(locale, HEADINGS[i]);
        }
        try {
            out.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';').setHeader(header)
                    .build());
            for (List<String> row : rows(graph, key -> Messages.get(locale, key))) {
                csv.printRecord(row.stream().map(MapCsv::inert).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines as rows: the same order as on the map. */
    public static List<List<String>> rows(NetworkGraph graph, Function<String, String> label) {
        Map<Long, String> names = new HashMap<>();
        graph.nodes().forEach(node -> names.put(node.actor().id(), node.actor().name()));
        return graph.ties().stream().map(t -> List.of(names.get(t.first()), names.get(t.second()),
                label.apply("CollaborationKind." + t.kind()), label.apply("Origin." + t.origin()),
                t.since() == null ? "" : t.since().toString(), t.until() == null ? "" : t.until().toString(),
                t.label() == null ? "" : t.label())).toList();
    }

    /** A cell a spreadsheet would take for a formula is written as text. */
    static String inert(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
