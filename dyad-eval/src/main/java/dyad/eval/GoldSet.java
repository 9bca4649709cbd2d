package dyad.eval;

import dyad.ingest.TextFile;
import dyad.model.DataFileException;
import dyad.ontology.Ontology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A gold standard: its records in file order, and what reading it noticed (records or events skipped, categories that
 * disagree with the ontology).
 *
 * @param file    the file read
 * @param format  {@link #PLOVER_JSON} or {@link #PETRARCH_XML}
 * @param records the records, one per document id
 * @param notes   "file:line: ..." remarks for the user
 */
public record GoldSet(String file, String format, List<GoldRecord> records, List<String> notes) {
    public static final String PLOVER_JSON = "PLOVER JSON";
    public static final String PETRARCH_XML = "PETRARCH validation XML";

    public GoldSet {
        records = List.copyOf(records);
        notes = List.copyOf(notes);
    }

    /**
     * Reads a gold file: a JSON list of PLOVER records, or PETRARCH validation records ({@code <Sentence>} elements), told
     * apart by the first character ({@code [} or {@code <}).
     *
     * @param ontology maps CAMEO codes to PLOVER categories where the gold gives only a code
     * @throws DataFileException naming the file and line of a malformed record
     */
    public static GoldSet read(Path file, Ontology ontology) {
        String content = TextFile.read(file, "gold file");
        String name = file.toString();
        String start = content.stripLeading();
        if (start.startsWith("[")) return new PloverJsonGold(name, ontology).read(content);
        if (start.startsWith("<")) return new PetrarchXmlGold(name, ontology).read(content);
        throw new DataFileException(name, 1, "not a gold file: expected a JSON list of PLOVER records ('[') or PETRARCH validation XML ('<')");
    }

    /** The split names in order of first appearance (records without one are not counted). */
    public List<String> splits() {
        Set<String> s = new LinkedHashSet<>();
        for (GoldRecord r : records) if (r.split() != null) s.add(r.split());
        return new ArrayList<>(s);
    }

    /** The set names ({@code set} field) in order of first appearance (records without one are not counted). */
    public List<String> sets() {
        Set<String> s = new LinkedHashSet<>();
        for (GoldRecord r : records) if (r.set() != null) s.add(r.set());
        return new ArrayList<>(s);
    }

    /** The records of one split; all records for null. */
    public List<GoldRecord> records(String split) {
        if (split == null) return records;
        return records.stream().filter(r -> split.equals(r.split())).toList();
    }
}
