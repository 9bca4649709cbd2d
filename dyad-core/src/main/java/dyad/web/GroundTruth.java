package dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * True article bodies to score extraction against: a JSON object whose keys name pages (a saved page's file name
 * without its extensions, as in the article-extraction benchmark's {@code ground-truth.json}) and whose values hold
 * {@code articleBody} and optionally {@code url}. A page is matched by its file name or its URL.
 *
 * @param bodies the true body of each key, in file order
 * @param urls   the key of each URL
 */
public record GroundTruth(Map<String, String> bodies, Map<String, String> urls) {
    /** @throws UncheckedIOException naming the file and what is wrong with it */
    public static GroundTruth read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("cannot read ground truth " + file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("ground truth " + file + " is not JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (root == null || !root.isObject()) {
            throw new UncheckedIOException(new IOException("ground truth " + file + " must be a JSON object of {\"articleBody\": ...} by page"));
        }
        Map<String, String> bodies = new LinkedHashMap<>();
        Map<String, String> urls = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            bodies.put(e.getKey(), e.getValue().path("articleBody").asText(""));
            String url = e.getValue().path("url").asText("");
            if (!url.isEmpty()) urls.put(url, e.getKey());
        });
        return new GroundTruth(bodies, urls);
    }

    /** The key of a page read as {@code id} (a file name such as "0a1b.html.gz") from {@code url}, or null. */
    public String keyOf(String id, String url) {
        String stem = id;
        int slash = Math.max(stem.lastIndexOf('/'), stem.lastIndexOf('\\'));
        if (slash >= 0) stem = stem.substring(slash + 1);
        int dot = stem.indexOf('.');
        if (dot > 0) stem = stem.substring(0, dot);
        if (bodies.containsKey(stem)) return stem;
        if (bodies.containsKey(id)) return id;
        return url == null ? null : urls.get(url);
    }

    /** Scores the extracted bodies (by key); a page of the truth that was not extracted counts as extracted empty. */
    public BodyScore.Summary score(Map<String, String> extracted) {
        List<BodyScore> pages = new ArrayList<>();
        bodies.forEach((k, truth) -> pages.add(BodyScore.of(truth, extracted.getOrDefault(k, ""))));
        return BodyScore.summarise(pages);
    }
}
