package dyad.clean;

import dyad.model.CleanDocument;
import dyad.model.Dateline;
import dyad.model.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard cleaner for raw, often scraped, news text.
 *
 * <ol>
 *   <li>Characters: {@link TextNormalizer} (line ends, Unicode spaces, control and zero-width characters, BOM).</li>
 *   <li>Shortcode blocks ({@code [caption ...]...[/caption]}) anywhere; then, per line, clear shortcode tokens.</li>
 *   <li>Whole junk lines, by the {@link JunkRules} (separators, share widgets, comment prompts, cookie and
 *       subscription notices, ads, "Related:", "Follow us", copyright, photo and wire credits, timestamps), bylines
 *       among the first three lines, and junk fragments at the start or end of real lines.</li>
 *   <li>Paragraphs: {@link ParagraphNormalizer} joins hard-wrapped lines, one paragraph per output line.</li>
 *   <li>Dateline: {@link DatelineFinder} at the start of the first body paragraph.</li>
 * </ol>
 * Every removed piece is listed in {@link CleanDocument#removed()} as {@code "rule: text"}. The cleaner is stateless
 * and thread-safe; all work is linear in the input length.
 */
public final class WebJunkCleaner implements Cleaner {

    /** Bylines are looked for only among this many first kept lines. */
    static final int BYLINE_LINES = 3;
    /** Longest removed piece quoted in full in {@code removed()}. */
    static final int MAX_LABEL_TEXT = 200;
    /** The first body paragraph is looked for among this many first paragraphs. */
    static final int DATELINE_PARAGRAPHS = 4;
    /** A first paragraph up to this long without a final period is taken as the title. */
    static final int TITLE_LENGTH = 200;

    private final TextNormalizer normalizer = new TextNormalizer();
    private final Shortcodes shortcodes = new Shortcodes();
    private final JunkClassifier classifier;
    private final BylineRule byline = new BylineRule();
    private final DatelineFinder datelines = new DatelineFinder();

    public WebJunkCleaner() {
        this(JunkRules.standard());
    }

    /** A cleaner with other line rules (tests measure the rules' work through it). */
    WebJunkCleaner(List<JunkRule> rules) {
        this.classifier = new JunkClassifier(rules);
    }

    @Override
    public CleanDocument clean(Document document) {
        List<String> removed = new ArrayList<>();
        String text = normalizer.normalize(document.text());
        text = shortcodes.removeBlocks(text, removed);

        List<String> lines = new ArrayList<>();
        int kept = 0;
        for (String line : text.split("\n", -1)) {
            line = TextNormalizer.collapse(line);
            if (line.isEmpty()) {
                lines.add("");
                continue;
            }
            line = shortcodes.removeClear(line, removed);
            if (line.isEmpty()) continue;
            List<String> junk = classifier.classify(line);
            if (junk != null) {
                removed.addAll(junk);
                continue;
            }
            if (kept < BYLINE_LINES && byline.matches(line)) {
                removed.add(label(byline.name(), line));
                continue;
            }
            line = classifier.stripEdges(line, removed);
            if (line.isEmpty()) continue;
            lines.add(line);
            kept++;
        }

        // joined paragraphs may reveal junk that was hard-wrapped over several lines
        List<String> paras = new ArrayList<>();
        for (ParagraphNormalizer.Paragraph para : ParagraphNormalizer.paragraphs(lines)) {
            String p = para.text();
            if (!para.joined()) {
                paras.add(p);
                continue;
            }
            List<String> junk = classifier.classify(p);
            if (junk != null) {
                removed.addAll(junk);
                continue;
            }
            p = classifier.stripEdges(p, removed);
            if (!p.isEmpty()) paras.add(p);
        }

        Dateline dateline = extractDateline(paras, removed);
        return new CleanDocument(document, String.join("\n", paras).strip(), dateline, removed);
    }

    /**
     * Looks at the start of the first body paragraph: the first of the first {@value #DATELINE_PARAGRAPHS}
     * paragraphs that is not title-like. Title-like paragraphs before it (headline, kicker) are also tried, but
     * there only a dateline with an agency counts ("MOSCOW (Reuters) - ...", not "KABUL: Blast kills five").
     */
    private Dateline extractDateline(List<String> paras, List<String> removed) {
        int limit = Math.min(DATELINE_PARAGRAPHS, paras.size());
        int body = -1;
        for (int i = 0; i < limit; i++) {
            if (i == paras.size() - 1 || !isTitleLike(paras.get(i))) {
                body = i;
                break;
            }
        }
        DatelineFinder.Found found = null;
        int at = body;
        if (body >= 0) found = datelines.find(paras.get(body));
        for (int i = 0; found == null && i < (body >= 0 ? body : limit); i++) {
            DatelineFinder.Found f = datelines.find(paras.get(i));
            if (f != null && f.dateline().agency() != null) {
                found = f;
                at = i;
            }
        }
        if (found == null) return null;
        String rest = paras.get(at).substring(found.end()).strip();
        if (rest.isEmpty()) paras.remove(at);
        else paras.set(at, rest);
        removed.add(label("dateline", found.dateline().text()));
        return found.dateline();
    }

    static boolean isTitleLike(String paragraph) {
        if (paragraph.length() > TITLE_LENGTH) return false;
        char last = paragraph.charAt(paragraph.length() - 1);
        return last != '.';
    }

    /** "rule: text", the text shortened to {@value #MAX_LABEL_TEXT} characters. */
    static String label(String rule, String text) {
        String t = text.strip();
        if (t.length() > MAX_LABEL_TEXT) t = t.substring(0, MAX_LABEL_TEXT) + "…";
        return rule + ": " + t;
    }
}
