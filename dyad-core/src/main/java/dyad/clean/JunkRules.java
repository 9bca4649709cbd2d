package dyad.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standard line rules of {@link WebJunkCleaner}, in the order they are tried. Every rule tests a whole line
 * (or the tail of a line); the byline rule, which only applies near the top, lives in {@link BylineRule}.
 */
final class JunkRules {

    /** News and photo agencies, as they appear in credit lines ("REUTERS/Omar Sanadiki", "AFP via Getty Images"). */
    static final Set<String> AGENCIES = Set.of("reuters", "afp", "ap", "ap photo", "associated press",
            "agence france-presse", "agence france presse", "epa", "epa-efe", "efe", "getty images", "getty",
            "xinhua", "anadolu", "anadolu agency", "aa", "ria novosti", "sputnik", "tass", "itar-tass", "ansa",
            "dpa", "kyodo", "yonhap", "sana", "irna", "upi", "bloomberg", "shutterstock", "alamy", "pa", "pa media",
            "pa images", "ians", "pti", "anp", "belga", "bbc", "cnn");

    private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february"
            + "|march|april|june|july|august|september|october|november|december";

    private static final Set<String> TIME_WORDS = Set.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
            "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "am", "pm",
            "a.m", "p.m", "gmt", "utc", "et", "edt", "est", "bst", "cet", "cest", "pt", "pst", "pdt", "ist", "msk",
            "ago", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "day", "days", "week", "weeks",
            "on", "at", "today", "yesterday", "just", "now", "updated", "published");

    private static final Set<String> MONTH_SET = Set.of(MONTHS.split("\\|"));

    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}-]+");

    private static final Pattern NAV_SPLIT = Pattern.compile("\\s+[|›»>/]\\s+");
    private static final Pattern ORDINAL_OR_HOUR = Pattern.compile("\\d{1,2}(?:st|nd|rd|th|am|pm|h)");

    private JunkRules() {
    }

    static List<JunkRule> standard() {
        return List.of(
                JunkRule.regex("separator", 200, "[|•·◦‣▪■□◆◇►▶※*#=~_+/\\\\.…¦§\\-–—\\s]+"),
                JunkRule.test("navigation", 200, JunkRules::isNavigation),
                JunkRule.regex("comment-prompt", 200, "(?:"
                        + "you must be (?:logged|signed) in to (?:post|leave|write|add|view|read) (?:a )?(?:comments?|reply|replies)"
                        + "|(?:please )?(?:log|sign) in (?:to|and) (?:comment|reply|post a comment|leave a comment|join the (?:conversation|discussion))"
                        + "|leave a (?:comment|reply|response)(?: cancel reply)?"
                        + "|(?:comments?|replies) (?:are|is) (?:now )?closed(?: for this (?:article|story|post))?"
                        + "|(?:post|add|write|show|view|hide|read|load) (?:a |all |the )?(?:\\d+ )?comments?"
                        + "|\\d+ (?:comments?|replies|responses)"
                        + "|(?:no )?comments?(?: yet)?|comments? \\(\\d+\\)"
                        + "|be the first to comment(?: on this (?:article|story|post))?"
                        + "|join the (?:conversation|discussion)"
                        + "|cancel reply|reply"
                        + "|your email address will not be published.{0,120}"
                        + "|required fields are marked.{0,20}"
                        + "|what do you think|have your say"
                        + ")[.!:?]?"),
                JunkRule.regex("cookie", 800, "(?:"
                        + "(?:we|this (?:web)?site|our (?:web)?site)(?: and (?:our|its) partners)? uses? cookies\\b.{0,600}"
                        + "|(?:accept|allow|reject|decline|manage|customi[sz]e)(?: all)? cookies(?: and continue)?"
                        + "|cookies? (?:policy|settings|preferences|notice|consent)"
                        + "|(?:we|this site) (?:value|respects?) your privacy.{0,400}"
                        + ")[.!]?"),
                JunkRule.prefix("cookie", 800, "by (?:continuing to )?(?:using|browsing|visiting) (?:this|our) (?:web)?site\\b",
                        rest -> hasWord(rest, "cookies")),
                JunkRule.regex("subscription", 300, "(?:"
                        + "subscribe(?: now| today| here)?"
                        + "|subscribe (?:to|for) (?:our|the|a|free|daily|weekly)\\b.{0,100}"
                        + "|subscribe to (?:continue|read|keep reading|unlock)\\b.{0,100}"
                        + "|sign up(?: now| today| here)?"

                        + "|(?:our |the |free |daily |weekly )?newsletters?(?: sign-?up)?"
                        + "|already (?:a |have an )?(?:subscriber|member|account)\\??(?:\\s*(?:log|sign) in(?: here)?)?"
                        + "|this (?:article|story|content|page) is (?:only )?(?:available |reserved )?(?:exclusively )?(?:for|to) (?:our )?(?:subscribers|members|premium members)\\b.{0,100}"
                        + "|(?:become a|join as a) (?:member|subscriber|supporter)\\b.{0,100}"
                        + "|enter your e-?mail(?: address)?.{0,100}"
                        + "|(?:you have|you've) (?:reached|read) (?:your|the) (?:limit|maximum|\\d+ free)\\b.{0,150}"
                        + ")[.!:]?"),
                JunkRule.prefix("subscription", 300, "sign up (?:for|to|here|now|today)\\b", rest -> hasWord(rest, "newsletter",
                        "newsletters", "alert", "alerts", "email", "emails", "e-mail", "e-mails", "updates", "briefing", "briefings",
                        "digest", "free", "account", "trial")),
                JunkRule.prefix("subscription", 300, "(?:get|receive) (?:our|the) ", rest -> hasWord(rest, "newsletter", "newsletters")),
                JunkRule.prefix("subscription", 300, "(?:to )?continue reading\\b", rest -> hasWordStart(rest, "subscri")),
                JunkRule.regex("advertisement", 100, "(?:"
                        + "advertisement|advertising|advert|ads?|sponsored(?: content| links?| stories)?"
                        + "|paid (?:content|post|partner(?: content)?)|promoted(?: content| stories)?"
                        + "|story continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?"
                        + "|continue reading(?: (?:the )?(?:main )?(?:story|article))?(?: below)?"
                        + "|scroll (?:down )?to continue(?: (?:with|reading) (?:content|the article))?"
                        + "|skip (?:this )?ad(?:vertisement)?|close ad|report (?:this )?ad"
                        + "|media playback is (?:not supported|unsupported) on your device"
                        + ")[.:!]?"),
                JunkRule.regex("related", 300, "(?:"
                        + "related(?: (?:articles?|stories|story|content|news|coverage|topics|posts?|reading|links|videos?|items))?"
                        + "|read (?:more|also|next)|also read|see also"
                        + "|more (?:on this(?: story| topic)?|from [\\p{L}]+(?: [\\p{L}]+)?|stories|news|like this)"
                        + "|recommended(?: for you| stories| articles)?"
                        + "|you (?:may|might) (?:also )?(?:like|be interested in|have missed)"
                        + "|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|what to read next"
                        + "|further reading|top stories|latest news|watch(?: now)?|listen"
                        + ")(?:\\s*+[:»>›|]\\s*+.{0,250}|\\s*+[:»>›.])?"),
                JunkRule.regex("follow", 250, "(?:"
                        + "follow (?:us|@\\w+|[\\p{L}.]+(?: [\\p{L}.]+){0,2} on (?:twitter|facebook|instagram|x|linkedin|telegram|youtube|tiktok|threads|bluesky|google news|whatsapp))\\b.{0,150}"
                        + "|(?:like|find|join) us on (?:twitter|facebook|instagram|x|linkedin|telegram|youtube|tiktok|whatsapp)\\b.{0,150}"
                        + "|(?:get|download) (?:the|our) (?:[\\p{L}]+ )?app\\b.{0,100}"
                        + ")"),
                new ShareWidgetRule(),
                JunkRule.regex("copyright", 300, "rights reserved", "[^.!?]{0,141}+\\.\\s++all rights reserved\\.?",
                        text -> YEAR.matcher(text).find()),
                JunkRule.regex("copyright", 300, "(?:"
                        + "(?:copyright\\b\\s*(?:©|\\(c\\)|\\d{4}|by\\b)|©|\\(c\\)\\s*\\d{4}).{0,250}"
                        + "|all rights reserved\\.?"
                        + "|(?:this (?:material|article|content) (?:may|must) not be (?:published|reproduced|copied|redistributed)|no part of this (?:article|publication)).{0,200}"
                        + ")"),
                JunkRule.regex("photo-credit", 250, "(?:"
                        + "\\(?(?:photo|photograph|picture|image|file photo|video|graphic|illustration)s?(?: credits?)?\\s*+:\\s*+.{1,200}"
                        + "|\\(?(?:image|photo|picture|media|video) (?:copyright|caption|source)\\b.{0,200}"
                        + "|\\(?(?:photo |image |picture )?credits?\\s*+:\\s*+.{1,200}"
                        + ")"),
                JunkRule.prefix("photo-credit", 200,
                        "\\(?(?:photo|photograph|picture|image|video)s?(?: taken)? (?:by|courtesy(?: of)?)\\s+",
                        Names::isCreditList),
                new AgencyCreditRule(false),
                new AgencyCreditRule(true),
                JunkRule.prefix("wire-credit", 400,
                        "\\(?(?:additional |further )?(?:reporting|writing|editing|research|compiled|translated|translation|produced|edited|written|graphics)"
                        + "(?: and (?:reporting|writing|editing))? by\\s+",
                        Names::isCreditList),
                JunkRule.regex("wire-credit", 300, "contributed",
                        "\\(?.{0,200}\\bcontributed (?:reporting )?(?:to )?this (?:report|story|article)\\.?\\)?"),
                JunkRule.prefix("timestamp", 100,
                        "(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?\\s*:?\\s*",
                        JunkRules::isDateTime),
                JunkRule.test("timestamp", 60, JunkRules::isDateTime));
    }

    /** One of {@code words} is a word of {@code text} (ignoring case). Linear: one pass over the words. */
    static boolean hasWord(String text, String... words) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            for (String w : words) if (m.group().equalsIgnoreCase(w)) return true;
        }
        return false;
    }

    /** A word of {@code text} starts with {@code lowerStart}. */
    static boolean hasWordStart(String text, String lowerStart) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (m.group().regionMatches(true, 0, lowerStart, 0, lowerStart.length())) return true;
        }
        return false;
    }

    /** Menus and breadcrumbs: three or more short capitalized items between separators ("Home | World | Syria"). */
    static boolean isNavigation(String text) {
        if (text.indexOf('|') < 0 && text.indexOf('›') < 0 && text.indexOf('»') < 0 && text.indexOf('>') < 0
                && text.indexOf('/') < 0) {
            return false;
        }
        String[] items = NAV_SPLIT.split(text.strip());
        if (items.length < 3) return false;
        for (String item : items) {
            String t = item.strip();
            if (t.isEmpty() || t.split("\\s+").length > 4 || !Names.isCreditList(t)) return false;
            char last = t.charAt(t.length() - 1);
            if (last == '.' || last == '!' || last == '?') return false;
        }
        return true;
    }

    /** "Mon 28 Mar 2016 14.05 BST", "March 28, 2016 3:45 pm ET", "2 hours ago". Stops at the first other word. */
    static boolean isDateTime(String text) {
        boolean anchor = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isTokenSeparator(text.charAt(i))) i++;
            int start = i;
            while (i < n && !isTokenSeparator(text.charAt(i))) i++;
            if (start == i) break;
            String t = Names.bare(text.substring(start, i)).toLowerCase(Locale.ROOT);
            if (t.isEmpty()) continue;
            if (t.chars().allMatch(c -> Character.isDigit(c) || c == ':' || c == '.' || c == '-')) {
                anchor = true;
            } else if (ORDINAL_OR_HOUR.matcher(t).matches() || MONTH_SET.contains(t)) {
                anchor = true;
            } else if (t.equals("ago")) {
                anchor = true;
            } else if (!TIME_WORDS.contains(t)) {
                return false;
            }
        }
        return anchor;
    }

    private static boolean isTokenSeparator(char c) {
        return c == ' ' || c == ',' || c == '|' || c == '/';
    }

    /**
     * Credits made only of names and an agency. As a photo credit: "REUTERS/Omar Sanadiki", "Omar Sanadiki/Reuters/File
     * Photo", "Mario Tama/Getty Images", "AFP via Getty Images", "(Photo: Reuters/Name)". As a wire credit
     * ({@code bare}): an agency name on a line of its own, "Reuters", "Associated Press".
     */
    record AgencyCreditRule(boolean bare) implements JunkRule {
        /** Longest bare agency name ("Agence France-Presse"). */
        private static final int SHORT = 24;
        private static final Pattern PHOTO_PREFIX = Pattern.compile("^(?:photo|picture|image)s?\\s*[:|]?\\s*", FLAGS);
        private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
        private static final Pattern VIA = Pattern.compile("\\s+(?:via|for)\\s+", FLAGS);

        @Override
        public String name() {
            return bare ? "wire-credit" : "photo-credit";
        }

        @Override
        public int maxLength() {
            return bare ? SHORT : 100;
        }

        @Override
        public boolean matches(String text) {
            if (text.length() > maxLength()) return false;
            String t = text.strip();
            if (bare) return isAgency(t);
            if (t.indexOf('/') < 0 && !VIA.matcher(t).find()) return false;
            if (!Character.isLetter(t.charAt(0)) && t.charAt(0) != '(') return false;
            if (!Names.isCreditList(t)) return false;
            if (t.startsWith("(") && t.endsWith(")")) t = t.substring(1, t.length() - 1).strip();
            t = PHOTO_PREFIX.matcher(t).replaceFirst("");
            for (String part : SLASH.split(t)) {
                for (String piece : VIA.split(part)) {
                    if (isAgency(piece)) return true;
                }
            }
            return false;
        }

        private static boolean isAgency(String s) {
            String b = s.strip().toLowerCase(Locale.ROOT);
            if (b.endsWith(".")) b = b.substring(0, b.length() - 1);
            return AGENCIES.contains(b);
        }
    }
}
