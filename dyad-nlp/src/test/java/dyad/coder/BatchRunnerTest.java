package dyad.coder;

import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.ingest.ConllUReader;
import dyad.ingest.InputItem;
import dyad.model.Document;
import dyad.output.EventFileSink;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The batch runner every front end uses, over parsed input (a {@link Coder} without CoreNLP): results in input order
 * whatever the number of threads, every skipped item reported, undated documents dated and counted.
 */
class BatchRunnerTest {
    private static final Coder PARSED = Coder.forParsedInput(CoderConfig.defaults());

    /** "Syrian troops attacked Turkish positions." as document {@code id}, dated or not. */
    private static String parse(String id, String date) {
        return String.join("\n", "# newdoc id = " + id, date == null ? "# undated" : "# date = " + date,
                "1\tSyrian\tSyrian\tADJ\tJJ\t_\t2\tamod\t_\t_",
                "2\ttroops\ttroop\tNOUN\tNNS\t_\t3\tnsubj\t_\t_",
                "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_",
                "4\tTurkish\tTurkish\tADJ\tJJ\t_\t5\tamod\t_\t_",
                "5\tpositions\tposition\tNOUN\tNNS\t_\t3\tobj\t_\t_", "", "");
    }

    private record Heard(List<String> skipped, List<LocalDate> undated) implements BatchRunner.Listener {
        @Override
        public void skipped(String origin, String id, String reason) {
            skipped.add(id + ": " + reason);
        }

        @Override
        public void undated(LocalDate today) {
            undated.add(today);
        }
    }

    @Test
    void resultsComeInInputOrderWithEverySkipReported() throws Exception {
        StringBuilder conllu = new StringBuilder();
        for (int i = 0; i < 40; i++) conllu.append(parse(String.format("doc-%02d", i), i % 10 == 3 ? null : "2016-03-27"));
        List<InputItem> items = new ArrayList<>();
        for (ConllUReader.ParsedDocument d : new ConllUReader().read("in.conllu", "in", conllu.toString())) {
            items.add(new InputItem.Parsed(d));
            if (items.size() == 7) items.add(new InputItem.Skipped("bad.jsonl:3", "bad.jsonl:3", "invalid JSON"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Heard heard = new Heard(new ArrayList<>(), new ArrayList<>());
        BatchCounts counts;
        try (EventFileSink sink = EventFileSink.stream(out, "jsonl", false)) {
            counts = new BatchRunner(PARSED, 4, 60, null).run(items::forEach, sink, heard);
            sink.finish();
        }
        assertEquals(41, counts.read());
        assertEquals(40, counts.coded());
        assertEquals(1, counts.skipped());
        assertEquals(4, counts.undated(), "doc-03, -13, -23, -33");
        assertEquals(List.of("bad.jsonl:3: invalid JSON"), heard.skipped());
        assertEquals(1, heard.undated().size(), "the warning comes once");
        List<String> docs = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) docs.add(json.readTree(line).get("doc_id").asText());
        assertEquals(docs.stream().sorted().toList(), docs, "input order");
        assertEquals(counts.events(), docs.size());
    }

    @Test
    void aCoderForParsedInputLoadsNoModelsAndRefusesText() {
        assertThrows(IllegalStateException.class, () -> PARSED.code(new Document("d", "Iran praised Syria.", LocalDate.of(2016, 3, 28),
                null, null, null)));
        assertThrows(IllegalArgumentException.class, () -> new BatchRunner(PARSED, 0, 60, null));
        assertThrows(IllegalArgumentException.class, () -> new BatchRunner(PARSED, 1, 0, null));
    }
}
