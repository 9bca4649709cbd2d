package dyad.events;

import dyad.model.DataFileException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The word lists of Dyad's coding conventions ({@code dyad/events/conventions.txt}): which verbs are light verbs,
 * which auxiliaries make an event hypothetical, which verbs pass their object on as the subject of their complement.
 * The event coder's mechanisms are Java; the words they use are data, validated on load ({@code file:line} errors)
 * and extensible by users' files. Immutable; thread-safe.
 */
public final class Conventions {
    public static final String RESOURCE = "/dyad/events/conventions.txt";

    /** Every list the mechanisms use; a file naming another is an error (a misspelt name would silently do nothing). */
    public static final Set<String> LISTS = Set.of("negators", "failure-verbs", "object-control", "reporting-verbs",
            "impersonal-pronouns", "light-verbs", "hypothetical-aux", "future-aux", "conditional-marks", "intent-verbs",
            "consider-verbs", "asked-verbs", "ongoing-verbs", "obligation-verbs", "complement-target-roots",
            "author-target-roots", "author-target-codes", "complement-cases", "author-cases", "default-targets",
            "weapon-words", "enacting-verbs", "time-nouns", "own-side-roots", "riot-agents", "riot-codes", "move-nouns", "adjunct-nouns", "violent-verbs", "author-object-cases", "demand-nouns", "asked-nouns", "background-adverbs", "place-target-roots", "negative-evaluation", "casualty-verbs",
            "attribution-verbs", "violent-modifiers", "condition-target-roots", "stance-author-cases", "doer-clause-verbs", "violent-nouns", "document-nouns", "attacker-target-roots");

    private final Map<String, Set<String>> lists;

    private Conventions(Map<String, Set<String>> lists) {
        Map<String, Set<String>> copy = new TreeMap<>();
        lists.forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        this.lists = Collections.unmodifiableMap(copy);
    }

    /** The built-in conventions. */
    public static Conventions builtIn() {
        try (InputStream in = Conventions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("built-in conventions not on the class path: " + RESOURCE);
            Conventions c = new Conventions(new TreeMap<>()).with("conventions.txt", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            for (String name : LISTS) {
                if (!c.lists.containsKey(name)) throw new DataFileException("conventions.txt", 0, "list [" + name + "] is missing");
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** These conventions with a user's file applied: its words are added to the lists it names, "-word" taken out. */
    public Conventions with(Path file) {
        try {
            return with(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DataFileException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    /**
     * These conventions with a file's text applied.
     *
     * @throws DataFileException at the first malformed line: a word before any list, an unknown or repeated list name
     */
    public Conventions with(String fileName, String text) {
        Map<String, Set<String>> out = new TreeMap<>();
        lists.forEach((k, v) -> out.put(k, new LinkedHashSet<>(v)));
        Set<String> seen = new java.util.HashSet<>();
        String current = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = PatternSet.content(lines[i]);
            if (line.isEmpty()) continue;
            if (line.startsWith("[")) {
                if (!line.matches("\\[[a-z0-9-]+]")) throw new DataFileException(fileName, i + 1, "a list name is written [name]: '" + line + "'");
                current = line.substring(1, line.length() - 1);
                if (!LISTS.contains(current)) {
                    throw new DataFileException(fileName, i + 1, "unknown list [" + current + "] (known: " + String.join(", ", new java.util.TreeSet<>(LISTS)) + ")");
                }
                if (!seen.add(current)) throw new DataFileException(fileName, i + 1, "list [" + current + "] given twice in this file");
                out.computeIfAbsent(current, k -> new LinkedHashSet<>());
                continue;
            }
            if (current == null) throw new DataFileException(fileName, i + 1, "words before the first [list] line");
            for (String w : line.split("\\s+")) {
                if (w.startsWith("-") && w.length() > 1) out.get(current).remove(w.substring(1));
                else out.get(current).add(w.toLowerCase());
            }
        }
        return new Conventions(out);
    }

    /** The words of a list. */
    public Set<String> words(String list) {
        Set<String> w = lists.get(list);
        if (w == null) throw new IllegalArgumentException("no convention list [" + list + "]");
        return w;
    }

    /** The words of a list in file order (for lists whose order matters: {@code default-targets}). */
    public List<String> ordered(String list) {
        return new ArrayList<>(words(list));
    }

    /** Whether {@code word} (compared in lower case) is in the list. */
    public boolean has(String list, String word) {
        return words(list).contains(word.toLowerCase());
    }
}
