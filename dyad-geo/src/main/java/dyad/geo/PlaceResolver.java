package dyad.geo;

import dyad.model.AnnotatedSentence;
import dyad.model.Dateline;
import dyad.model.Span;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides which place each toponym candidate names, or that it names none. A candidate's score adds up:
 * <ul>
 *   <li>what it is: countries and regions above first-level divisions above populated places; capitals and
 *       division seats above other places; log population; a penalty for alternate (older, other-language) names;</li>
 *   <li>the story's countries: named countries, demonyms ("Syrian"), the dateline, and (second pass) the countries
 *       of the places already resolved;</li>
 *   <li>explicit hierarchy: "Springfield, Illinois", "Pandi, Bulacan", "Aleppo in Syria";</li>
 *   <li>divisions named in the story, and nearness to the story's other places.</li>
 * </ul>
 * A mention is not a place when NER calls it a person, when it is part of an organisation's name, or when its best
 * place is a small town with nothing in the text to support it. Immutable and thread-safe.
 */
public final class PlaceResolver {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "outside", "across", "throughout",
            "inside", "around", "within", "into", "nearby", "to", "toward", "towards", "through", "via");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "miss", "sir", "president", "minister",
            "senator", "sen", "rep", "gen", "general", "king", "queen", "prince", "princess", "saint", "st", "pope",
            "professor", "prof", "judge", "coach", "captain", "lord", "lady");
    /** Month, day and feast names: a mention that is one of them is not a place ("May", "Sunday", "Easter"). */
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "ramadan", "christmas", "easter");
    /** Words after a place name that make it part of an organisation's or a product's name. */
    private static final Set<String> NAME_HEADS = Set.of("virus", "ebolavirus", "flu", "fever", "strain", "news", "agency", "times", "post", "daily", "airways", "airlines",
            "airline", "university", "college", "television", "tv", "radio", "fc", "united", "herald", "tribune", "journal",
            "gazette", "telegraph", "observer", "standard", "mail", "press", "broadcasting", "sun", "star");
    /** Capitalised words after a place name that leave it a place ("Texas Governor", "U.S. Army"). */
    private static final Set<String> ROLES = Set.of("governor", "prime", "minister", "ministry", "secretary", "senator",
            "foreign", "health", "defense", "defence", "department", "army", "navy", "police", "government", "embassy",
            "ambassador", "mayor", "premier", "chancellor", "congress", "parliament", "senate", "house", "state",
            "officials", "forces", "military", "authorities", "consulate", "president", "vice", "federal", "national");
    private final ToponymFinder finder;
    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.finder = new ToponymFinder(gazetteer);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Finds and resolves the places of a document's annotated sentences and its dateline (may be null). */
    public GeoResult resolve(List<AnnotatedSentence> sentences, Dateline dateline) {
        List<Mention> mentions = new ArrayList<>();
        Map<String, Double> votes = new HashMap<>(); // evidence other than the country's own name: demonyms, dateline, places
        Map<String, Double> named = new HashMap<>(); // mentions of the country's name
        for (AnnotatedSentence s : sentences) {
            mentions.addAll(finder.find(s));
            for (Token t : s.tokens()) {
                if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NNP")) continue;
                String iso3 = gazetteer.demonym(PlaceNames.key(t.word()));
                if (iso3 != null && Character.isUpperCase(t.word().charAt(0))) votes.merge(iso3, 0.5, Double::sum);
            }
        }
        Toponym datelinePlace = dateline(dateline);
        if (datelinePlace != null && datelinePlace.place().country() != null) votes.merge(datelinePlace.place().country(), 2.0, Double::sum);
        // first pass: countries and regions named outright vote for their country
        List<Mention> kept = new ArrayList<>();
        List<Toponym> rejected = new ArrayList<>();
        for (Mention m : mentions) {
            String why = notAPlace(m, sentences.get(m.sentence()));
            if (why != null) {
                rejected.add(new Toponym(m, null, 0, List.of(why), List.of()));
                continue;
            }
            kept.add(m);
            Place country = null;
            boolean division = false;
            for (Gazetteer.Candidate c : m.candidates()) {
                if (c.place().kind() == Place.Kind.COUNTRY && country == null) country = c.place();
                if (c.place().kind() == Place.Kind.ADMIN1 && !c.alternate()) division = true;
            }
            if (country != null && !division) named.merge(country.country(), 1.0, Double::sum);
        }
        Context first = new Context(votes, named, Map.of(), List.of());
        List<Toponym> pass1 = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) pass1.add(score(kept, i, sentences, first));
        // second pass: the first pass's sure choices join the context: their countries (once per place),
        // the divisions named, and their points
        Map<String, Double> votes2 = new HashMap<>(votes);
        Map<String, Double> admin1Votes = new HashMap<>();
        List<Place> anchors = new ArrayList<>();
        for (Toponym t : pass1) {
            if (t.place() == null) continue;
            boolean sure = t.runnersUp().isEmpty() || t.score() - t.runnersUp().get(0).score() > 3;
            if (t.place().kind() == Place.Kind.ADMIN1) admin1Votes.merge(t.place().country() + "." + t.place().admin1Code(), 1.0, Double::sum);
            if (sure && !anchors.contains(t.place())) {
                anchors.add(t.place());
                if (t.place().kind() != Place.Kind.COUNTRY && t.place().country() != null) votes2.merge(t.place().country(), 0.5, Double::sum);
            }
        }
        if (datelinePlace != null) anchors.add(datelinePlace.place());
        Context second = new Context(votes2, named, admin1Votes, anchors);
        List<Toponym> pass2 = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) pass2.add(score(kept, i, sentences, second));
        // one sense per story: a name means the place its best-supported mention chose
        Map<String, Toponym> bestByName = new HashMap<>();
        for (Toponym t : pass2) {
            if (t.place() == null) continue;
            Toponym b = bestByName.get(t.mention().key());
            if (b == null || t.score() > b.score()) bestByName.put(t.mention().key(), t);
        }
        List<Toponym> out = new ArrayList<>();
        for (Toponym t : pass2) {
            Toponym b = bestByName.get(t.mention().key());
            if (t.place() != null && b != null && !b.place().equals(t.place()) && b.score() > t.score()) {
                List<String> why = new ArrayList<>(t.reasons());
                why.add("same name as '" + b.mention().span().text() + "' in sentence " + (b.mention().sentence() + 1) + ", resolved surer");
                t = new Toponym(t.mention(), b.place(), b.score(), why, t.runnersUp());
            }
            if (t.place() == null) rejected.add(t);
            else out.add(t);
        }
        rejected.sort(Comparator.comparingInt((Toponym t) -> t.mention().sentence()).thenComparingInt(t -> t.mention().first()));
        String focus = datelinePlace != null && datelinePlace.place().country() != null ? datelinePlace.place().country() : top(second.all());
        return new GeoResult(out, rejected, datelinePlace, focus);
    }

    /**
     * What the story says about where it is.
     *
     * @param evidence countries supported by demonyms, the dateline and (second pass) resolved places
     * @param named    countries named outright
     * @param admin1s  first-level divisions named outright (ISO3.code)
     * @param anchors  places resolved surely in the first pass
     */
    private record Context(Map<String, Double> evidence, Map<String, Double> named, Map<String, Double> admin1s, List<Place> anchors) {
        double country(String iso3) {
            return iso3 == null ? 0 : evidence.getOrDefault(iso3, 0.0) + named.getOrDefault(iso3, 0.0);
        }

        Map<String, Double> all() {
            Map<String, Double> m = new HashMap<>(evidence);
            named.forEach((k, v) -> m.merge(k, v, Double::sum));
            return m;
        }

        boolean topCountry(String iso3) {
            if (iso3 == null) return false;
            double v = country(iso3);
            if (v <= 0) return false;
            for (String o : all().keySet()) if (country(o) > v) return false;
            return true;
        }

        double topVotes() {
            double best = 0;
            for (String o : all().keySet()) best = Math.max(best, country(o));
            return best;
        }
    }

    private Toponym dateline(Dateline d) {
        if (d == null || d.place() == null || d.place().isBlank()) return null;
        String key = PlaceNames.key(d.place());
        List<Gazetteer.Candidate> c = gazetteer.lookup(key);
        if (c.isEmpty()) {
            // "WASHINGTON, D.C." or "KYIV, Ukraine": the first part
            int comma = d.place().indexOf(',');
            if (comma > 0) c = gazetteer.lookup(PlaceNames.key(d.place().substring(0, comma)));
        }
        if (c.isEmpty()) return null;
        Gazetteer.Candidate best = null;
        double bestScore = -1e9;
        for (Gazetteer.Candidate x : c) {
            double s = prior(x) + (x.place().kind() == Place.Kind.CITY ? 0.8 * Math.log10(Math.max(1, x.place().population())) : 0);
            if (s > bestScore) {
                bestScore = s;
                best = x;
            }
        }
        Mention m = new Mention(-1, 0, 0, new Span(d.place(), -1, -1), key, c, "O", "");
        return new Toponym(m, best.place(), bestScore, List.of("dateline '" + d.text().trim() + "'"), List.of());
    }

    /** Why a mention is not a place here, or null. */
    private static String notAPlace(Mention m, AnnotatedSentence s) {
        if (m.ner().equals("PERSON")) return "NER: a person";
        boolean area = false;
        for (Gazetteer.Candidate c : m.candidates()) {
            Place.Kind k = c.place().kind();
            if (k == Place.Kind.COUNTRY || k == Place.Kind.OTHER || k == Place.Kind.ADMIN1 && !c.alternate()) area = true;
        }
        if (m.ner().equals("ORGANIZATION") && !area) return "NER: an organisation";
        if (m.ner().equals("ORGANIZATION") && m.first() > 0 && s.token(m.first() - 1).ner().equals("ORGANIZATION")) {
            return "inside an organisation's name (NER)"; // "Voice of America"; but "U.S. Centers for Disease Control" stays
        }
        if (CALENDAR.contains(m.key())) return "a month or day name";
        Token before = m.first() > 0 ? s.token(m.first() - 1) : null;
        if (before != null && (before.word().equals("'s") || before.word().equals("\u2019s")) && m.first() > 1) before = s.token(m.first() - 2);
        if (before != null && before.index() > 0 && !m.ner().equals("LOCATION") && before.pos().startsWith("NNP")
                && Character.isUpperCase(before.word().codePointAt(0)) && !TITLES.contains(before.word().toLowerCase(Locale.ROOT).replace(".", ""))
                && m.span().start() >= s.token(m.first()).start()) {
            return "part of a longer name ('" + before.word() + " " + m.span().text() + "')";
        }
        boolean country = m.candidates().stream().anyMatch(c -> c.place().kind() == Place.Kind.COUNTRY);
        if (!country && m.end() < s.size() && NAME_HEADS.contains(s.token(m.end()).word().toLowerCase(Locale.ROOT))) {
            return "part of a name ('" + m.span().text() + " " + s.token(m.end()).word() + "')";
        }
        if (area) return null; // "U.S. Centers for Disease Control", "California Department of Health": still the place
        if (m.ner().equals("ORGANIZATION")) {
            boolean orgBefore = m.first() > 0 && s.token(m.first() - 1).ner().equals("ORGANIZATION");
            boolean after = m.end() < s.size() && s.token(m.end()).ner().equals("ORGANIZATION");
            if (orgBefore || after) return "part of an organisation's name (NER)";
        }
        if (m.end() < s.size() && m.span().end() <= s.token(m.end() - 1).end()) {
            Token next = s.token(m.end());
            String lower = next.word().toLowerCase(Locale.ROOT);
            if (NAME_HEADS.contains(lower)) return "part of a name ('" + m.span().text() + " " + next.word() + "')";
            boolean capital = Character.isUpperCase(next.word().codePointAt(0)) && next.pos().startsWith("NNP");
            if (capital && !TITLES.contains(lower.replace(".", "")) && !ROLES.contains(lower)
                    && (next.ner().equals("LOCATION") || !m.ner().equals("LOCATION"))) {
                return "part of a longer name ('" + m.span().text() + " " + next.word() + "')";
            }
            if (lower.equals("of") && m.end() + 1 < s.size() && m.end() - m.first() == 1
                    && Character.isUpperCase(s.token(m.end() + 1).word().codePointAt(0))) {
                return "part of a longer name ('" + m.span().text() + " of " + s.token(m.end() + 1).word() + "')";
            }
        }
        if (m.first() > 0 && m.span().start() >= s.token(m.first()).start()) {
            Token prev = s.token(m.first() - 1);
            if (Character.isUpperCase(prev.word().codePointAt(0)) && prev.pos().startsWith("NNP") && prev.ner().equals("LOCATION")
                    && m.ner().equals("LOCATION")) {
                return "part of a longer name ('" + prev.word() + " " + m.span().text() + "')";
            }
        }
        if (m.first() > 0) {
            String prev = s.token(m.first() - 1).word().toLowerCase(Locale.ROOT).replace(".", "");
            if (TITLES.contains(prev) && !m.ner().equals("LOCATION")) return "after the title '" + s.token(m.first() - 1).word() + "'";
        }
        if (!m.ner().equals("LOCATION") && m.end() < s.size() && m.span().end() <= s.token(m.end() - 1).end()) {
            Token next = s.token(m.end());
            if (next.pos().startsWith("NNP") && Character.isUpperCase(next.word().charAt(0)) && next.ner().equals("PERSON")) {
                return "part of a person's name '" + next.word() + "'";
            }
        }
        return null;
    }

    private Toponym score(List<Mention> mentions, int index, List<AnnotatedSentence> sentences, Context ctx) {
        Mention m = mentions.get(index);
        AnnotatedSentence s = sentences.get(m.sentence());
        Mention next = following(mentions, index, s);
        Mention previous = index > 0 && preceding(mentions.get(index - 1), m, s) ? mentions.get(index - 1) : null;
        List<Toponym.Scored> scored = new ArrayList<>();
        Map<Place, List<String>> why = new HashMap<>();
        boolean countryName = false;
        boolean primaryArea = false;
        for (Gazetteer.Candidate c : m.candidates()) {
            if (c.place().kind() == Place.Kind.COUNTRY && !c.alternate()) countryName = true;
            if (c.place().kind() != Place.Kind.CITY && !c.alternate()) primaryArea = true;
        }
        boolean acronym = acronym(m.span().text());
        boolean divisionWord = ToponymFinder.DIVISION_WORDS.contains(s.token(m.end() - 1).word().toLowerCase(Locale.ROOT))
                && !m.key().endsWith(s.token(m.end() - 1).word().toLowerCase(Locale.ROOT));
        for (Gazetteer.Candidate c : m.candidates()) {
            Place p0 = c.place();
            boolean hierarchy = next != null && (contains(next, p0) || sameDivision(next, p0));
            if (p0.kind() == Place.Kind.CITY && (countryName || !hierarchy && c.alternate() && primaryArea)) continue;
            if (acronym && c.alternate() && p0.kind() != Place.Kind.COUNTRY && p0.kind() != Place.Kind.OTHER) continue;
            List<String> reasons = new ArrayList<>();
            double v = prior(c);
            reasons.add(String.format(Locale.ROOT, "%s %.1f", c.place().kind() == Place.Kind.CITY ? c.place().featureCode() : c.place().kind().label(), v));
            Place p = c.place();
            if (p.kind() == Place.Kind.CITY) {
                double pop = 1.2 * Math.log10(Math.max(1, p.population()));
                v += pop;
                reasons.add(String.format(Locale.ROOT, "population %d +%.1f", p.population(), pop));
            } else if (p.kind() == Place.Kind.ADMIN1) {
                double pop = 0.3 * Math.log10(Math.max(1, p.population()));
                v += pop;
            }
            if (c.alternate()) {
                double pen = p.kind() == Place.Kind.CITY && p.population() < 1_000_000 ? -2.5 : -0.8;
                v += pen;
                reasons.add(String.format(Locale.ROOT, "alternate name %.1f", pen));
            }
            if (p.kind() != Place.Kind.COUNTRY && p.country() != null) {
                double cv = ctx.country(p.country());
                if (cv > 0) {
                    double b = ctx.topCountry(p.country()) ? 5.5 : cv >= 1 ? 3 : 2;
                    v += b;
                    reasons.add(String.format(Locale.ROOT, "story names %s +%.1f", p.country(), b));
                }
            } else if (p.kind() == Place.Kind.COUNTRY && ctx.evidence().getOrDefault(p.country(), 0.0) >= 1) {
                v += 3;
                reasons.add("story's places and demonyms point to " + p.country() + " +3");
            }
            if (divisionWord) {
                double b = p.kind() == Place.Kind.CITY ? -3 : 3;
                v += b;
                reasons.add(String.format(Locale.ROOT, "'%s' names a division %+.0f", s.token(m.end() - 1).word(), b));
            }
            if (p.kind() == Place.Kind.CITY && ctx.admin1s().containsKey(p.country() + "." + p.admin1Code())) {
                v += 2.5;
                reasons.add("story names " + p.admin1() + " +2.5");
            }
            if (next != null && contains(next, p)) {
                v += 8;
                reasons.add("'" + m.span().text() + ", " + next.span().text() + "' +8");
            } else if (next != null && sameDivision(next, p)) {
                v += 4;
                reasons.add("'" + m.span().text() + ", " + next.span().text() + "' same division +4");
            }
            if (previous != null && within(previous, p)) {
                v += 3;
                reasons.add("contains '" + previous.span().text() + "' +3");
            }
            if (p.kind() == Place.Kind.CITY && !ctx.anchors().isEmpty()) {
                double d = Double.MAX_VALUE;
                for (Place a : ctx.anchors()) if (!a.equals(p) && a.kind() != Place.Kind.COUNTRY && a.kind() != Place.Kind.OTHER) d = Math.min(d, p.distanceKm(a));
                double b = d < 50 ? 2 : d < 200 ? 1.5 : d < 500 ? 0.8 : 0;
                if (b > 0) {
                    v += b;
                    reasons.add(String.format(Locale.ROOT, "%.0f km from the story's places +%.1f", d, b));
                }
            }
            scored.add(new Toponym.Scored(p, v));
            why.put(p, reasons);
        }
        if (scored.isEmpty()) return new Toponym(m, null, 0, List.of("no candidate fits: the name is a country's or acronym"), List.of());
        scored.sort(Comparator.comparingDouble((Toponym.Scored x) -> -x.score()).thenComparingLong(x -> -x.place().population())
                .thenComparingLong(x -> x.place().geonamesId()));
        Toponym.Scored best = scored.get(0);
        List<Toponym.Scored> runners = scored.subList(1, Math.min(4, scored.size()));
        List<String> reasons = why.get(best.place());
        String weak = weak(m, best, reasons, ctx);
        if (weak != null) return new Toponym(m, null, best.score(), List.of(weak), scored.subList(0, Math.min(3, scored.size())));
        return new Toponym(m, best.place(), best.score(), reasons, runners);
    }

    /** A small place with nothing in the text to support it: most likely a word that happens to be a village's name. */
    private static String weak(Mention m, Toponym.Scored best, List<String> reasons, Context ctx) {
        Place p = best.place();
        boolean hierarchy = reasons.stream().anyMatch(r -> r.startsWith("'") && !r.contains("names a division"));
        if (p.kind() == Place.Kind.CITY && p.population() < 100_000 && !hierarchy && ctx.country(p.country()) == 0 && ctx.topVotes() >= 3) {
            return "small place " + p + " outside the story's countries";
        }
        if (p.kind() == Place.Kind.CITY && acronym(m.span().text()) && !acronym(p.name()) && m.span().text().length() > 2) {
            return "'" + m.span().text() + "' is written as an acronym, " + p.name() + " is not";
        }
        if (p.kind() != Place.Kind.CITY) return null;
        boolean alternate = reasons.stream().anyMatch(r -> r.startsWith("alternate name"));
        if (alternate && !hierarchy && p.population() < 1_000_000 && !m.ner().equals("LOCATION")) {
            return "only an alternate name of " + p + ", with no LOCATION tag or hierarchy";
        }
        if (m.ner().equals("LOCATION")) return null;
        if (p.population() >= 100_000 || p.featureCode().equals("PPLC")) return null;
        boolean supported = reasons.stream().anyMatch(r -> r.startsWith("story names") || r.startsWith("'") || r.contains(" km from"));
        if (supported && p.population() >= 1000) return null;
        if (LOCATIVE.contains(m.marker()) && p.population() >= 20_000) return null;
        return "small place " + p + " without support in the text (no LOCATION tag, story country or hierarchy)";
    }

    /** "IRNA", "NSW": capitals only, at most five letters. */
    private static boolean acronym(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            }
        }
        return letters > 1 && letters <= 5;
    }

    private static double prior(Gazetteer.Candidate c) {
        Place p = c.place();
        return switch (p.kind()) {
            case COUNTRY -> c.alternate() ? 14 : 16;
            case OTHER -> 15;
            case ADMIN1 -> 9;
            case CITY -> switch (p.featureCode()) {
                case "PPLC" -> 4;
                case "PPLA" -> 2.5;
                case "PPLA2" -> 1;
                case "PPLX", "PPLH", "PPLQ", "PPLW" -> -1.5;
                default -> 0;
            };
        };
    }

    /** The mention right after this one across a comma ("Springfield, Illinois") or "in" ("Aleppo in Syria"). */
    private static Mention following(List<Mention> mentions, int index, AnnotatedSentence s) {
        if (index + 1 >= mentions.size()) return null;
        Mention m = mentions.get(index);
        Mention n = mentions.get(index + 1);
        if (n.sentence() != m.sentence() || n.first() != m.end() + 1) return null;
        String between = s.token(m.end()).word();
        return between.equals(",") || between.equals("in") || between.equals("(") ? n : null;
    }

    private static boolean preceding(Mention prev, Mention m, AnnotatedSentence s) {
        if (prev.sentence() != m.sentence() || m.first() != prev.end() + 1) return false;
        String between = s.token(prev.end()).word();
        return between.equals(",") || between.equals("in");
    }

    /** Whether one of the next mention's places is a division or country that contains p. */
    private static boolean contains(Mention next, Place p) {
        for (Gazetteer.Candidate c : next.candidates()) {
            Place d = c.place();
            if (d.equals(p) || p.country() == null) continue;
            if (d.kind() == Place.Kind.COUNTRY && p.kind() != Place.Kind.COUNTRY && p.country().equals(d.country())) return true;
            if (d.kind() == Place.Kind.ADMIN1 && p.kind() == Place.Kind.CITY && p.country().equals(d.country()) && p.admin1Code().equals(d.admin1Code())) return true;
        }
        return false;
    }

    /** Whether one of the next mention's places is a town in the same division (a district or province named by its seat). */
    private static boolean sameDivision(Mention next, Place p) {
        if (p.kind() != Place.Kind.CITY) return false;
        for (Gazetteer.Candidate c : next.candidates()) {
            Place d = c.place();
            if (!d.equals(p) && d.kind() == Place.Kind.CITY && p.country().equals(d.country()) && p.admin1Code().equals(d.admin1Code())) return true;
        }
        return false;
    }

    /** Whether p contains one of the previous mention's places ("Pandi, Bulacan": Bulacan is within...). */
    private static boolean within(Mention previous, Place p) {
        for (Gazetteer.Candidate c : previous.candidates()) {
            Place q = c.place();
            if (q.equals(p) || q.country() == null) continue;
            if (p.kind() == Place.Kind.COUNTRY && q.kind() != Place.Kind.COUNTRY && q.country().equals(p.country())) return true;
            if (p.kind() == Place.Kind.ADMIN1 && q.kind() == Place.Kind.CITY && q.country().equals(p.country()) && q.admin1Code().equals(p.admin1Code())) return true;
        }
        return false;
    }

    private static String top(Map<String, Double> votes) {
        String best = null;
        double v = 0;
        for (Map.Entry<String, Double> e : votes.entrySet()) {
            if (e.getValue() > v || (e.getValue() == v && best != null && e.getKey().compareTo(best) < 0)) {
                v = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }
}
