package dyad.server;

import io.javalin.http.Context;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The web view's files: exactly those listed in {@code dyad/server/web/files.txt}, read from the classpath (the jar)
 * once at start and served from memory, and the pages of {@code pages.txt}, each made once from the one template
 * {@code page.html}. A request path is looked up among these names and nothing else, so no path ({@code ..}, encoded
 * or not, absolute, a class file) reaches a file that is not listed: everything else is a 404.
 */
final class StaticFiles {
    static final String ROOT = "/dyad/server/web/";

    /** One file: its bytes and content type. */
    record File(byte[] bytes, String contentType) {
    }

    private final Map<String, File> files;

    private StaticFiles(Map<String, File> files) {
        this.files = Map.copyOf(files);
    }

    /** Loads every listed file and makes every page; a listed file missing from the build is an error at start. */
    static StaticFiles load() {
        Map<String, File> files = new HashMap<>();
        for (String name : lines("files.txt")) files.put(name, new File(read(name), contentType(name)));
        String template = new String(read("page.html"), StandardCharsets.UTF_8);
        for (String line : lines("pages.txt")) {
            String[] f = line.split("\\|");
            if (f.length != 3) throw new IllegalStateException(ROOT + "pages.txt: '" + line + "' is not 'name | title | assets'");
            StringBuilder assets = new StringBuilder();
            for (String a : f[2].trim().split("\\s+")) {
                if (!files.containsKey(a)) throw new IllegalStateException(ROOT + "pages.txt: " + a + " is not in files.txt");
                assets.append(a.endsWith(".css") ? "<link rel=\"stylesheet\" href=\"" + a + "\">\n" : "<script src=\"" + a + "\" defer></script>\n");
            }
            String html = template.replace("{{title}}", f[1].trim()).replace("{{assets}}\n", assets);
            files.put(f[0].trim(), new File(html.getBytes(StandardCharsets.UTF_8), contentType(".html")));
        }
        return new StaticFiles(files);
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(ROOT + name)) {
            if (in == null) throw new IllegalStateException("web file " + ROOT + name + " is missing from the build");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a list: one entry per line; # starts a comment. */
    static List<String> lines(String list) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(read(list)), StandardCharsets.UTF_8))) {
            return r.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String contentType(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "html" -> "text/html; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "json" -> "application/json";
            case "png" -> "image/png";
            case "svg" -> "image/svg+xml";
            default -> "text/plain; charset=utf-8";
        };
    }

    /** The file for a request path ("/" is index.html), or null. */
    File find(String path) {
        String name = path.equals("/") || path.isEmpty() ? "index.html" : path.substring(1);
        return files.get(name);
    }

    /** Every name served (the pages and the listed files). */
    java.util.Set<String> names() {
        return files.keySet();
    }

    void serve(Context ctx) {
        File f = find(ctx.path());
        if (f == null) throw ApiException.notFound("no such page: " + ctx.path());
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(f.contentType()).result(f.bytes());
    }
}
