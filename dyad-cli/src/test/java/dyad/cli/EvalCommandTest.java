package dyad.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalCommandTest {
    @TempDir
    Path dir;

    static final String GOLD = """
            [
             {"id": "s1", "date": "2019-05-02", "split": "dev", "text": "Russia condemned Ukraine.",
              "events": [{"event": "ACCUSE", "cameo": "111", "source": [{"actorText": "Russia", "code": "RUS"}],
                          "target": [{"actorText": "Ukraine", "code": "UKR"}]}]},
             {"id": "s2", "date": "2019-05-02", "split": "test", "text": "It rained in Oslo."}
            ]
            """;

    @Test
    void scoresEventsAndWritesHtml() throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.json"), GOLD);
        Path events = Files.writeString(dir.resolve("out.jsonl"), String.join("\n",
                "{\"doc_id\":\"s1\",\"sentence_index\":0,\"source\":{\"code\":\"RUSGOV\",\"text\":\"Russia\"},\"target\":{\"code\":\"UKR\",\"text\":\"Ukraine\"},"
                        + "\"cameo\":{\"code\":\"111\"},\"plover\":{\"event\":\"ACCUSE\"}}",
                "{\"doc_id\":\"s2\",\"sentence_index\":0,\"source\":{\"code\":\"NOR\",\"text\":\"Oslo\"},\"target\":null,"
                        + "\"cameo\":{\"code\":\"010\"},\"plover\":{\"event\":\"CONSULT\"}}", ""));
        Path html = dir.resolve("report.html");
        DyadProcess.Run r = DyadProcess.run("eval", gold.toString(), events.toString(), "--html", html.toString(), "--mistakes");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("2 records (1 without events), 1 gold events, 2 coded events"), r.out());
        assertTrue(r.out().contains("                 country    0.500   1.000   0.667      1      1      0"), r.out());
        assertTrue(r.out().contains("                 full       0.000   0.000   0.000      0      2      1"), r.out());
        assertTrue(r.out().contains("false-positive rate 100.0%"), r.out());
        assertTrue(r.out().contains("s2: It rained in Oslo.\n  ! CONSULT 010 NOR (Oslo) -> (none)"), r.out());
        assertTrue(Files.readString(html).contains("<svg"), "chart in the page");

        DyadProcess.Run test = DyadProcess.run("eval", gold.toString(), events.toString(), "--split", "test", "--level", "FULL");
        assertEquals(0, test.status(), test.err());
        assertTrue(test.out().contains(", split test") && test.out().contains("1 records (1 without events), 0 gold events, 1 coded events"), test.out());
    }

    @Test
    void makesInputAndReportsBadFiles() throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.json"), GOLD);
        DyadProcess.Run in = DyadProcess.run("eval", "--make-input", gold.toString(), "--split", "dev");
        assertEquals(0, in.status(), in.err());
        assertEquals("{\"id\":\"s1\",\"date\":\"2019-05-02\",\"text\":\"Russia condemned Ukraine.\"}\n", in.out());

        Path bad = Files.writeString(dir.resolve("out.jsonl"), "{\"doc_id\":\"s1\"}\n");
        DyadProcess.Run r = DyadProcess.run("eval", gold.toString(), bad.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("out.jsonl:1: event without 'cameo.code'"), r.err());

        DyadProcess.Run split = DyadProcess.run("eval", gold.toString(), bad.toString(), "--split", "train");
        assertEquals(2, split.status());
        assertTrue(split.err().contains("no gold records in split 'train' (splits: dev, test)"), split.err());
    }

    @Test
    void petrarchRecordsThroughTheirOwnParses() throws Exception {
        Path gold = Files.writeString(dir.resolve("validate.xml"), String.join("\n",
                "<Validation><Sentences>",
                "<!-- <Sentence id=\"IGNORED\" evaluate=\"true\"> in a comment is not a record -->",
                "<Sentence category=\"DEMO\" date=\"20160327\" id=\"V-1\" evaluate=\"true\">",
                "<EventCoding eventcode=\"190\" sourcecode=\"SYRMIL\" targetcode=\"TUR\" />",
                "<Text>Syrian troops attacked Turkish positions.</Text>",
                "<Parse>",
                "1\tSyrian\tSyrian\tADJ\tJJ\t_\t2\tamod\t_\t_",
                "2\ttroops\ttroops\tNOUN\tNNS\t_\t3\tnsubj\t_\t_",
                "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_",
                "4\tTurkish\tTurkish\tADJ\tJJ\t_\t5\tamod\t_\t_",
                "5\tpositions\tposition\tNOUN\tNNS\t_\t3\tdobj\t_\t_",
                "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_",
                "</Parse></Sentence>",
                "<Sentence category=\"DEMO\" date=\"20160327\" id=\"V-2\" evaluate=\"false\">",
                "<EventCoding noevents=\"True\" /><Text>Skipped.</Text></Sentence>",
                "</Sentences></Validation>", ""));
        Path conllu = dir.resolve("validate.conllu");
        DyadProcess.Run in = DyadProcess.run("eval", "--make-input", gold.toString(), "-o", conllu.toString());
        assertEquals(0, in.status(), in.err());
        assertTrue(Files.readString(conllu).startsWith("# newdoc id = V-1\n# date = 2016-03-27\n"), Files.readString(conllu));
        Path out = dir.resolve("out.jsonl");
        DyadProcess.Run code = DyadProcess.run("code", "--conllu", conllu.toString(), "-o", out.toString());
        assertEquals(0, code.status(), code.err());
        long events = Files.readAllLines(out).stream().filter(l -> !l.isBlank()).count();
        DyadProcess.Run eval = DyadProcess.run("eval", gold.toString(), out.toString());
        assertEquals(0, eval.status(), eval.err());
        assertTrue(eval.out().contains("(PETRARCH validation XML)") && eval.out().contains("1 records (0 without events), 1 gold events, " + events + " coded events"), eval.out());
        assertTrue(eval.out().contains("1 records marked evaluate=\"false\" skipped"), eval.out());
    }
}
