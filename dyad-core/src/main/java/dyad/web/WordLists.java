package dyad.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The word list files of this package ({@code dyad/web/*.txt}): lines of {@code key: value}, {@code #} comments. */
final class WordLists {
    /** A line of a list: its number, the key before the first colon and the value after it, both stripped. */
    record Entry(int line, String key, String value) {
    }

    private WordLists() {
    }

    /** @throws IllegalStateException naming the resource and line of a line without a colon */
    static List<Entry> read(String resource) {
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<Entry> out = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String t = lines[i].strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                int colon = t.indexOf(':');
                if (colon < 1) throw new IllegalStateException(resource + ":" + (i + 1) + ": want 'key: value'");
                out.add(new Entry(i + 1, t.substring(0, colon).strip(), t.substring(colon + 1).strip()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
