package dyad.spark;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a job did.
 *
 * @param files   every input file's committed result, in URI order
 * @param codedNow how many of them this run coded (the others were committed by an earlier run)
 * @param seconds wall time of the run, driver side, Spark session start excluded
 */
public record JobSummary(List<FileResult> files, int codedNow, double seconds) {
    public long documents() {
        return files.stream().mapToLong(FileResult::documents).sum();
    }

    public long coded() {
        return files.stream().mapToLong(FileResult::coded).sum();
    }

    public long skipped() {
        return files.stream().mapToLong(FileResult::skipped).sum();
    }

    public long sentences() {
        return files.stream().mapToLong(FileResult::sentences).sum();
    }

    public long events() {
        return files.stream().mapToLong(FileResult::events).sum();
    }

    public Map<String, Long> counted() {
        Map<String, Long> m = new TreeMap<>();
        for (FileResult f : files) f.counted().forEach((k, v) -> m.merge(k, v, Long::sum));
        return m;
    }

    /** The summary lines for stderr. */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%d input files (%d coded by this run, %d committed earlier)%n", files.size(), codedNow,
                files.size() - codedNow));
        b.append(String.format("%d documents: %d coded, %d skipped (listed in documents/ with the reason)%n", documents(), coded(), skipped()));
        b.append(String.format("%d sentences, %d events%n", sentences(), events()));
        counted().forEach((k, v) -> b.append(String.format("  not documents: %d %s%n", v, k)));
        if (codedNow == files.size()) {
            b.append(String.format("%.1f s, %.2f documents/s, %.1f sentences/s%n", seconds, coded() / seconds, sentences() / seconds));
        } else {
            b.append(String.format("%.1f s%n", seconds));
        }
        return b.toString();
    }
}
