package dyad.geo;

import dyad.actors.Names;
import dyad.ingest.TextFile;
import dyad.ontology.Countries;
import dyad.model.DataFileException;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The place names Dyad knows: GeoNames populated places and first-level divisions (the index built by
 * {@link GazetteerBuilder}), countries (names and demonyms from the country table, {@code dyad.ontology.Countries}; points from
 * {@code dyad/geo/countries.txt}), regions ({@code dyad/geo/regions.txt}) and users' places files.
 * Immutable once built; lookups are by {@link PlaceNames#key} and safe from many threads.
 */
public final class Gazetteer {
    static final String INDEX = "dyad/geo/gazetteer.bin";
    private static final String COUNTRIES = "dyad/geo/countries.txt";
    private static final String REGIONS = "dyad/geo/regions.txt";

    /** A place a name may refer to; {@code alternate} when the name is one of its alternate names. */
    public record Candidate(Place place, boolean alternate) {
    }

    // the GeoNames index: places as parallel arrays, names as one sorted ASCII blob with postings
    private final long[] ids;
    private final String[] names;
    private final float[] lats;
    private final float[] lons;
    private final long[] pops;
    private final boolean[] admin1;
    private final String[] codes;
    private final short[] countryOf;
    private final String[] admin1Codes;
    private final String[] countryIso3;
    private final Map<String, Integer> admin1Index;
    private final byte[] blob;
    private final int[] keyOffsets;
    private final int[] postingOffsets;
    private final int[] postings;
    // small tables: countries, regions, users' places
    private final Map<String, List<Candidate>> extra;
    private final Map<String, Place> countries;
    private final Map<String, String> demonyms;
    private final Map<String, List<String>> capitalsOnly;
    private final long loadNanos;

    private Gazetteer(Index index, Tables tables, long loadNanos) {
        this.ids = index.ids;
        this.names = index.names;
        this.lats = index.lats;
        this.lons = index.lons;
        this.pops = index.pops;
        this.admin1 = index.admin1;
        this.codes = index.codes;
        this.countryOf = index.countryOf;
        this.admin1Codes = index.admin1Codes;
        this.countryIso3 = index.countryIso3;
        this.admin1Index = index.admin1Index;
        this.blob = index.blob;
        this.keyOffsets = index.keyOffsets;
        this.postingOffsets = index.postingOffsets;
        this.postings = index.postings;
        this.extra = tables.extra;
        this.countries = Collections.unmodifiableMap(tables.countries);
        this.demonyms = tables.demonyms;
        this.capitalsOnly = tables.capitalsOnly;
        this.loadNanos = loadNanos;
    }

    /** The built-in gazetteer. */
    public static Gazetteer builtIn() {
        return load(List.of());
    }

    /** The built-in gazetteer plus users' places files (format in docs/places.md); bad lines throw with file:line. */
    public static Gazetteer load(List<Path> placesFiles) {
        long t0 = System.nanoTime();
        Index index;
        try (InputStream raw = Gazetteer.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (raw == null) throw new IllegalStateException("the gazetteer index " + INDEX + " is not on the classpath (build the project: ./mvnw install)");
            index = Index.read(new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer index " + INDEX, e);
        }
        Tables tables = new Tables();
        tables.countries(index, Countries.builtIn(), resource(COUNTRIES));
        tables.places(REGIONS, resource(REGIONS), index);
        for (Path p : placesFiles) tables.places(p.toString(), TextFile.read(p, "places file"), index);
        return new Gazetteer(index, tables, System.nanoTime() - t0);
    }

    /** How long loading took, for the benchmark. */
    public long loadNanos() {
        return loadNanos;
    }

    /** Number of places (GeoNames places and divisions, countries, regions, users' places). */
    public int size() {
        int n = ids.length + countries.size();
        for (List<Candidate> l : extra.values()) n += l.size();
        return n;
    }

    /** Number of distinct names. */
    public int nameCount() {
        return keyOffsets.length - 1 + extra.size();
    }

    /** The places a name key may refer to: countries and regions first, then GeoNames places. */
    public List<Candidate> lookup(String key) {
        List<Candidate> out = new ArrayList<>(extra.getOrDefault(key, List.of()));
        int k = find(key);
        if (k >= 0) {
            for (int p = postingOffsets[k]; p < postingOffsets[k + 1]; p++) {
                int code = postings[p];
                out.add(new Candidate(place(code >>> 1), (code & 1) == 1));
            }
        }
        return out;
    }

    /** Whether some name starts with this key followed by more words ("new" for "new york"). */
    public boolean startsLonger(String key) {
        String prefix = key + " ";
        for (String k : extra.keySet()) {
            if (k.startsWith(prefix)) return true;
        }
        int lo = lowerBound(prefix);
        return lo < keyOffsets.length - 1 && startsWith(lo, prefix);
    }

    /** Whether a name must be written in capitals to count ("US" but not "us"), with the written forms. */
    public List<String> capitalsOnlyForms(String key) {
        return capitalsOnly.getOrDefault(key, List.of());
    }

    /** The country with this ISO3 code, or null. */
    public Place country(String iso3) {
        return iso3 == null ? null : countries.get(iso3);
    }

    public Collection<Place> countries() {
        return countries.values();
    }

    /** The country (ISO3) a demonym or adjective names ("syrian" -> SYR), or null. */
    public String demonym(String key) {
        return demonyms.get(key);
    }

    /** The populated place nearest to a point, within maxKm, or null (a linear scan: for evaluation, not for coding). */
    public Place nearestCity(double lat, double lon, double maxKm) {
        double maxDeg = maxKm / 111.0;
        int best = -1;
        double bestKm = maxKm;
        for (int i = 0; i < ids.length; i++) {
            if (admin1[i] || Math.abs(lats[i] - lat) > maxDeg) continue;
            double km = Place.distanceKm(lat, lon, lats[i], lons[i]);
            if (km <= bestKm) {
                bestKm = km;
                best = i;
            }
        }
        return best < 0 ? null : place(best);
    }

    /** The first-level division a populated place lies in, or null. */
    public Place admin1Of(Place p) {
        if (p.country() == null || p.admin1Code().isEmpty()) return null;
        Integer i = admin1Index.get(p.country() + "." + p.admin1Code());
        return i == null ? null : place(i);
    }

    private Place place(int i) {
        String iso3 = countryIso3[countryOf[i]];
        String a1 = null;
        if (!admin1Codes[i].isEmpty()) {
            Integer ai = admin1Index.get(iso3 + "." + admin1Codes[i]);
            if (ai != null) a1 = names[ai];
        }
        return new Place(ids[i], names[i], iso3, admin1Codes[i], a1, lats[i], lons[i], pops[i], codes[i],
                admin1[i] ? Place.Kind.ADMIN1 : Place.Kind.CITY);
    }

    private int find(String key) {
        byte[] k = key.getBytes(StandardCharsets.US_ASCII);
        int lo = 0;
        int hi = keyOffsets.length - 2;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, k);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    private int lowerBound(String key) {
        byte[] k = key.getBytes(StandardCharsets.US_ASCII);
        int lo = 0;
        int hi = keyOffsets.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(mid, k) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private boolean startsWith(int i, String prefix) {
        int s = keyOffsets[i];
        int len = keyOffsets[i + 1] - s;
        if (len < prefix.length()) return false;
        for (int j = 0; j < prefix.length(); j++) {
            if (blob[s + j] != prefix.charAt(j)) return false;
        }
        return true;
    }

    private int compare(int i, byte[] k) {
        int s = keyOffsets[i];
        int len = keyOffsets[i + 1] - s;
        int n = Math.min(len, k.length);
        for (int j = 0; j < n; j++) {
            int d = (blob[s + j] & 0xff) - (k[j] & 0xff);
            if (d != 0) return d;
        }
        return len - k.length;
    }

    private static String resource(String name) {
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing built-in resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The GeoNames index as read from {@link #INDEX}. */
    private static final class Index {
        long[] ids;
        String[] names;
        float[] lats;
        float[] lons;
        long[] pops;
        boolean[] admin1;
        String[] codes;
        short[] countryOf;
        String[] admin1Codes;
        String[] countryIso3;
        long[] countryIds;
        long[] countryPops;
        final Map<String, Integer> admin1Index = new HashMap<>();
        byte[] blob;
        int[] keyOffsets;
        int[] postingOffsets;
        int[] postings;

        static Index read(DataInputStream in) throws IOException {
            if (!in.readUTF().equals(GazetteerBuilder.MAGIC) || in.readInt() != GazetteerBuilder.VERSION) {
                throw new IOException("not a Dyad gazetteer index of version " + GazetteerBuilder.VERSION + " (rebuild: ./mvnw install)");
            }
            Index x = new Index();
            int nc = in.readInt();
            x.countryIso3 = new String[nc];
            x.countryIds = new long[nc];
            x.countryPops = new long[nc];
            for (int i = 0; i < nc; i++) {
                x.countryIso3[i] = in.readUTF();
                in.readUTF(); // ISO2
                x.countryIds[i] = in.readLong();
                x.countryPops[i] = in.readLong();
            }
            int n = in.readInt();
            x.ids = new long[n];
            x.names = new String[n];
            x.lats = new float[n];
            x.lons = new float[n];
            x.pops = new long[n];
            x.admin1 = new boolean[n];
            x.codes = new String[n];
            x.countryOf = new short[n];
            x.admin1Codes = new String[n];
            Map<String, String> intern = new HashMap<>();
            for (int i = 0; i < n; i++) {
                x.ids[i] = in.readInt();
                x.names[i] = in.readUTF();
                x.lats[i] = in.readFloat();
                x.lons[i] = in.readFloat();
                x.pops[i] = in.readLong();
                x.admin1[i] = in.readBoolean();
                x.codes[i] = intern.computeIfAbsent(in.readUTF(), s -> s);
                x.countryOf[i] = in.readShort();
                x.admin1Codes[i] = intern.computeIfAbsent(in.readUTF(), s -> s);
                if (x.admin1[i]) x.admin1Index.put(x.countryIso3[x.countryOf[i]] + "." + x.admin1Codes[i], i);
            }
            int keys = in.readInt();
            x.blob = new byte[in.readInt()];
            in.readFully(x.blob);
            x.keyOffsets = ints(in, keys + 1);
            x.postingOffsets = ints(in, keys + 1);
            x.postings = ints(in, in.readInt());
            return x;
        }

        private static int[] ints(DataInputStream in, int n) throws IOException {
            byte[] b = new byte[n * 4];
            in.readFully(b);
            int[] out = new int[n];
            for (int i = 0, j = 0; i < n; i++, j += 4) {
                out[i] = (b[j] & 0xff) << 24 | (b[j + 1] & 0xff) << 16 | (b[j + 2] & 0xff) << 8 | (b[j + 3] & 0xff);
            }
            return out;
        }
    }

    /** Countries, regions and users' places: small tables kept in hash maps. */
    private static final class Tables {
        final Map<String, List<Candidate>> extra = new HashMap<>();
        final Map<String, Place> countries = new LinkedHashMap<>();
        final Map<String, String> demonyms = new HashMap<>();
        final Map<String, List<String>> capitalsOnly = new HashMap<>();

        void countries(Index index, Countries table, String points) {
            Map<String, double[]> where = new HashMap<>();
            Map<String, List<String>> names = new LinkedHashMap<>();
            Map<String, List<String>> more = new HashMap<>();
            String[] lines = points.split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                String line = strip(lines[i]);
                if (line.isBlank()) continue;
                String[] f = line.split("\\|", -1);
                if (f.length != 4) throw new DataFileException(COUNTRIES, i + 1, "expected 'ISO3 | latitude | longitude | names'");
                String iso3 = f[0].trim();
                try {
                    where.put(iso3, new double[]{Double.parseDouble(f[1].trim()), Double.parseDouble(f[2].trim())});
                } catch (NumberFormatException e) {
                    throw new DataFileException(COUNTRIES, i + 1, "latitude or longitude is not a number");
                }
                for (String n : f[3].split(";")) if (!n.isBlank()) more.computeIfAbsent(iso3, k -> new ArrayList<>()).add(n.trim());
            }
            // names and demonyms from the country table
            for (Countries.Country c : table.all()) {
                names.computeIfAbsent(c.iso3(), k -> new ArrayList<>()).addAll(c.names());
                for (String a : c.adjectives()) {
                    String k = PlaceNames.key(a);
                    if (!k.isEmpty()) demonyms.putIfAbsent(k, c.iso3());
                }
            }
            more.forEach((iso3, ns) -> names.computeIfAbsent(iso3, k -> new ArrayList<>()).addAll(ns));
            Map<String, Integer> refs = new HashMap<>();
            for (int i = 0; i < index.countryIso3.length; i++) refs.put(index.countryIso3[i], i);
            Map<String, double[]> fallback = middles(index);
            java.util.Set<String> divisionNames = new java.util.HashSet<>();
            for (int i : index.admin1Index.values()) divisionNames.add(index.countryIso3[index.countryOf[i]] + "|" + PlaceNames.key(index.names[i]));
            for (String iso3 : union(where.keySet(), refs.keySet())) {
                List<String> ns = names.computeIfAbsent(iso3, k -> new ArrayList<>());
                String en = Countries.javaName(iso3);
                if (en != null && !ns.contains(en)) ns.add(en);
                if (ns.isEmpty()) continue;
                double[] at = where.getOrDefault(iso3, fallback.get(iso3));
                if (at == null) continue;
                Integer r = refs.get(iso3);
                Place p = new Place(r == null ? 0 : index.countryIds[r], ns.get(0), iso3, "", null, at[0], at[1],
                        r == null ? 0 : index.countryPops[r], "PCLI", Place.Kind.COUNTRY);
                countries.put(iso3, p);
                for (String n : ns) {
                    if (n != ns.get(0) && divisionNames.contains(iso3 + "|" + PlaceNames.key(n))) continue; // "England": the division
                    add(n, p, n != ns.get(0));
                }
            }
        }

        void places(String file, String text, Index index) {
            for (PlacesFile.Entry e : PlacesFile.parse(file, text)) {
                for (int i = 0; i < e.names().size(); i++) add(e.names().get(i), e.place(), i > 0);
            }
        }

        private void add(String name, Place p, boolean alternate) {
            String k = PlaceNames.key(name);
            if (k.isEmpty()) return;
            List<Candidate> l = extra.computeIfAbsent(k, x -> new ArrayList<>(1));
            for (Candidate c : l) if (c.place().equals(p)) return;
            l.add(new Candidate(p, alternate));
            if (Names.capitalsOnly(name.replace(" ", ""))) {
                List<String> forms = capitalsOnly.computeIfAbsent(k, x -> new ArrayList<>(1));
                if (!forms.contains(name)) forms.add(name);
            }
        }

        private static Map<String, double[]> middles(Index index) {
            Map<String, double[]> sum = new HashMap<>();
            for (int i = 0; i < index.ids.length; i++) {
                if (index.admin1[i]) continue;
                double[] s = sum.computeIfAbsent(index.countryIso3[index.countryOf[i]], k -> new double[3]);
                s[0] += index.lats[i];
                s[1] += index.lons[i];
                s[2]++;
            }
            Map<String, double[]> out = new HashMap<>();
            sum.forEach((k, s) -> out.put(k, new double[]{s[0] / s[2], s[1] / s[2]}));
            return out;
        }

        private static List<String> union(Collection<String> a, Collection<String> b) {
            List<String> out = new ArrayList<>(a);
            for (String s : b) if (!out.contains(s)) out.add(s);
            Collections.sort(out);
            return out;
        }

        private static String strip(String line) {
            int hash = line.indexOf('#');
            return hash < 0 ? line : line.substring(0, hash);
        }
    }
}
