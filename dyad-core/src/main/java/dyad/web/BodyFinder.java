package dyad.web;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the article in a page's body. Passes over the tree, each linear, none changing it: (1) elements that are
 * never text (scripts, styles, forms' controls, media, navigation, asides, page headers and footers, captions) are
 * passed over; (2) page furniture is passed over: elements whose class or id says comments (always), or sharing, related links,
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
        Set<Element> furniture = furniture(body);
        Scan scan = new Scan(furniture);
        NodeTraversor.filter(scan, body);
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

    /**
     * The elements that are furniture: comment threads always, the rest unless they hold more than
     * {@link #KEEP_SHARE} of the text. The tree is not changed (removing many children one by one is quadratic).
     */
    private Set<Element> furniture(Element body) {
        Map<Element, Integer> lengths = textLengths(body);
        int total = Math.max(1, lengths.getOrDefault(body, 0));
        Set<Element> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                if (neverText(e)) return FilterResult.SKIP_ENTIRELY;
                if (e == body) return FilterResult.CONTINUE;
                Boilerplate.Mark mark = mark(e);
                if (mark == Boilerplate.Mark.NONE) return FilterResult.CONTINUE;
                boolean holdsArticle = e.attr("itemprop").contains("articleBody") || e.selectFirst("[itemprop~=articleBody]") != null;
                if (holdsArticle || PROTECTED.contains(e.normalName())) return FilterResult.CONTINUE;
                if (mark == Boilerplate.Mark.WEAK && lengths.getOrDefault(e, 0) > KEEP_SHARE * total) return FilterResult.CONTINUE;
                out.add(e);
                return FilterResult.SKIP_ENTIRELY;
            }
        }, body);
        return out;
    }

    private static boolean neverText(Element e) {
        return NEVER_TEXT.contains(e.normalName());
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

    /** Every element's text length (whitespace runs count one; elements that are never text count nothing), in one pass. */
    private static Map<Element, Integer> textLengths(Element root) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        int[] count = {0};
        Deque<Integer> starts = new ArrayDeque<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    count[0] += collapsedLength(t.getWholeText());
                } else if (node instanceof Element e) {
                    if (neverText(e)) return FilterResult.SKIP_ENTIRELY;
                    starts.push(count[0]);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) lengths.put(e, count[0] - starts.pop());
                return FilterResult.CONTINUE;
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
    private static final class Scan implements NodeFilter {
        final Set<Element> furniture;
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

        Scan(Set<Element> furniture) {
            this.furniture = furniture;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
            } else if (node instanceof Element e) {
                if (neverText(e) || furniture.contains(e)) return FilterResult.SKIP_ENTIRELY;
                String tag = e.normalName();
                if (tag.equals("br")) {
                    text.append('\n');
                    return FilterResult.CONTINUE;
                }
                if (BLOCKS.contains(tag)) flush();
                if (tag.equals("a")) linkDepth++;
                if (isHeading(tag)) headingDepth++;
                if (tag.equals("pre")) preDepth++;
                stack.push(new Frame(e, blocks.size()));
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            String tag = e.normalName();
            if (tag.equals("br")) return FilterResult.CONTINUE;
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
            return FilterResult.CONTINUE;
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

        /** Lines stripped; a blank line (two {@code <br>}s) is a paragraph break. */
        private static String tidy(CharSequence s) {
            StringBuilder out = new StringBuilder(s.length());
            boolean gap = false;
            for (String line : s.toString().split("\n")) {
                String l = line.strip();
                if (l.isEmpty()) {
                    gap = out.length() > 0;
                    continue;
                }
                if (out.length() > 0) out.append(gap ? "\n\n" : "\n");
                gap = false;
                out.append(l);
            }
            return out.toString();
        }
    }
}
