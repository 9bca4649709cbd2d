package dyad.clean;

import java.util.Locale;
import java.util.Set;

/**
 * Share / print / social widgets: a line made only of widget words ("Share this:", "Share on Facebook",
 * "Tweet", "Email", "Print", "WhatsApp", "Click to share on Twitter (Opens in new window)"), counters and
 * punctuation. "Print media were banned." is not junk: "media" is not a widget word. Works word by word, without
 * regular expressions, and stops at the first word of prose.
 */
final class ShareWidgetRule implements JunkRule {

    /** Words that make a line a widget. */
    private static final Set<String> ANCHORS = Set.of("share", "shares", "shared", "sharing", "tweet", "tweets",
            "email", "e-mail", "mail", "print", "printable", "whatsapp", "facebook", "twitter", "linkedin", "reddit",
            "pinterest", "telegram", "messenger", "pocket", "tumblr", "flipboard", "vk", "weibo", "wechat", "skype",
            "sms", "google", "x", "bluesky", "threads", "mastodon", "copy", "link", "url", "copied", "like", "likes",
            "loading", "save", "saved", "comment", "comments", "more", "bookmark", "click");

    /** Words that may stand next to them in a widget. */
    private static final Set<String> FILLERS = Set.of("this", "it", "on", "via", "to", "with", "in", "a", "new",
            "window", "tab", "opens", "article", "story", "page", "post", "version", "friendly", "friend", "e", "line", "about", "the", "by");

    @Override
    public String name() {
        return "share";
    }

    @Override
    public int maxLength() {
        return 300;
    }

    @Override
    public boolean matches(String text) {
        if (text.length() > maxLength()) return false;
        boolean anchor = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i))
                    || (text.charAt(i) == '-' && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
                i++;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (ANCHORS.contains(word)) anchor = true;
            else if (!FILLERS.contains(word)) return false;
        }
        return anchor;
    }
}
