package dyad.server;

import dyad.model.Actor;
import dyad.model.ActorCode;
import dyad.model.Document;
import dyad.model.Event;
import dyad.model.Location;
import dyad.model.Modality;
import dyad.model.Span;
import dyad.ontology.Ontology;
import dyad.store.EventStore;
import dyad.store.StoreEntry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small event database with known contents: seven stories of 2019 (Russia and Ukraine, Iran, Turkey, Germany),
 * their cleaned texts, events whose actor, trigger and place spans point at the right words, locations, one negated
 * event and one skipped document. Tests compute what each filter must return from {@link #events()} with plain Java.
 */
final class SeedDatabase {
    private static final Ontology ONTOLOGY = Ontology.builtIn();

    /** A place an event happened: the words that name it (null: none in the text), and the gazetteer's place. */
    record Place(String words, String name, String country, String admin1, double lat, double lon, String precision) {
    }

    static final Place MINSK = new Place("Minsk", "Minsk", "BLR", "Minsk City", 53.9, 27.5667, "city");
    static final Place DONETSK = new Place("Donetsk", "Donetsk", "UKR", "Donetsk Oblast", 48.023, 37.8022, "city");
    static final Place KERCH = new Place("Kerch", "Kerch", "UKR", "Crimea", 45.3607, 36.4706, "city");
    static final Place TEHRAN = new Place(null, "Tehran", "IRN", "Tehran", 35.6944, 51.4215, "city");
    static final Place LUHANSK = new Place("Luhansk", "Luhansk", "UKR", "Luhansk Oblast", 48.5667, 39.3333, "city");
    static final Place MOSCOW = new Place("Moscow", "Moscow", "RUS", "Moscow", 55.7522, 37.6156, "city");

    /** One event: in sentence {@code s}, "words" and codes of the source, trigger, CAMEO code, target; place or null. */
    record Spec(int s, String sourceWords, String source, String trigger, String cameo, String targetWords, String target,
                Place place, boolean negated) {
    }

    /** A story: its sentences (the cleaned text is them joined by a space) and events. */
    record Story(String id, String date, String title, List<String> sentences, List<Spec> events) {
    }

    static Spec ev(int s, String sw, String source, String trigger, String cameo, String tw, String target, Place place) {
        return new Spec(s, sw, source, trigger, cameo, tw, target, place, false);
    }

    static final List<Story> STORIES = List.of(
            new Story("minsk-talks", "2019-01-10", "Russia and Ukraine hold talks in Minsk", List.of(
                    "Russian officials met Ukrainian envoys in Minsk on Thursday.",
                    "Ukraine accused Russia of shelling villages near Donetsk."), List.of(
                    ev(0, "Russian officials", "RUSGOV", "met", "040", "Ukrainian envoys", "UKRGOV", MINSK),
                    ev(1, "Ukraine", "UKR", "accused", "112", "Russia", "RUS", DONETSK))),
            new Story("kerch", "2019-02-05", "Russian forces attack Ukrainian ships", List.of(
                    "Russian forces attacked three Ukrainian ships near Kerch.",
                    "The European Union condemned the attack."), List.of(
                    ev(0, "Russian forces", "RUSMIL", "attacked", "190", "Ukrainian ships", "UKRMIL", KERCH),
                    ev(1, "The European Union", "IGOEU", "condemned", "111", null, null, null))),
            new Story("tehran-visit", "2019-03-12", "Turkish minister visits Tehran", List.of(
                    "Turkey's foreign minister visited Iran on Tuesday.",
                    "Iran and Turkey signed a trade agreement."), List.of(
                    ev(0, "Turkey's foreign minister", "TURGOV", "visited", "042", "Iran", "IRN", TEHRAN),
                    ev(1, "Iran", "IRNGOV", "signed", "057", "Turkey", "TURGOV", null),
                    ev(1, "Turkey", "TURGOV", "signed", "057", "Iran", "IRNGOV", null))),
            new Story("sanctions", "2019-04-02", "United States imposes sanctions on Iran", List.of(
                    "The United States imposed new sanctions on Iran.",
                    "Iranian officials rejected the sanctions.",
                    "The president did not threaten war."), List.of(
                    ev(0, "The United States", "USAGOV", "imposed", "163", "Iran", "IRN", null),
                    ev(1, "Iranian officials", "IRNGOV", "rejected", "120", null, null, null),
                    new Spec(2, "The president", "USAGOV", "threaten", "130", null, null, null, true))),
            new Story("ceasefire", "2019-05-20", "Ceasefire agreed in eastern Ukraine", List.of(
                    "Ukraine and Russia agreed to a ceasefire in Luhansk.",
                    "Rebels attacked a checkpoint near Luhansk on Sunday."), List.of(
                    ev(0, "Ukraine", "UKRGOV", "agreed", "030", "Russia", "RUSGOV", LUHANSK),
                    ev(0, "Russia", "RUSGOV", "agreed", "030", "Ukraine", "UKRGOV", LUHANSK),
                    ev(1, "Rebels", "UKRREB", "attacked", "190", null, null, LUHANSK))),
            new Story("aid", "2019-06-15", "Germany sends aid to Ukraine", List.of(
                    "Germany sent humanitarian aid to Ukraine.",
                    "Ukrainian President Volodymyr Zelensky thanked Germany."), List.of(
                    ev(0, "Germany", "DEUGOV", "sent", "070", "Ukraine", "UKR", null),
                    ev(1, "Ukrainian President Volodymyr Zelensky", "UKRGOV", "thanked", "051", "Germany", "DEUGOV", null))),
            new Story("protest", "2019-06-20", "Protesters rally in Moscow", List.of(
                    "Protesters demonstrated against the Russian government in Moscow."), List.of(
                    ev(0, "Protesters", "RUSOPP", "demonstrated", "140", "the Russian government", "RUSGOV", MOSCOW))));

    private SeedDatabase() {
    }

    /** Every event of the stories, in story order, as stored. */
    static List<Event> events() {
        List<Event> out = new ArrayList<>();
        for (Story s : STORIES) out.addAll(events(s));
        return out;
    }

    static String text(Story s) {
        return String.join(" ", s.sentences());
    }

    static List<Event> events(Story story) {
        String text = text(story);
        List<Event> out = new ArrayList<>();
        for (Spec e : story.events()) {
            String sentence = story.sentences().get(e.s());
            int at = text.indexOf(sentence);
            Span trigger = span(sentence, at, e.trigger());
            Actor source = actor(e.source(), e.sourceWords(), sentence, at);
            Actor target = e.target() == null ? null : actor(e.target(), e.targetWords(), sentence, at);
            Location location = null;
            if (e.place() != null) {
                Place p = e.place();
                location = new Location(p.name(), p.country(), p.admin1(), p.lat(), p.lon(), null, p.precision(),
                        p.words() == null ? null : span(sentence, at, p.words()), p.words() == null ? "story" : "sentence");
            }
            String id = EventStore.sha256(story.id() + "|" + e.s() + "|" + e.trigger() + "|" + e.source() + "|" + e.cameo()).substring(0, 16);
            out.add(new Event(id, story.id(), e.s(), sentence, LocalDate.parse(story.date()), source, target, ONTOLOGY.get(e.cameo()),
                    trigger, e.negated(), Modality.ASSERTED,
                    new Event.Evidence("seed-" + e.cameo() + " (seed-patterns.txt:" + (e.s() + 1) + ")", "document date",
                            List.of("seeded for the server's tests")), location));
        }
        return out;
    }

    private static Span span(String sentence, int sentenceStart, String words) {
        int i = sentence.indexOf(words);
        if (i < 0) throw new IllegalArgumentException("'" + words + "' is not in '" + sentence + "'");
        return new Span(words, sentenceStart + i, sentenceStart + i + words.length());
    }

    private static Actor actor(String code, String words, String sentence, int at) {
        String country = code.startsWith("IGO") ? null : code.substring(0, 3);
        List<String> sectors = new ArrayList<>();
        for (int i = 3; i + 3 <= code.length(); i += 3) sectors.add(code.substring(i, i + 3));
        String entity = words.contains("Zelensky") ? "VOLODYMYR_ZELENSKY" : null;
        return new Actor(new ActorCode(code, country, sectors), words, entity, span(sentence, at, words), "dictionary");
    }

    /** Writes the database: the stories (with their cleaned texts) and one skipped document. */
    static void write(Path file) {
        try (EventStore store = EventStore.open(file)) {
            List<StoreEntry> entries = new ArrayList<>();
            for (Story s : STORIES) {
                Document d = new Document(s.id(), text(s), LocalDate.parse(s.date()), s.title(), "https://news.example.org/" + s.id(),
                        "seed.jsonl:" + (STORIES.indexOf(s) + 1));
                entries.add(new StoreEntry.Coded(d, EventStore.sha256(d.text()), s.sentences(), events(s), text(s)));
            }
            entries.add(new StoreEntry.Skipped("broken", null, "seed.jsonl:8", "empty document", null));
            store.writeBatch(entries);
        }
    }

    /** The PLOVER type of a CAMEO code (for expectations). */
    static String plover(String cameo) {
        return ONTOLOGY.get(cameo).ploverEvent();
    }

    static List<String> ids(List<Event> events) {
        return events.stream().map(Event::eventId).toList();
    }

    static List<String> sorted(List<String> ids) {
        String[] a = ids.toArray(new String[0]);
        Arrays.sort(a);
        return List.of(a);
    }
}
