package dyad.store;

import dyad.model.Actor;
import dyad.model.ActorCode;
import dyad.model.CameoCode;
import dyad.model.Document;
import dyad.model.Event;
import dyad.model.Span;
import dyad.ontology.Ontology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds dyad.model records for store tests. */
public final class TestEvents {
    private static final Ontology ONTOLOGY = Ontology.builtIn();

    private TestEvents() {
    }

    static Document doc(String id, String text, LocalDate date, String url) {
        return new Document(id, text, date, "Title of " + id, url, "input.jsonl:" + Math.abs(id.hashCode() % 1000));
    }

    /** An actor for a CAMEO actor code: a 3-letter country (unless IGO/NGO...) then 3-letter sectors. */
    static Actor actor(String code, String text) {
        String country = code.length() >= 3 && !code.startsWith("IGO") && !code.startsWith("NGO") ? code.substring(0, 3) : null;
        List<String> sectors = new ArrayList<>();
        for (int i = country == null ? 0 : 3; i + 3 <= code.length(); i += 3) sectors.add(code.substring(i, i + 3));
        return new Actor(new ActorCode(code, country, sectors), text, text.toUpperCase().replace(' ', '_'),
                new Span(text, 0, text.length()), "dictionary");
    }

    static CameoCode cameo(String code) {
        return ONTOLOGY.get(code);
    }

    static Event event(String docId, int sentence, String sentenceText, LocalDate date, String source, String target,
                       String code) {
        String id = EventStore.sha256(docId + "|" + sentence + "|" + source + "|" + target + "|" + code).substring(0, 16);
        return new Event(id, docId, sentence, sentenceText, date, actor(source, source.toLowerCase() + " officials"),
                target == null ? null : actor(target, target.toLowerCase() + " leaders"), cameo(code),
                new Span("met", 10, 13), false, dyad.model.Modality.ASSERTED,
                new Event.Evidence("p1 (patterns.txt:1)", "document date", List.of("note one", "note; two")));
    }

    /** A coded entry: the text's sentences split at ". ", one event per (source, target, code) triple on the first sentence. */
    static StoreEntry.Coded coded(Document d, String... triples) {
        List<String> sentences = Arrays.asList(d.text().split("(?<=\\.) "));
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < triples.length; i++) {
            String[] t = triples[i].split(" ");
            String target = t[1].equals("-") ? null : t[1];
            int s = Math.min(i, sentences.size() - 1);
            events.add(event(d.id(), s, sentences.get(s), d.date(), t[0], target, t[2]));
        }
        return new StoreEntry.Coded(d, EventStore.sha256(d.text()), sentences, events);
    }

    /** Four months of Russia-Ukraine events (and one Turkey event) stored in a database, for charts and reports. */
    static final String[][] SAMPLE = {
            {"2022-02-10", "RUSGOV UKRGOV 040", "RUSMIL UKRMIL 190"},
            {"2022-03-10", "RUSMIL UKR 194", "UKRGOV RUSGOV 112", "RUSMIL UKRGOV 190"},
            {"2022-04-10", "RUSGOV UKRGOV 030", "UKRMIL RUSMIL 190"},
            {"2022-05-10", "RUSGOV UKRGOV 057", "UKRGOV RUSGOV 057", "TURGOV UKRGOV 043"}};

    public static void storeSample(EventStore store) {
        for (String[] month : SAMPLE) {
            LocalDate d = LocalDate.parse(month[0]);
            Document doc = doc("doc-" + month[0], "Sentence one. Sentence two. Sentence three.", d, "https://example.org/" + month[0]);
            store.write(doc, EventStore.sha256(doc.text()), List.of("Sentence one.", "Sentence two.", "Sentence three."),
                    coded(doc, java.util.Arrays.copyOfRange(month, 1, month.length)).events());
        }
    }

    /** Events of the sample between a and b (either direction, by code prefix), cooperation (quad 1-2) or conflict. */
    public static long sampleCount(String a, String b, boolean cooperation) {
        long n = 0;
        for (String[] month : SAMPLE) {
            for (int i = 1; i < month.length; i++) {
                String[] t = month[i].split(" ");
                boolean pair = (t[0].startsWith(a) && t[1].startsWith(b)) || (t[0].startsWith(b) && t[1].startsWith(a));
                if (pair && (ONTOLOGY.get(t[2]).quadClass() <= 2) == cooperation) n++;
            }
        }
        return n;
    }
}
