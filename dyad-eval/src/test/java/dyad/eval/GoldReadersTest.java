package dyad.eval;

import dyad.ingest.ConllUReader;
import dyad.model.DataFileException;
import dyad.ontology.Ontology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldReadersTest {
    static final Ontology ONTOLOGY = Ontology.builtIn();

    @TempDir
    Path dir;

    Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void ploverRecordsWithEventListsOrOneEventEach() throws IOException {
        GoldSet g = GoldSet.read(write("g.json", """
                [
                 {"id": "a", "date": "2019-03-01", "split": "dev", "text": "Russia and Belarus condemned Ukraine.",
                  "events": [{"event": "ACCUSE", "cameo": "111",
                              "source": [{"actorText": "Russia", "code": "RUS"}, {"actorText": "Belarus", "code": "blr"}],
                              "target": [{"actorText": "Ukraine", "code": "UKR"}]}]},
                 {"id": "b", "text": "Rain fell.", "split": "test"},
                 {"id": "c", "text": "Iran hosted Iraq; Iraq thanked Iran.", "cameo": "043",
                  "source": [{"actorText": "Iran", "code": "IRN"}], "target": [{"actorText": "Iraq", "code": "IRQ"}]},
                 {"id": "c", "text": "Iran hosted Iraq; Iraq thanked Iran.", "event": "SUPPORT", "cameo": "051",
                  "source": {"actorText": "Iraq", "code": "IRQ"}, "target": "IRN"},
                 {"id": "d", "text": "Police protested.", "event": "PROTEST", "source": [{"code": "COP"}], "target": []}
                ]
                """), ONTOLOGY);
        assertEquals(GoldSet.PLOVER_JSON, g.format());
        assertEquals(List.of("a", "b", "c", "d"), g.records().stream().map(GoldRecord::id).toList());
        GoldRecord a = g.records().get(0);
        assertEquals(LocalDate.of(2019, 3, 1), a.date());
        assertEquals(List.of(new GoldEvent("ACCUSE", "111", "RUS", "UKR", "Russia", "Ukraine"),
                new GoldEvent("ACCUSE", "111", "BLR", "UKR", "Belarus", "Ukraine")), a.events());
        assertTrue(g.records().get(1).events().isEmpty());
        List<GoldEvent> c = g.records().get(2).events();
        assertEquals(2, c.size());
        assertEquals("CONSULT", c.get(0).category(), "the category follows from the CAMEO code");
        assertEquals(new GoldEvent("SUPPORT", "051", "IRQ", "IRN", "Iraq", null), c.get(1));
        assertEquals(new GoldEvent("PROTEST", null, "COP", null, null, null), g.records().get(3).events().get(0));
        assertEquals(List.of("dev", "test"), g.splits());
        assertTrue(g.notes().isEmpty(), g.notes().toString());
    }

    @Test
    void ploverErrorsNameFileAndLine() throws IOException {
        Path bad = write("bad.json", "[\n {\"id\": \"a\", \"text\": \"x\"},\n {\"id\": \"b\", \"text\": \"y\", \"cameo\": \"999\"}\n]");
        DataFileException e = assertThrows(DataFileException.class, () -> GoldSet.read(bad, ONTOLOGY));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("record 'b'") && e.getMessage().contains("999"), e.getMessage());
        Path number = write("n.json", "[{\"id\": \"a\", \"text\": \"x\", \"cameo\": 36}]");
        assertTrue(assertThrows(DataFileException.class, () -> GoldSet.read(number, ONTOLOGY)).getMessage().contains("\"036\""));
        Path category = write("c.json", "[{\"id\": \"a\", \"text\": \"x\", \"event\": \"FIGHT\"}]");
        assertTrue(assertThrows(DataFileException.class, () -> GoldSet.read(category, ONTOLOGY)).getMessage().contains("FIGHT"));
        Path twice = write("t.json", "[{\"id\": \"a\", \"text\": \"x\"},\n{\"id\": \"a\", \"text\": \"other\"}]");
        assertEquals(2, assertThrows(DataFileException.class, () -> GoldSet.read(twice, ONTOLOGY)).line());
        Path notJson = write("x.json", "[{\"id\": \"a\",\n\"text\" \"x\"}]");
        assertEquals(2, assertThrows(DataFileException.class, () -> GoldSet.read(notJson, ONTOLOGY)).line());
    }

    @Test
    void categoryThatDisagreesWithTheOntologyIsNoted() throws IOException {
        GoldSet g = GoldSet.read(write("g.json", "[{\"id\": \"a\", \"text\": \"x\", \"event\": \"AGREE\", \"cameo\": \"057\", \"source\": \"RUS\"}]"), ONTOLOGY);
        assertEquals("AGREE", g.records().get(0).events().get(0).category());
        assertEquals(1, g.notes().size());
        assertTrue(g.notes().get(0).contains("057") && g.notes().get(0).contains("SUPPORT"), g.notes().get(0));
    }

    static final String XML = """
            <?xml version='1.0' encoding='utf-8'?>
            <Validation>
            <!-- use <Sentence id="X" evaluate="false"> ... </Sentence> to skip -->
            <Sentences>
            <Sentence category="DEMO" date="19950101" id="D-1" evaluate="true">
            <!-- a comment -->
            <EventCoding eventcode="050" sourcecode="ARN" targetcode="GON" />
            <EventCoding eventcode="345" sourcecode="ARN" targetcode="GON" />
            <Text>
            Arnor is about to restore full diplomatic
            ties with &quot;Gondor&quot;.
            </Text>
            <Parse>
            1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
            2	restored	restore	VERB	VBD	_	0	root	_	_
            </Parse></Sentence>
            <Sentence category="DEMO" date="19950102" id="D-2" evaluate="false">
            <EventCoding eventcode="050" sourcecode="ARN" targetcode="GON" />
            <Text>Skipped.</Text>
            </Sentence>
            <Sentence category="DEMO" date="19950103" id="D-3" evaluate="true">
            <EventCoding noevents="True"> </EventCoding>
            <Text>Nothing happened.</Text>
            <Parse>
            1	Nothing	nothing	PRON	NN	_	2	nsubj	_	_
            2	happened	happen	VERB	VBD	_	0	root	_	_
            </Parse></Sentence>
            <Sentence category="DEMO" date="19950103" id="D-4" evaluate="true">
            <EventCoding error="dateline" />
            <Text>Bad.</Text>
            </Sentence>
            <Sentence category="DEMO" date="19950104" id="D-3" evaluate="true">
            <EventCoding eventcode="1123" sourcecode="CALGOV" targetcode="---" />
            <Text>Calenardhon accused.</Text>
            <Parse>
            1	Calenardhon	Calenardhon	PROPN	NNP	_	2	nsubj	_	_
            2	accused	accuse	VERB	VBD	_	0	root	_	_
            </Parse></Sentence>
            </Sentences>
            </Validation>
            """;

    @Test
    void petrarchValidationRecords() throws IOException {
        GoldSet g = GoldSet.read(write("v.xml", XML), ONTOLOGY);
        assertEquals(GoldSet.PETRARCH_XML, g.format());
        assertEquals(List.of("D-1", "D-3", "D-3~2"), g.records().stream().map(GoldRecord::id).toList());
        GoldRecord d1 = g.records().get(0);
        assertEquals("Arnor is about to restore full diplomatic ties with \"Gondor\".", d1.text());
        assertEquals(LocalDate.of(1995, 1, 1), d1.date());
        assertEquals(List.of(new GoldEvent("SUPPORT", "050", "ARN", "GON", null, null)), d1.events());
        assertEquals("v.xml:5", d1.origin().substring(d1.origin().lastIndexOf('/') + 1));
        assertTrue(g.records().get(1).events().isEmpty());
        assertEquals(new GoldEvent("ACCUSE", "1123", "CALGOV", null, null, null), g.records().get(2).events().get(0));
        String notes = String.join("\n", g.notes());
        assertTrue(notes.contains("1 records marked evaluate=\"false\"") && notes.contains("1 records that expect an input error")
                && notes.contains("[345]") && notes.contains("'D-3~2'"), notes);
    }

    @Test
    void inputForDyadCode() throws IOException {
        GoldSet xml = GoldSet.read(write("v.xml", XML), ONTOLOGY);
        assertTrue(InputMaker.writesConllU(xml));
        String conllu = new InputMaker().input(xml, null);
        List<ConllUReader.ParsedDocument> docs = new ConllUReader().read("in.conllu", "x", conllu);
        assertEquals(List.of("D-1", "D-3", "D-3~2"), docs.stream().map(ConllUReader.ParsedDocument::id).toList());
        assertEquals(LocalDate.of(1995, 1, 4), docs.get(2).date());
        assertEquals(2, docs.get(0).sentences().get(0).tokens().size());

        GoldSet json = GoldSet.read(write("g.json", "[{\"id\": \"a\", \"date\": \"2019-03-01\", \"split\": \"dev\", \"text\": \"Say \\\"hi\\\".\"},"
                + "{\"id\": \"b\", \"split\": \"test\", \"text\": \"Rain.\", \"url\": \"https://x\"}]"), ONTOLOGY);
        assertTrue(!InputMaker.writesConllU(json));
        assertEquals("{\"id\":\"a\",\"date\":\"2019-03-01\",\"text\":\"Say \\\"hi\\\".\"}\n{\"id\":\"b\",\"text\":\"Rain.\",\"url\":\"https://x\"}\n",
                new InputMaker().input(json, null));
        assertEquals("{\"id\":\"b\",\"text\":\"Rain.\",\"url\":\"https://x\"}\n", new InputMaker().input(json, "test"));
    }

    @Test
    void codedEventsFromDyadOutput() throws IOException {
        Path out = write("out.jsonl", """
                {"event_id":"e1","doc_id":"a","sentence_index":0,"date":"2019-03-01","source":{"code":"RUSGOV","text":"Moscow"},"target":null,"cameo":{"code":"111","root":"11"},"plover":{"event":"ACCUSE"},"trigger":{"text":"condemned","start":0,"end":9}}

                {"event_id":"e2","doc_id":"a","sentence_index":1,"source":{"code":"RUS","text":"Russia"},"target":{"code":"UKR","text":"Ukraine"},"cameo":{"code":"036"},"plover":{"event":"AGREE"},"negated":true}
                {"event_id":"e3","doc_id":"b","sentence_index":2,"source":{"code":"RUS","text":"Russia"},"target":{"code":"UKR","text":"Ukraine"},"cameo":{"code":"0231"},"plover":{"event":"REQUEST"}}
                """);
        CodedEvents c = CodedEvents.read(out);
        assertEquals(1, c.negated());
        assertEquals(2, c.events().size());
        CodedEvent first = c.events().get(0);
        assertEquals("RUSGOV", first.source());
        assertNull(first.target());
        assertEquals("11", first.root());
        assertEquals("02", c.events().get(1).root());
        Path bad = write("bad.jsonl", "{\"doc_id\":\"a\",\"source\":{\"code\":\"RUS\"},\"cameo\":{\"code\":\"036\"},\"plover\":{\"event\":\"AGREE\"}}\n{\"doc_id\":\"a\",\"cameo\":{\"code\":\"036\"},\"plover\":{\"event\":\"AGREE\"}}\n");
        DataFileException e = assertThrows(DataFileException.class, () -> CodedEvents.read(bad));
        assertEquals(2, e.line());
    }
}
