package dyad.petrarch;

import dyad.model.DataFileException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidationFileTest {
    static final String FILE = """
            <?xml version='1.0' encoding='utf-8'?>
            <Validation>
            <!--
            #   Use <Sentence ... evaluate="false"> to bypass a case
            -->
            <Environment>
                <Verbfile>verbs.txt</Verbfile>
                <Actorfile>actors.txt</Actorfile>
                <Agentfile>agents.txt</Agentfile>
                <PICOfile>pico.txt</PICOfile>
                <Include>DEMO COMPOUND </Include>
            </Environment>
            <Sentences>
            <Sentence category="DEMO" date="19950101" id="DEMO-01" evaluate="true">
            <!-- a comment -->
            <EventCoding eventcode="042" sourcecode="ARN" targetcode="GON" />
            <EventCoding eventcode="043" sourcecode="GON" targetcode="ARN" />
            <Text>
            Arnor left for
            Gondor.
            </Text>
            <Parse>
            1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
            2	left	leave	VERB	VBD	_	0	root	_	_
            3	for	for	ADP	IN	_	4	case	_	_
            4	Gondor	Gondor	PROPN	NNP	_	2	nmod	_	_
            </Parse></Sentence>
            <Sentence category="ERROR" date="19950102" id="ERR-01" evaluate="false">
            <EventCoding noevents="True">
            <EventCoding error="dateline" />
            <Text>x</Text>
            <Parse>
            1	x	x	X	FW	_	0	root	_	_
            </Parse>
            </Sentence>
            </Sentences>
            </Validation>
            """;

    @Test
    void readsTheEnvironmentAndRecordsLeniently() {
        ValidationFile f = ValidationFile.read("v.xml", FILE);
        ValidationFile.Environment e = f.environment();
        assertEquals("verbs.txt", e.verbs());
        assertEquals(List.of("actors.txt"), e.actors());
        assertEquals("pico.txt", e.pico());
        assertEquals(Set.of("DEMO", "COMPOUND"), e.include());
        assertEquals(2, f.records().size(), "the <Sentence> inside the comment is not a record");
        ValidationFile.Record r = f.records().get(0);
        assertEquals("DEMO-01", r.id());
        assertEquals(LocalDate.of(1995, 1, 1), r.date());
        assertEquals("Arnor left for Gondor.", r.text());
        assertEquals(List.of(new ValidationFile.Expected("042", "ARN", "GON"), new ValidationFile.Expected("043", "GON", "ARN")), r.expected());
        assertEquals(4, r.parse().strip().split("\n").length);
        ValidationFile.Record skipped = f.records().get(1);
        assertFalse(skipped.evaluate());
        assertTrue(skipped.noEvents());
        assertEquals(List.of("dateline"), skipped.errors());
    }

    @Test
    void aRecordWithoutADateNamesItsLine() {
        String bad = FILE.replace("date=\"19950101\" ", "");
        DataFileException e = assertThrows(DataFileException.class, () -> ValidationFile.read("v.xml", bad));
        assertEquals(14, e.line());
        assertTrue(e.getMessage().contains("DEMO-01"), e.getMessage());
    }
}
