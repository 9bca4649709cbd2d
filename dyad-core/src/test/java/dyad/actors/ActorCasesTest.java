package dyad.actors;

import dyad.model.ActorCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dictionary test table: every {@code cases-*.txt} in the test resources holds lines
 * {@code mention | date | expected code}. All failures are reported together, with file:line and the explanation.
 */
class ActorCasesTest {
    static final Path DIR = Path.of("src/test/resources/dyad/actors");
    static ActorLookup lookup;

    @BeforeAll
    static void load() {
        lookup = new ActorLookup(ActorDictionary.builtIn());
    }

    @Test
    void everyCaseResolvesToItsCode() throws IOException {
        List<String> failures = new ArrayList<>();
        int n = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.getFileName().toString().startsWith("cases")).sorted().toList();
        }
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                String[] p = l.split("\\s*\\|\\s*");
                if (p.length != 3) {
                    failures.add(f.getFileName() + ":" + (i + 1) + ": want 'mention | date | code'");
                    continue;
                }
                n++;
                ActorLookup.Lookup r = lookup.resolve(p[0], LocalDate.parse(p[1]));
                String got = r.code() == null ? "(none)" : r.code().code();
                if (!got.equals(p[2])) {
                    failures.add(f.getFileName() + ":" + (i + 1) + ": '" + p[0] + "' on " + p[1] + " gave " + got
                            + ", expected " + p[2] + "\n      " + String.join("\n      ", r.steps()));
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + n + " cases failed:\n" + String.join("\n", failures));
    }

    @Test
    void everyCountryResolvesByNameAdjectiveAndCapital() {
        ActorDictionary d = ActorDictionary.builtIn();
        LocalDate date = LocalDate.of(2024, 1, 1);
        List<String> failures = new ArrayList<>();
        for (Entry e : d.entries()) {
            String id = e.id();
            String iso = id.length() == 3 ? id : id.length() > 3 ? id.substring(0, 3) : null;
            boolean country = e.kind() == dyad.model.ActorMention.Kind.COUNTRY;
            boolean adjective = e.kind() == dyad.model.ActorMention.Kind.ADJECTIVE;
            boolean capital = id.endsWith("_CAPITAL") && e.source().startsWith("countries");
            if (!country && !adjective && !capital) continue;
            String want = capital ? iso + "GOV" : iso;
            for (String name : e.names()) {
                ActorCode got = lookup.resolve(name, date).code();
                if (got == null || !got.code().equals(want)) failures.add(e.source() + " '" + name + "' -> " + (got == null ? "(none)" : got.code()) + ", expected " + want);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " names do not resolve to their country:\n" + String.join("\n", failures));
    }

    @Test
    void theExplanationNamesTheEntryAndItsRange(TestInfo info) {
        ActorLookup.Lookup r = lookup.resolve("President Vladimir Putin", LocalDate.of(2010, 5, 1));
        assertEquals("RUSGOV", r.code().code());
        String why = String.join("\n", r.steps());
        assertTrue(why.contains("VLADIMIR_PUTIN") && why.contains("entities.txt:") && why.contains("covers 2010-05-01"), why);
    }
}
