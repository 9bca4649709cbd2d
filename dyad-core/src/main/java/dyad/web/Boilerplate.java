package dyad.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of class and id attributes that mark page furniture, and the lines that are never article text
 * ({@code dyad/web/boilerplate.txt}, format in its header). Immutable and thread-safe.
 */
final class Boilerplate {
    /** How strongly a class or id marks a block as not being the article. */
    enum Mark { NONE, WEAK, STRONG }

    private final Set<String> strong;
    private final Set<String> weak;
    private final List<String> prefixes;
    private final List<String> strongPhrases;
    private final List<String> weakPhrases;
    private final Set<String> content;
    private final Set<String> lines;

    private Boilerplate(Set<String> strong, Set<String> weak, List<String> prefixes, List<String> strongPhrases,
                        List<String> weakPhrases, Set<String> content, Set<String> lines) {
        this.strong = strong;
        this.weak = weak;
        this.prefixes = prefixes;
        this.strongPhrases = strongPhrases;
        this.weakPhrases = weakPhrases;
        this.content = content;
        this.lines = lines;
    }

    private static final class Holder {
        static final Boilerplate BUILT_IN = load();
    }

    static Boilerplate builtIn() {
        return Holder.BUILT_IN;
    }

    private static Boilerplate load() {
        Set<String> strong = new HashSet<>();
        Set<String> weak = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        List<String> strongPhrases = new ArrayList<>();
        List<String> weakPhrases = new ArrayList<>();
        Set<String> content = new HashSet<>();
        Set<String> lines = new HashSet<>();
        String name = "/dyad/web/boilerplate.txt";
        for (WordLists.Entry e : WordLists.read(name)) {
            switch (e.key()) {
                case "line" -> lines.add(letters(e.value()));
                case "content" -> content.addAll(List.of(e.value().toLowerCase(Locale.ROOT).split("\\s+")));
                case "strong", "weak" -> {
                    boolean isStrong = e.key().equals("strong");
                    for (String w : e.value().split("\\s+")) {
                        String word = w.toLowerCase(Locale.ROOT);
                        if (word.endsWith("*")) {
                            prefixes.add(word.substring(0, word.length() - 1));
                        } else if (word.contains("-")) {
                            (isStrong ? strongPhrases : weakPhrases).add(" " + word.replace('-', ' ') + " ");
                        } else {
                            (isStrong ? strong : weak).add(word);
                        }
                    }
                }
                default -> throw new IllegalStateException(name + ":" + e.line() + ": want 'strong:', 'weak:', 'content:' or 'line:'");
            }
        }
        return new Boilerplate(Set.copyOf(strong), Set.copyOf(weak), List.copyOf(prefixes), List.copyOf(strongPhrases),
                List.copyOf(weakPhrases), Set.copyOf(content), Set.copyOf(lines));
    }

    /** How the words of a class or id attribute value mark its element. */
    Mark mark(String classOrId) {
        if (classOrId.isEmpty()) return Mark.NONE;
        String words = words(classOrId);
        Mark m = Mark.NONE;
        boolean isContent = false;
        int start = 1;
        while (start < words.length()) {
            int end = words.indexOf(' ', start);
            String w = words.substring(start, end);
            if (strong.contains(w)) return Mark.STRONG;
            if (weak.contains(w)) m = Mark.WEAK;
            if (content.contains(w)) isContent = true;
            for (String p : prefixes) if (w.startsWith(p)) m = Mark.WEAK;
            start = end + 1;
        }
        for (String p : strongPhrases) if (words.contains(p)) return Mark.STRONG;
        if (m == Mark.NONE) for (String p : weakPhrases) if (words.contains(p)) m = Mark.WEAK;
        return isContent ? Mark.NONE : m;
    }

    /** Whether a block's whole text is a line that is never article text ("Advertisement", "Share this"). */
    boolean isJunkLine(String text) {
        return text.length() <= 60 && lines.contains(letters(text));
    }

    /** " share bar top " for "shareBar_top": lower-case words between spaces. */
    static String words(String attr) {
        StringBuilder sb = new StringBuilder(attr.length() + 8).append(' ');
        char prev = ' ';
        for (int i = 0; i < attr.length(); i++) {
            char c = attr.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev)) sb.append(' ');
                sb.append(Character.toLowerCase(c));
            } else if (sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
            prev = c;
        }
        if (sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
        return sb.toString();
    }

    /** Lower-case letters and digits, single spaces between words. */
    static String letters(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
        }
        int n = sb.length();
        return n > 0 && sb.charAt(n - 1) == ' ' ? sb.substring(0, n - 1) : sb.toString();
    }
}
