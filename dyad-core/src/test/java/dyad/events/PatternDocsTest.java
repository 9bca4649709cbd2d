package dyad.events;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/patterns.md says what the coder does: the default target order it lists is the coder's. */
class PatternDocsTest {
    @Test
    void theDocumentedDefaultTargetOrderIsTheCoders() throws Exception {
        String doc = Files.readString(Path.of("../docs/patterns.md"));
        Matcher m = Pattern.compile("Default order[^:]*: `([^`]*)`").matcher(doc);
        assertTrue(m.find(), "docs/patterns.md lists the default target order");
        List<String> listed = Arrays.stream(m.group(1).split(",\\s*")).filter(t -> !t.equals("...")).toList();
        assertEquals(Conventions.builtIn().ordered("default-targets").subList(0, listed.size()), listed);
    }
}
