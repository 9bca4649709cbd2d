package dyad.server;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundle: files.txt lists every file of the web directory the build made (ours and the npm packages'), every
 * page loads only bundled files, and nothing in the pages or scripts points outside the server (no CDN).
 */
class StaticFilesTest {
    private static final Set<String> LISTS = Set.of("files.txt", "pages.txt", "page.html");

    @Test
    void filesTxtListsExactlyTheBundledFiles() throws IOException, URISyntaxException {
        Path web = Path.of(StaticFiles.class.getResource(StaticFiles.ROOT + "files.txt").toURI()).getParent();
        Set<String> built = new TreeSet<>();
        try (Stream<Path> s = Files.walk(web)) {
            s.filter(Files::isRegularFile).map(p -> web.relativize(p).toString().replace('\\', '/')).filter(n -> !LISTS.contains(n)).forEach(built::add);
        }
        assertEquals(built, new TreeSet<>(StaticFiles.lines("files.txt")));
    }

    @Test
    void pagesLoadOnlyBundledFilesAndNothingFromElsewhere() {
        StaticFiles files = StaticFiles.load();
        Set<String> pages = Set.of("index.html", "story.html", "timeline.html", "map.html", "code.html");
        assertTrue(files.names().containsAll(pages));
        Pattern ref = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
        Set<String> loaded = new HashSet<>();
        for (String page : pages) {
            String html = new String(files.find("/" + page).bytes(), StandardCharsets.UTF_8);
            assertTrue(html.startsWith("<!DOCTYPE html>") && !html.contains("{{"), page);
            Matcher m = ref.matcher(html);
            while (m.find()) {
                assertNotNull(files.find("/" + m.group(1)), page + " loads " + m.group(1));
                loaded.add(m.group(1));
            }
        }
        assertTrue(loaded.contains("vendor/leaflet/leaflet.js") && loaded.contains("assets/highlight.js"), loaded.toString());
        for (String name : files.names()) {
            if (!name.startsWith("assets/") && !name.endsWith(".html")) continue;
            String text = new String(files.find("/" + name).bytes(), StandardCharsets.UTF_8);
            assertTrue(!text.matches("(?s).*(?:src|href)=\"(?:https?:)?//.*") && !text.contains("fetch('http"), name + " loads something from elsewhere");
        }
    }
}
