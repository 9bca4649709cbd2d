package dyad.web;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the article in a page's body. Three passes over the tree, each linear: (1) elements that are never text
 * (scripts, styles, forms' controls, media, navigation, asides, page headers and footers, captions) are removed;
 * (2) page furniture is removed: elements whose class or id says comments (always), or sharing, related links,
 * advertising, newsletters, cookie banners, bylines and the like, and hidden elements, unless they hold a large part
 * of the page's text (an article whose class happens to say "share"); (3) the rest is cut into {@link TextBlock}s
 * and every element is scored by the prose it holds minus {@value #JUNK_WEIGHT} times its other text: the element
 * with the best score is the article's container. Its blocks are the body, less link lists, lines that are never
 * article text, the headline, and the byline and dates above the first paragraph. Stateless apart from its
 * configuration; one instance serves many threads.
 */
final class BodyFinder {
    /** The weight of non-prose text (links, short lines, headings) against prose when containers are compared. */
    static final double JUNK_WEIGHT = 2;
    /** Below this many characters of prose no container stands out: the page's text is taken instead. */
    static final int MIN_ARTICLE = 200;
    /** Furniture that holds more than this share of the page's text is kept. */
    static final double KEEP_SHARE = 0.3;

    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "math", "canvas",
            "iframe", "frame", "frameset", "object", "embed", "video", "audio", "source", "track", "picture", "img", "map",
            "area", "button", "input", "select", "option", "optgroup", "textarea", "nav", "aside", "footer", "header",
            "dialog", "figcaption", "link", "meta", "head");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd", "details",
            "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
            "thead", "tfoot", "tr", "td", "th", "ul", "caption", "html", "legend", "option");
    private static final Set<String> PROTECTED = Set.of("html", "body", "main");
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "menu", "menubar",
            "dialog", "alertdialog", "search", "tablist");

    private final Boilerplate boilerplate;

    BodyFinder(Boilerplate boilerplate) {
        this.boilerplate = boilerplate;
    }

    /** The body's paragraphs, and whether an article container stood out (else they are the page's text). */
    record Body(List<TextBlock> blocks, boolean article) {
    }

    Body find(Element body) {
        if (body == null) return new Body(List.of(), false);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node instanceof Element e && NEVER_TEXT.contains(e.normalName()) ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        }, body);
        removeFurniture(body);
        Scan scan = new Scan();
        NodeTraversor.traverse(scan, body);
        scan.flush();
        if (scan.best == null || scan.bestProse < MIN_ARTICLE) return new Body(scan.blocks, false);
        return new Body(densest(scan.blocks.subList(scan.bestFrom, scan.bestTo)), true);
    }

    /**
     * The run of blocks with the best score (prose counts for, other text {@value #JUNK_WEIGHT} times against,
     * headings nothing): the container's own furniture above and below the article goes.
     */
    static List<TextBlock> densest(List<TextBlock> blocks) {
        double best = Double.NEGATIVE_INFINITY;
        int bestFrom = 0;
        int bestTo = 0;
        double run = 0;
        int from = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (run <= 0) {
                run = 0;
                from = i;
            }
            run += weight(blocks.get(i));
            if (run > best) {
                best = run;
                bestFrom = from;
                bestTo = i + 1;
            }
        }
        return blocks.subList(bestFrom, bestTo);
    }

    static double weight(TextBlock b) {
        if (b.isProse()) return b.text().length() * (1 - b.linkDensity());
        return b.heading() ? 0 : -JUNK_WEIGHT * b.text().length();
    }

    /** Removes furniture: comment threads always, the rest unless it holds more than {@link #KEEP_SHARE} of the text. */
    private void removeFurniture(Element body) {
        Map<Element, Integer> lengths = textLengths(body);
        int total = Math.max(1, lengths.getOrDefault(body, 0));
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == body) return FilterResult.CONTINUE;
                Boilerplate.Mark mark = mark(e);
                if (mark == Boilerplate.Mark.NONE) return FilterResult.CONTINUE;
                boolean holdsArticle = e.attr("itemprop").contains("articleBody") || e.selectFirst("[itemprop~=articleBody]") != null;
                if (holdsArticle || PROTECTED.contains(e.normalName())) return FilterResult.CONTINUE;
                if (mark == Boilerplate.Mark.STRONG) return FilterResult.REMOVE;
                return lengths.getOrDefault(e, 0) > KEEP_SHARE * total ? FilterResult.CONTINUE : FilterResult.REMOVE;
            }
        }, body);
    }

    private Boilerplate.Mark mark(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) return Boilerplate.Mark.WEAK;
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) return Boilerplate.Mark.WEAK;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && ROLES.contains(role.toLowerCase(Locale.ROOT))) return Boilerplate.Mark.WEAK;
        Boilerplate.Mark m = boilerplate.mark(e.id());
        if (m == Boilerplate.Mark.STRONG) return m;
        Boilerplate.Mark c = boilerplate.mark(e.className());
        return c.ordinal() > m.ordinal() ? c : m;
    }

    /** Every element's text length (whitespace runs count one), in one pass. */
    private static Map<Element, Integer> textLengths(Element root) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        int[] count = {0};
        Deque<Integer> starts = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    count[0] += collapsedLength(t.getWholeText());
                } else if (node instanceof Element) {
                    starts.push(count[0]);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) lengths.put(e, count[0] - starts.pop());
            }
        }, root);
        return lengths;
    }

    private static int collapsedLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isWhitespace(s.charAt(i));
            if (!w || !space) n++;
            space = w;
        }
        return n;
    }

    /** An element being scanned: the prose and other text inside it, and its first block. */
    private static final class Frame {
        final Element element;
        final int from;
        double prose;
        double junk;

        Frame(Element element, int from) {
            this.element = element;
            this.from = from;
        }
    }

    /** Cuts the tree into blocks and scores every element as a container. */
    private static final class Scan implements NodeVisitor {
        final List<TextBlock> blocks = new ArrayList<>();
        final Deque<Frame> stack = new ArrayDeque<>();
        final StringBuilder text = new StringBuilder();
        int links;
        int linkDepth;
        int headingDepth;
        int preDepth;
        Element best;
        double bestScore = Double.NEGATIVE_INFINITY;
        double bestProse;
        int bestFrom;
        int bestTo;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    text.append('\n');
                    return;
                }
                if (BLOCKS.contains(tag)) flush();
                if (tag.equals("a")) linkDepth++;
                if (isHeading(tag)) headingDepth++;
                if (tag.equals("pre")) preDepth++;
                stack.push(new Frame(e, blocks.size()));
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) return;
            String tag = e.normalName();
            if (tag.equals("br")) return;
            if (BLOCKS.contains(tag)) flush();
            if (tag.equals("a")) linkDepth--;
            if (isHeading(tag)) headingDepth--;
            if (tag.equals("pre")) preDepth--;
            Frame f = stack.pop();
            double score = f.prose - JUNK_WEIGHT * f.junk;
            if (score > bestScore) {
                bestScore = score;
                best = f.element;
                bestProse = f.prose;
                bestFrom = f.from;
                bestTo = blocks.size();
            }
            Frame parent = stack.peek();
            if (parent != null) {
                parent.prose += f.prose;
                parent.junk += f.junk;
            }
        }

        private static boolean isHeading(String tag) {
            return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
        }

        private void append(String s) {
            int before = text.length();
            if (preDepth > 0) {
                text.append(s);
            } else {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (Character.isWhitespace(c) || c == '\u00a0') {
                        int n = text.length();
                        if (n > 0 && text.charAt(n - 1) != ' ' && text.charAt(n - 1) != '\n') text.append(' ');
                    } else {
                        text.append(c);
                    }
                }
            }
            if (linkDepth > 0) links += text.length() - before;
        }

        void flush() {
            String t = tidy(text);
            text.setLength(0);
            int l = links;
            links = 0;
            if (t.isEmpty()) return;
            int punct = 0;
            for (int i = 0; i < t.length(); i++) {
                switch (t.charAt(i)) {
                    case '.', ',', ';', ':', '!', '?', '\u3002', '\uff0c', '\u3001', '\uff01', '\uff1f' -> punct++;
                    default -> { }
                }
            }
            TextBlock b = new TextBlock(t, Math.min(l, t.length()), punct, headingDepth > 0);
            blocks.add(b);
            Frame f = stack.peek();
            if (f == null) return;
            double w = weight(b);
            if (w > 0) {
                f.prose += w;
            } else {
                f.junk -= w / JUNK_WEIGHT;
            }
        }

        /** Lines stripped, runs of blank lines made one. */
        private static String tidy(CharSequence s) {
            StringBuilder out = new StringBuilder(s.length());
            for (String line : s.toString().split("\n")) {
                String l = line.strip();
                if (l.isEmpty()) {
                    if (out.length() > 0 && !out.toString().endsWith("\n\n")) out.append('\n');
                    continue;
                }
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
                out.append(l);
            }
            return out.toString().strip();
        }
    }
}
