package dyad.geo;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Scores toponym finding and resolution against a gold corpus in the GeoVirus XML layout
 * ({@code <article><text>…</text><locations><location><name/><start/><end/><lat/><lon/><page/></location>…}).
 * <ul>
 *   <li>a predicted toponym matches a gold one when their character spans overlap;</li>
 *   <li>precision: matched predictions / predictions; recall: matched gold toponyms / gold toponyms;</li>
 *   <li>exact: the predicted place is within 10 km of the gold point, or the gold page's name (the Wikipedia
 *       title without its "(…)" or ", …" part) is one of its names and it lies in the gold point's country (or
 *       spans countries: continents, seas);</li>
 *   <li>the gold point's country is the one the gold page names, else that of the nearest populated place within
 *       500 km; a correct country is the
 *       same country, or, for places that span countries (continents, seas), the gold page's name or a point
 *       within 161 km;</li>
 *   <li>Acc@161: the predicted point within 161 km (100 miles) of the gold point.</li>
 * </ul>
 * Resolution figures are over matched toponyms. Gold offsets that are one character off (as in GeoVirus, whose
 * offsets count from 1) are corrected when the name then fits.
 */
public final class GeoEvaluation {
    private final Gazetteer gazetteer;

    public GeoEvaluation(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public record Gold(String name, int start, int end, double lat, double lon, String page) {
    }

    public record Passage(String id, String text, List<Gold> gold) {
        public Passage {
            gold = List.copyOf(gold);
        }
    }

    /** A toponym as a geoparser reports it: offsets into the passage's text and the place chosen. */
    public record Predicted(int start, int end, Place place) {
    }

    /** The figures. Counts, then rates in [0, 1]. */
    public record Scores(int passages, int gold, int predicted, int matchedGold, int matchedPredicted, int exact,
                         int countryScored, int countryCorrect, int within161, double medianKm, double meanKm) {
        public double precision() {
            return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matchedGold / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double exactRate() {
            return matchedGold == 0 ? 0 : (double) exact / matchedGold;
        }

        public double countryRate() {
            return countryScored == 0 ? 0 : (double) countryCorrect / countryScored;
        }

        public double acc161() {
            return matchedGold == 0 ? 0 : (double) within161 / matchedGold;
        }

        public String report() {
            return String.format(Locale.ROOT, """
                    passages: %d, gold toponyms: %d, predicted: %d
                    toponyms: precision %.1f%% (%d/%d), recall %.1f%% (%d/%d), F1 %.1f%%
                    resolution (over %d matched toponyms): exact %.1f%% (%d), correct country %.1f%% (%d/%d), Acc@161km %.1f%% (%d)
                    distance to the gold point: median %.0f km, mean %.0f km""",
                    passages, gold, predicted, 100 * precision(), matchedPredicted, predicted, 100 * recall(), matchedGold, gold,
                    100 * f1(), matchedGold, 100 * exactRate(), exact, 100 * countryRate(), countryCorrect, countryScored,
                    100 * acc161(), within161, medianKm, meanKm);
        }
    }

    /** One matched or missed gold toponym (gold null: a prediction matching no gold toponym), for error listings. */
    public record Outcome(Passage passage, Gold gold, Predicted predicted, double km, boolean exact, boolean countryOk) {
    }

    public static List<Passage> readGeoVirus(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        javax.xml.parsers.DocumentBuilder parser = f.newDocumentBuilder();
        parser.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                throw e; // instead of printing "[Fatal Error]" to stderr first
            }
        });
        org.w3c.dom.Document doc;
        try {
            doc = parser.parse(file.toFile());
        } catch (org.xml.sax.SAXParseException e) {
            throw new dyad.model.DataFileException(file.toString(), e.getLineNumber(), "not well-formed XML (column " + e.getColumnNumber()
                    + "): " + e.getMessage());
        }
        NodeList articles = doc.getElementsByTagName("article");
        List<Passage> out = new ArrayList<>();
        for (int i = 0; i < articles.getLength(); i++) {
            Element a = (Element) articles.item(i);
            String text = child(a, "text");
            List<Gold> gold = new ArrayList<>();
            NodeList locs = a.getElementsByTagName("location");
            for (int j = 0; j < locs.getLength(); j++) {
                Element l = (Element) locs.item(j);
                String name = child(l, "name");
                if (name.isBlank()) continue;
                int s = Integer.parseInt(child(l, "start").trim());
                int e = Integer.parseInt(child(l, "end").trim());
                if (!fits(text, s, e, name) && fits(text, s - 1, e - 1, name)) {
                    s--;
                    e--;
                }
                gold.add(new Gold(name, s, e, Double.parseDouble(child(l, "lat").trim()), Double.parseDouble(child(l, "lon").trim()), child(l, "page")));
            }
            out.add(new Passage(file.getFileName() + "#" + (i + 1), text, gold));
        }
        return out;
    }

    private static boolean fits(String text, int s, int e, String name) {
        return s >= 0 && e <= text.length() && s <= e && text.substring(s, e).equals(name);
    }

    private static String child(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent();
    }

    /** Scores a geoparser over the passages; outcomes (one per gold toponym, predicted null when missed) go to the list. */
    public Scores score(List<Passage> passages, Function<Passage, List<Predicted>> geoparser, List<Outcome> outcomes) {
        int gold = 0, predicted = 0, matchedGold = 0, matchedPredicted = 0, exact = 0, countryScored = 0, countryOk = 0, w161 = 0;
        List<Double> kms = new ArrayList<>();
        for (Passage p : passages) {
            List<Predicted> pred = geoparser.apply(p);
            gold += p.gold().size();
            predicted += pred.size();
            boolean[] used = new boolean[pred.size()];
            for (Gold g : p.gold()) {
                int best = -1;
                for (int i = 0; i < pred.size(); i++) {
                    Predicted x = pred.get(i);
                    if (x.start() < g.end() && g.start() < x.end() && (best < 0 || used[best] && !used[i])) best = i;
                }
                if (best < 0) {
                    outcomes.add(new Outcome(p, g, null, Double.NaN, false, false));
                    continue;
                }
                used[best] = true;
                matchedGold++;
                Place place = pred.get(best).place();
                double km = Place.distanceKm(place.lat(), place.lon(), g.lat(), g.lon());
                kms.add(km);
                if (km <= 161) w161++;
                String goldCountry = goldCountry(g);
                boolean sameName = named(title(g.page()), place);
                boolean ex = km <= 10 || sameName && (place.country() == null || place.country().equals(goldCountry));
                if (ex) exact++;
                boolean cOk = false;
                if (goldCountry != null || place.country() == null) {
                    countryScored++;
                    cOk = place.country() == null ? sameName || km <= 161 : place.country().equals(goldCountry);
                    if (cOk) countryOk++;
                }
                outcomes.add(new Outcome(p, g, pred.get(best), km, ex, cOk));
            }
            for (int i = 0; i < used.length; i++) {
                if (used[i]) matchedPredicted++;
                else outcomes.add(new Outcome(p, null, pred.get(i), Double.NaN, false, false));
            }
        }
        double[] sorted = kms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
        double mean = Arrays.stream(sorted).average().orElse(0);
        return new Scores(passages.size(), gold, predicted, matchedGold, matchedPredicted, exact, countryScored, countryOk, w161, median, mean);
    }

    /** The country a gold page names ("Turkey"), else the country of the populated place nearest the gold point. */
    private String goldCountry(Gold g) {
        for (Gazetteer.Candidate c : gazetteer.lookup(PlaceNames.key(title(g.page())))) {
            if (c.place().kind() == Place.Kind.COUNTRY) return c.place().country();
        }
        Place near = gazetteer.nearestCity(g.lat(), g.lon(), 500);
        return near == null ? null : near.country();
    }

    /** Whether the page title is one of the place's names ("Turkey" for Türkiye). */
    private boolean named(String title, Place place) {
        if (PlaceNames.key(title).equals(PlaceNames.key(place.name()))) return true;
        for (Gazetteer.Candidate c : gazetteer.lookup(PlaceNames.key(title))) {
            if (c.place().equals(place)) return true;
        }
        return false;
    }

    /** "https://en.wikipedia.org/wiki/Pandi,_Bulacan" -> "Pandi". */
    static String title(String page) {
        String t = page.substring(page.lastIndexOf('/') + 1);
        try {
            t = java.net.URLDecoder.decode(t, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // keep it as written
        }
        return GazetteerBuilder.cleanTitle(t);
    }
}
