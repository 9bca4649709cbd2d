package dyad.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ValidateCommandTest {
    /** Records of UD-PETRARCH's suite that passed when this test was written: it fails if fewer pass. */
    static final int REACHED = 230;

    static int[] counts(String out) {
        Matcher m = Pattern.compile("(?m)^(\\d+) passed, (\\d+) failed$").matcher(out);
        assertTrue(m.find(), "closing line: " + out);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    @Test
    void runsUdPetrarchsValidationSuiteWithItsOwnDictionaries() throws Exception {
        Path file = Path.of("../../shared/gold/ud-petrarch/PETR_Validate_records_2_02.xml");
        assumeTrue(Files.exists(file), "../shared is absent");
        DyadProcess.Run r = DyadProcess.run("validate", file.toString());
        assertEquals(0, r.status(), r.err());
        int[] c = counts(r.out());
        assertEquals(245, c[0] + c[1], "records scored (the file's <Include> categories, evaluate not false)");
        assertTrue(c[0] >= REACHED, c[0] + " passed, fewer than " + REACHED + ":\n" + r.out());
        assertTrue(r.out().contains("PASS DEMO-03  042 DAGGOV GON, 043 GON DAGGOV"), r.out());
        assertTrue(r.err().contains("PETR_Validate_verbs_2_02.txt: ") && r.err().contains("lines used"), r.err());
    }

    @Test
    void passMeansExactlyTheExpectedEvents(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("verbs.txt"), """
                --- ARRIVE [042:043] ---
                ARRIVE
                --- MEET [040] ---
                MEET
                """);
        Files.writeString(dir.resolve("actors.txt"), "ARNOR_ [ARN]\nGONDOR_ [GON]\n");
        Files.writeString(dir.resolve("agents.txt"), "PRESIDENT [~GOV]\n");
        String parse = """
                1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
                2	VERB	VERB	VERB	VBD	_	0	root	_	_
                3	in	in	ADP	IN	_	4	case	_	_
                4	Gondor	Gondor	PROPN	NNP	_	2	nmod	_	_
                """;
        Files.writeString(dir.resolve("v.xml"), """
                <Environment>
                <Verbfile>verbs.txt</Verbfile>
                <Actorfile>actors.txt</Actorfile>
                <Agentfile>agents.txt</Agentfile>
                </Environment>
                <Sentence category="DEMO" date="19950101" id="A-1" evaluate="true">
                <EventCoding eventcode="042" sourcecode="ARN" targetcode="GON" />
                <EventCoding eventcode="043" sourcecode="GON" targetcode="ARN" />
                <Text>Arnor arrived in Gondor.</Text>
                <Parse>
                %s</Parse></Sentence>
                <Sentence category="DEMO" date="19950101" id="A-2" evaluate="true">
                <EventCoding eventcode="042" sourcecode="ARN" targetcode="GON" />
                <Text>Arnor arrived in Gondor.</Text>
                <Parse>
                %s</Parse></Sentence>
                <Sentence category="DEMO" date="19950101" id="A-3" evaluate="false">
                <EventCoding noevents="True" />
                <Text>Arnor met in Gondor.</Text>
                <Parse>
                %s</Parse></Sentence>
                """.formatted(parse.replace("VERB\tVERB\tVERB", "arrived\tarrive\tVERB"), parse.replace("VERB\tVERB\tVERB", "arrived\tarrive\tVERB"),
                parse.replace("VERB\tVERB\tVERB", "met\tmeet\tVERB")));
        DyadProcess.Run r = DyadProcess.run("validate", "--skipped", dir.resolve("v.xml").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("PASS A-1  042 ARN GON, 043 GON ARN"), r.out());
        assertTrue(r.out().contains("FAIL A-2  expected: 042 ARN GON  produced: 042 ARN GON, 043 GON ARN"), "an extra event fails: " + r.out());
        assertTrue(r.out().contains("SKIP A-3  (evaluate=\"false\")"), r.out());
        assertEquals(1, counts(r.out())[0]);
        assertEquals(1, counts(r.out())[1]);
    }

    @Test
    void codeImportsAPetrarchVerbDictionary(@TempDir Path dir) throws Exception {
        Path verbs = dir.resolve("verbs.txt");
        Files.writeString(verbs, """
                --- DEPORT [174] ---
                DEPORT
                - * JOURNALISTS [1711]
                - * (TO $) [999]
                """);
        Path parse = dir.resolve("p.conllu");
        Files.writeString(parse, String.join("\n",
                "# newdoc id = story-1",
                "# date = 2016-03-27",
                "1\tSyrian\tSyrian\tADJ\tJJ\t_\t2\tamod\t_\t_",
                "2\ttroops\ttroops\tNOUN\tNNS\t_\t3\tnsubj\t_\t_",
                "3\tdeported\tdeport\tVERB\tVBD\t_\t0\troot\t_\t_",
                "4\tTurkish\tTurkish\tADJ\tJJ\t_\t5\tamod\t_\t_",
                "5\tjournalists\tjournalist\tNOUN\tNNS\t_\t3\tdobj\t_\t_",
                "", ""));
        DyadProcess.Run r = DyadProcess.run("code", "--conllu", parse.toString(), "--verbs-petrarch", verbs.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"code\":\"1711\"") && r.out().contains(verbs + ":3"), r.out());
        assertTrue(r.err().contains(verbs + ":4: code [999] is not a known event code"), r.err());
        assertTrue(r.err().contains("verb dictionary " + verbs + ": 2 patterns; 3 of 4 lines used, 1 reported as not used"), r.err());
    }
}
